import { css } from 'lit';

/** The same calm look as the checklist's results; bars are drawn, their numbers are in the tables. */
export const summaryStyles = css`
  :host {
    --_accent: var(--partenariat-summary-accent, var(--partenariat-color-accent, light-dark(#1d5c8c, #8cc4f0)));
    --_text: var(--partenariat-summary-text, var(--partenariat-color-text, light-dark(#1f2328, #eef1f4)));
    --_muted: var(--partenariat-summary-muted, var(--partenariat-color-muted, light-dark(#4d5560, #b8c0c8)));
    --_surface: var(--partenariat-summary-surface, var(--partenariat-color-surface, light-dark(#ffffff, #1c2128)));
    --_border: var(--partenariat-summary-border, var(--partenariat-color-border, light-dark(#8c959f, #6e7781)));
    --_danger: var(--partenariat-color-danger, light-dark(#a4251b, #ff9b8f));
    --_radius: var(--partenariat-radius, 0.5rem);
    /* From the lowest answer to the highest: five steps of one hue, lighter to darker. */
    --_c0: light-dark(#d6e6f3, #2c4a63);
    --_c1: light-dark(#a9cbe6, #3d6a8f);
    --_c2: light-dark(#6fa5d1, #5b8fbd);
    --_c3: light-dark(#3b7db3, #8cc4f0);
    --_c4: light-dark(#1d5c8c, #c6e3fa);

    font-family: var(--partenariat-font, inherit);
    font-size: 1rem;
    line-height: 1.5;
    max-inline-size: var(--partenariat-summary-max-width, 60rem);
  }
  .root {
    overflow-wrap: anywhere;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(0.75rem, 3vw, 1.5rem);
  }
  h2,
  h3 {
    line-height: 1.25;
    margin-block: 1.25rem 0.6rem;
  }
  h2 {
    font-size: 1.4em;
    margin-block-start: 0;
  }
  h3 {
    font-size: 1.1em;
  }
  p {
    margin-block: 0 0.75rem;
  }
  .lead {
    font-size: 1.1em;
  }
  .muted {
    color: var(--_muted);
  }
  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_danger);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  .bands {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4rem;
    max-inline-size: 34rem;
  }
  .bands li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.1rem 1rem;
  }
  .meter {
    grid-column: 1 / -1;
    block-size: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  .meter > span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
  }
  partenariat-radar {
    max-inline-size: 34rem;
    margin-block: 0.5rem 1rem;
  }
  /* The group's radar downloads from « Télécharger ou imprimer »: not twice. */
  .group-radar::part(export) {
    display: none;
  }
  table {
    overflow-wrap: normal;
  }
  table.items th[scope='row'] {
    min-inline-size: 14rem;
    font-weight: normal;
  }
  .stack {
    display: flex;
    inline-size: 8rem;
    block-size: 0.8rem;
    border: 1px solid var(--_border);
  }
  .stack > span {
    display: block;
  }
  .c0 { background: var(--_c0); }
  .c1 { background: var(--_c1); }
  .c2 { background: var(--_c2); }
  .c3 { background: var(--_c3); }
  .c4 { background: var(--_c4); }
  .na {
    background: repeating-linear-gradient(45deg, var(--_border) 0 2px, transparent 2px 5px);
  }
  .dk {
    background: repeating-linear-gradient(-45deg, var(--_border) 0 1px, transparent 1px 4px);
  }
  @media (forced-colors: active) {
    .meter > span,
    .stack > span {
      background: CanvasText;
    }
  }
  /*
   * Printed: the report a board reads fits two pages for the default questionnaire (A4 or Letter,
   * 1.5 cm margins), 200 results in five groups. Most of the second page is the table of items:
   * each statement on one line where it can (the counts without their bars, the headings in
   * smaller type); the radar, beside the levels, smaller and with a small legend.
   */
  @media print {
    partenariat-radar.group-radar {
      inline-size: 30%;
    }
    partenariat-radar.group-radar::part(legend) {
      font-size: 7pt;
      margin: 0;
    }
    .table-scroll th,
    .table-scroll td {
      padding-block: 0;
    }
    .table-scroll table.items {
      font-size: 7pt;
      line-height: 1.15;
    }
    .table-scroll table.items th[scope='row'] {
      inline-size: 76%;
    }
    .table-scroll table.items thead th {
      font-size: 6pt;
    }
    /* On paper the counts say it: the bars' column gives its room to the statements. */
    .table-scroll table.items tr > :last-child {
      display: none;
    }
  }
`;
