import { css } from 'lit';

/**
 * Calm and legible on a plain page, a dark page and a projector. Public custom properties fall
 * back to the shared tokens, then to `light-dark()` literals that follow the page's
 * `color-scheme`. Nothing is said by colour alone.
 */
export const checklistStyles = css`
  :host {
    --_accent: var(--partenariat-checklist-accent, var(--partenariat-color-accent, light-dark(#1d5c8c, #8cc4f0)));
    --_text: var(--partenariat-checklist-text, var(--partenariat-color-text, light-dark(#1f2328, #eef1f4)));
    --_muted: var(--partenariat-checklist-muted, var(--partenariat-color-muted, light-dark(#4d5560, #b8c0c8)));
    --_surface: var(--partenariat-checklist-surface, var(--partenariat-color-surface, light-dark(#ffffff, #1c2128)));
    --_border: var(--partenariat-checklist-border, var(--partenariat-color-border, light-dark(#8c959f, #6e7781)));
    --_danger: var(--partenariat-checklist-danger, var(--partenariat-color-danger, light-dark(#a4251b, #ff9b8f)));
    --_radius: var(--partenariat-checklist-radius, var(--partenariat-radius, 0.5rem));
    --_font: var(--partenariat-checklist-font, var(--partenariat-font, inherit));
    --_bar-strong: var(--partenariat-color-strong, light-dark(#1f7a45, #7dd3a0));
    --_bar-mid: var(--partenariat-color-mid, light-dark(#9a6700, #f2c45f));
    --_bar-weak: var(--partenariat-color-weak, light-dark(#a4251b, #ff9b8f));

    font-family: var(--_font);
    font-size: var(--partenariat-checklist-font-size, 1rem);
    line-height: 1.5;
    max-inline-size: var(--partenariat-checklist-max-width, 48rem);
  }
  .root {
    /* A questionnaire's text may hold a word longer than the line (a URL, a pasted string). */
    overflow-wrap: anywhere;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(0.75rem, 3vw, 1.5rem);
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 0 0.75rem;
    font-weight: 700;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
    margin-block-start: 1.25rem;
  }
  h5 {
    font-size: 1em;
    margin-block: 0.75rem 0.4rem;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  p {
    margin-block: 0 0.75rem;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Progress */
  .progress {
    margin-block-end: 1rem;
  }
  .progress-text {
    margin: 0 0 0.25rem;
    color: var(--_muted);
  }
  .bar {
    block-size: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 0.2s ease-out;
  }

  /* Items. The browser lays out and paints a section only as it comes near the screen (off screen,
     it stays in the accessibility tree, in find-in-page and reachable by keyboard): on the default
     questionnaire, about 12 ms less layout and 11 ms less painting before the first paint
     (scripts/profile-first-render.mjs). The padding leaves room for the heading's focus ring,
     which the section's paint containment would otherwise cut. */
  section[part='section'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 50rem;
    padding: 4px;
    margin: -4px;
  }
  fieldset.item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
    min-inline-size: 0;
  }
  fieldset.item.missing {
    border-inline-start: 0.35rem solid var(--_accent);
  }
  /* Floated, a legend sits inside its box, however many lines it wraps to. */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  legend + * {
    clear: both;
  }
  .help {
    margin: 0.25rem 0 0.5rem;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.35rem 0.75rem 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
    min-block-size: 2.75rem;
  }
  .choice.checked {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .choice:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .choice.na {
    border-style: dashed;
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
    inline-size: 1.15rem;
    block-size: 1.15rem;
    margin: 0;
  }

  /* Profile */
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
    min-inline-size: 0;
  }
  .field input,
  .field select {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem 0.5rem;
    /* A select is as wide as its longest choice: never wider than the line (320 px screens). */
    min-inline-size: 0;
    max-inline-size: min(30rem, 100%);
  }
  .field select option {
    color: initial;
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block: 1rem 0;
  }
  .actions .end {
    margin-inline-start: auto;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
  }
  button.link {
    border: none;
    padding: 0.25rem;
    min-block-size: auto;
    text-decoration: underline;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Notices and errors */
  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
    margin-block-end: 1rem;
  }
  .error {
    border-inline-start-color: var(--_danger);
  }
  .error h2 {
    color: var(--_danger);
  }
  .error code {
    overflow-wrap: anywhere;
  }

  /* Results */
  .overall {
    font-size: 1.15em;
  }
  .profile-summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0 0 0.75rem;
  }
  .profile-summary dt {
    font-weight: 600;
  }
  .profile-summary dd {
    margin: 0;
  }
  .profile-summary div {
    display: flex;
    gap: 0.4rem;
  }
  partenariat-radar {
    max-inline-size: 34rem;
    margin-block: 0.5rem 1rem;
  }
  table {
    overflow-wrap: normal;
  }

  pre.json {
    max-block-size: 20rem;
    overflow: auto;
    white-space: pre-wrap;
    font-size: 0.85em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem;
  }
  .send details {
    margin-block-end: 0.75rem;
  }

  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-inline-size: min(30rem, 90vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  @media (forced-colors: active) {
    .bar > span {
      background: CanvasText;
      forced-color-adjust: none;
    }
    button.primary {
      border: 2px solid ButtonText;
    }
    fieldset.item.missing {
      border-inline-start-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar > span {
      transition: none;
    }
  }
  @media print {
    section[part='section'] {
      content-visibility: visible;
    }
    :host {
      max-inline-size: none;
      color: #000;
      font-size: 9.5pt;
      line-height: 1.35;
    }
    .root {
      border: none;
      padding: 0;
      background: none;
      color: #000;
    }
    .actions,
    .progress,
    .notice:not(.error),
    .no-print {
      display: none !important;
    }
    li,
    tr,
    .score-row {
      break-inside: avoid;
    }
    h2,
    h3,
    h4,
    h5 {
      break-after: avoid;
    }
    h2 {
      font-size: 15pt;
    }
    h3 {
      font-size: 12.5pt;
    }
    h4 {
      font-size: 11pt;
      margin-block-start: 0.8rem;
    }
    th,
    td {
      padding: 0.1rem 0.35rem;
    }
  }
`;
