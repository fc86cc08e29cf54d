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
    gap: 0.5rem;
    align-items: center;
    margin-block: 1.25rem 0.5rem;
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
  /*
   * Printed, a report for a board: the figures, not the controls; the level bars beside the
   * radar, tables and lists in smaller type: the default questionnaire with 200 results and five
   * groups takes three pages (Letter or A4, 1.5 cm margins), the figures on the first.
   */
  @media print {
    :host {
      max-inline-size: none;
      font-size: 9pt;
      line-height: 1.3;
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
    h2 {
      font-size: 14pt;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    h3 {
      font-size: 10.5pt;
      margin-block: 0.7rem 0.25rem;
    }
    p {
      margin-block-end: 0.4rem;
    }
    ul {
      margin-block: 0.2rem 0.4rem;
    }
    li {
      margin-block: 0;
    }
    .bands {
      float: inline-start;
      inline-size: 55%;
      gap: 0.2rem;
    }
    partenariat-radar {
      float: inline-end;
      inline-size: 40%;
      margin-block: 0;
    }
    .table-scroll {
      clear: both;
      overflow: visible;
    }
    table {
      margin-block: 0.25rem 0.5rem;
    }
    tr,
    li,
    partenariat-radar {
      break-inside: avoid;
    }
    th,
    td {
      padding: 0.05rem 0.25rem;
    }
    table.items {
      font-size: 7.5pt;
      line-height: 1.2;
    }
    table.items th[scope='row'] {
      min-inline-size: 0;
      inline-size: 62%;
    }
    table.items thead th {
      hyphens: auto;
    }
    .stack {
      inline-size: 3rem;
    }
  }
`;
