import { css } from 'lit';

/**
 * The styles of the shared results view (`results-view.ts`): score bars, bands, recommendations
 * and their source. The element that uses it defines `--_border`, `--_muted`, `--_accent` and the
 * bars' colours `--_bar-strong`, `--_bar-mid`, `--_bar-weak`.
 */
export const resultsStyles = css`
  .score-list {
    list-style: none;
    padding: 0;
    margin: 0 0 1.25rem;
    display: grid;
    gap: 0.6rem;
  }
  .score-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.15rem 1rem;
  }
  .score-row .meter {
    grid-column: 1 / -1;
  }
  .score-row .meter {
    block-size: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  .score-row .meter > span {
    display: block;
    block-size: 100%;
  }
  [data-band-level='strong'] > span {
    background: var(--_bar-strong);
  }
  [data-band-level='mid'] > span {
    background: var(--_bar-mid);
  }
  [data-band-level='weak'] > span {
    background: var(--_bar-weak);
  }
  .band {
    font-weight: 600;
  }
  .recommendations {
    padding-inline-start: 1.25rem;
  }
  .recommendations li {
    margin-block-end: 0.6rem;
  }
  .rec-item,
  .rec-text {
    display: block;
  }
  details.source {
    margin-block-start: 0.2rem;
    color: var(--_muted);
  }
  details.source summary {
    inline-size: fit-content;
  }
  details.source p {
    margin-block: 0.25rem 0;
  }

  @media (forced-colors: active) {
    .score-row .meter > span {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .score-row .meter,
    .score-row .meter > span {
      print-color-adjust: exact;
    }
    .score-row .meter {
      block-size: 0.4rem;
    }
    .score-list {
      grid-template-columns: 1fr 1fr;
      gap: 0.3rem 1.5rem;
    }
    /* A printed report shows where each recommendation comes from only when it was opened. */
    details.source:not([open]) {
      display: none;
    }
  }
`;
