import { css } from 'lit';

/**
 * The summary's files, downloads and loading state, and its printed report: the controls are left
 * out of print, the figures kept together where they can be.
 */
export const inputsStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    font-style: italic;
    color: var(--_muted);
  }
  .notice.error {
    margin-block-end: 1rem;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block: 1.25rem 0.5rem;
  }
  .downloads [role='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .group-label {
    font-weight: 700;
    margin-inline-end: 0.25rem;
  }
  .files {
    margin-block-start: 1.5rem;
    border-block-start: 1px solid var(--_border);
  }
  .drop {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
    padding: 0.75rem 1rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .drop.dragging {
    border-color: var(--_accent);
    border-style: solid;
  }
  .drop label {
    font-weight: 700;
  }
  .drop input {
    font: inherit;
    color: inherit;
    max-inline-size: 100%;
  }
  .drop p {
    margin: 0;
  }
  .announce:empty {
    margin: 0;
  }
  .announce:not(:empty) {
    margin-block: 0.5rem;
  }
  .file-list {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.5rem 0.75rem;
  }
  .file-name {
    font-weight: 700;
  }
  .rejects {
    margin-block: 0.25rem;
    color: var(--_muted);
  }
  .remove {
    min-block-size: 2rem;
    padding-block: 0.2rem;
    margin-inline-start: 0.5rem;
  }
  @media (forced-colors: active) {
    .drop.dragging {
      border-color: Highlight;
    }
  }
  @media print {
    :host {
      max-inline-size: none;
      font-size: 10pt;
      line-height: 1.35;
    }
    .root {
      border: 0;
      padding: 0;
    }
    .files,
    .downloads,
    .loading,
    button {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    h3 {
      margin-block: 0.8rem 0.3rem;
    }
    tr,
    li,
    partenariat-radar {
      break-inside: avoid;
    }
    th,
    td {
      padding: 0.1rem 0.3rem;
    }
    partenariat-radar {
      max-inline-size: 20rem;
    }
  }
`;
