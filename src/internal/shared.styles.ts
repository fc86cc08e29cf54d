import { css } from 'lit';

/**
 * What every element shares: resets against the inherited properties a host page may set,
 * buttons, focus rings and tables. Each element defines the `--_…` variables used here.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    text-align: start;
    text-align-last: auto;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    list-style: disc outside;
    border-collapse: separate;
    border-spacing: 0;
    caption-side: top;
    empty-cells: show;
    /* French and English both read left to right, on a right-to-left page too. */
    direction: ltr;
    writing-mode: horizontal-tb;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 1.5);
    padding: 0.5rem 1rem;
    min-block-size: 2.75rem;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  .table-scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  summary {
    cursor: pointer;
  }
  /* A wide table scrolls sideways in its own box (focusable, named by its caption). */
  .table-scroll {
    overflow-x: auto;
  }
  td.num {
    text-align: end;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.5rem 1rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.4rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
`;
