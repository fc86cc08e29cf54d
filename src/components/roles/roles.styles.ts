import { css } from 'lit';

export const rolesStyles = css`
  :host {
    --_accent: var(--partenariat-roles-accent, var(--partenariat-color-accent, light-dark(#1d5c8c, #8cc4f0)));
    --_text: var(--partenariat-roles-text, var(--partenariat-color-text, light-dark(#1f2328, #eef1f4)));
    --_muted: var(--partenariat-roles-muted, var(--partenariat-color-muted, light-dark(#4d5560, #b8c0c8)));
    --_surface: var(--partenariat-roles-surface, var(--partenariat-color-surface, light-dark(#ffffff, #1c2128)));
    --_border: var(--partenariat-roles-border, var(--partenariat-color-border, light-dark(#8c959f, #6e7781)));
    /* The header fields' borders, on the headers' tint: at 3:1 or more on it (WCAG 1.4.11), the
       only sign that the names can be edited. */
    --_field-border: var(--partenariat-roles-border, var(--partenariat-color-border, light-dark(#6e7781, #8c959f)));
    --_warning: var(--partenariat-roles-warning, var(--partenariat-color-warning, light-dark(#8a4b00, #f2c45f)));
    --_danger: var(--partenariat-color-danger, light-dark(#a4251b, #ff9b8f));
    --_radius: var(--partenariat-roles-radius, var(--partenariat-radius, 0.5rem));

    font-family: var(--partenariat-roles-font, var(--partenariat-font, inherit));
    font-size: var(--partenariat-roles-font-size, 1rem);
    line-height: 1.45;
  }
  .root {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(0.75rem, 3vw, 1.5rem);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
    margin-block-end: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
  }
  .field.grow {
    flex: 1 1 20rem;
  }
  input[type='text'],
  input[type='date'],
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35rem 0.5rem;
    min-block-size: 2.5rem;
    max-inline-size: 100%;
  }
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  select option {
    color: initial;
  }
  h2 {
    font-size: 1.3em;
    margin: 0 0 0.5rem;
  }
  .table-scroll {
    container-type: inline-size;
    /* A cell that gets the focus is scrolled into view beside the sticky first column, not under
       it (the element keeps --_first-column at that column's width). */
    scroll-padding-inline-start: var(--_first-column, 11rem);
  }
  /* On a narrow screen the table scrolls sideways; its caption stays in view and wraps. */
  .table-scroll caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
  }
  table {
    min-inline-size: 36rem;
  }
  /* A large table (many cells) is laid out from its header row alone: each row then need not be
     measured again as the rows come in. (Printed, it takes the page's width: see below.) */
  @media screen {
    table.large {
      --_head: 14rem;
      --_column: 12rem;
      table-layout: fixed;
      inline-size: calc(var(--_head) + var(--_partners) * var(--_column) + 11rem);
    }
    table.large thead th {
      inline-size: var(--_column);
    }
    table.large thead th:first-child {
      inline-size: var(--_head);
    }
    table.large thead th.check {
      inline-size: 11rem;
    }
  }
  thead th,
  tbody th {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  /* The responsibilities stay in view as the table scrolls sideways, on an opaque background. */
  tr > :first-child {
    position: sticky;
    inset-inline-start: -1px;
    z-index: 1;
    background:
      linear-gradient(color-mix(in srgb, var(--_accent) 8%, transparent), color-mix(in srgb, var(--_accent) 8%, transparent)),
      var(--_surface);
    box-shadow:
      inset 1px 0 0 var(--_border),
      inset -1px 0 0 var(--_border);
  }
  th textarea {
    border-color: var(--_field-border);
    display: block;
    inline-size: 100%;
    min-inline-size: 9rem;
    field-sizing: content;
    resize: vertical;
    font-weight: 600;
  }
  /* A fixed width: the browser then need not measure every role's name in 2,000 menus to lay
     out a large table. */
  td select {
    inline-size: 10.5rem;
  }
  /* On a phone, narrower columns: a cell fits beside the first column, which stays in place. */
  @container (inline-size < 26rem) {
    /* On a phone the first column, which stays in place, leaves room for a whole partner's
       column beside it, so that a control that gets the focus shows in full: the columns keep
       their narrowest widths rather than share out a minimum width of the table. */
    table {
      min-inline-size: 0;
    }
    th,
    td {
      padding-inline: 0.25rem;
    }
    thead th:first-child,
    tfoot th:first-child {
      font-size: 0.875em;
    }
    th textarea {
      min-inline-size: 6rem;
    }
    tr > :first-child textarea {
      inline-size: 6.5rem;
      min-inline-size: 0;
    }
    tr > :first-child .tools {
      flex-wrap: wrap;
    }
    td select {
      inline-size: 7rem;
    }
    table.large {
      --_head: 8rem;
      --_column: 8rem;
    }
  }
  .tools {
    display: flex;
    gap: 0.25rem;
    margin-block-start: 0.3rem;
  }
  .tools button {
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding: 0.2rem 0.45rem;
    line-height: 1;
  }
  .warning {
    color: var(--_warning);
    font-weight: 600;
    font-size: 0.9em;
  }
  .warning::before {
    content: '⚠ ';
  }
  td.check {
    min-inline-size: 10rem;
  }
  .ok {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary {
    margin: 0 0 0.5rem;
  }
  .adders {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    margin-block: 0.5rem 1rem;
  }
  .adders form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .undo {
    min-block-size: 1.5rem;
    margin-block-end: 0.5rem;
  }
  .undo button {
    margin-inline-start: 0.5rem;
    min-block-size: 2.25rem;
    padding: 0.2rem 0.7rem;
  }
  .legend {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.2rem 0.75rem;
    margin: 0.5rem 0 1rem;
  }
  .legend dt {
    font-weight: 700;
  }
  .legend dd {
    margin: 0;
  }
  /* A field of the actions never widens the page: its menu (its longest option) shrinks to fit. */
  .actions .field {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .actions select,
  .actions input {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  .actions .notice {
    flex-basis: 100%;
    margin-block-end: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
  }
  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice code {
    overflow-wrap: anywhere;
  }
  .print-only,
  .initials,
  .role-short {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .warning {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
    }
    .root {
      border: none;
      padding: 0;
      background: none;
    }
    .no-print,
    .tools,
    .adders,
    .undo,
    .actions,
    .summary {
      display: none !important;
    }
    .print-only {
      display: inline;
    }
    h2.print-only {
      display: block;
    }
    /* The title, a heading for screen readers while editing, is printed. */
    h2.title {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .check,
    tfoot,
    caption {
      display: none;
    }
    thead th,
    tbody th,
    tr > :first-child {
      position: static;
      background: none;
      box-shadow: none;
    }
    /* Every partner is printed: the table takes the page's width and its texts wrap, never cut
       at the edge (a landscape @page cannot be asked from inside the element). */
    .table-scroll {
      overflow: visible;
    }
    table {
      min-inline-size: 0;
      inline-size: 100%;
    }
    th,
    td {
      overflow-wrap: anywhere;
    }
    /* Eight partners or more: smaller type, and columns of equal width beside the responsibilities. */
    table.wide {
      table-layout: fixed;
      font-size: 7.5pt;
    }
    table.wide th,
    table.wide td {
      padding: 0.15rem 0.2rem;
    }
    table.wide thead th:first-child {
      inline-size: 18%;
    }
    /* In narrow columns, the partners' names run upwards and the roles are said by their letters. */
    table.wide thead th:not(:first-child) {
      writing-mode: sideways-lr;
      vertical-align: bottom;
      overflow-wrap: normal;
    }
    table.wide .role-name {
      display: none;
    }
    table.wide .role-short {
      display: inline;
    }
    tr {
      break-inside: avoid;
    }
    .initials {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 1.5rem 2rem;
      margin-block-start: 1.5rem;
    }
    .initials div {
      border-block-end: 1px solid #000;
      padding-block-end: 1.5rem;
    }
  }
`;
