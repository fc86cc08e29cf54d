import { css } from 'lit';

/**
 * Series colours have at least 3:1 contrast with the background in both schemes; series also
 * differ by line dash and marker shape, so colour is never the only cue. The grid carries the
 * scale, so it is held to the same 3:1 (WCAG 1.4.11): #848d97 is 3.4:1 on white (3.2:1 on a
 * light grey page, #f6f8fa); #7d8590 is 4.3:1 on the dark surface #1c2128 and 5.0:1 on
 * Chromium's dark canvas #121212.
 */
export const radarStyles = css`
  :host {
    --_accent: var(--partenariat-radar-accent, var(--partenariat-color-accent, light-dark(#1d5c8c, #8cc4f0)));
    --_text: var(--partenariat-radar-text, var(--partenariat-color-text, light-dark(#1f2328, #eef1f4)));
    --_muted: var(--partenariat-radar-muted, var(--partenariat-color-muted, light-dark(#4d5560, #b8c0c8)));
    --_grid: var(--partenariat-radar-grid, light-dark(#848d97, #7d8590));
    --_surface: var(--partenariat-radar-surface, var(--partenariat-color-surface, light-dark(#ffffff, #1c2128)));
    --_border: var(--partenariat-radar-border, var(--partenariat-color-border, light-dark(#8c959f, #6e7781)));
    --_danger: var(--partenariat-color-danger, light-dark(#a4251b, #ff9b8f));
    --_radius: var(--partenariat-radius, 0.5rem);

    font-family: var(--partenariat-radar-font, var(--partenariat-font, inherit));

    font-size: 1rem;
    line-height: 1.45;
    min-inline-size: 0;
  }
  figure {
    margin: 0;
  }
  .chart {
    position: relative;
  }
  svg.radar,
  svg.points {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  svg.points {
    position: absolute;
    inset: 0;
    block-size: 100%;
  }
  .grid-ring,
  .spoke {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  /* Their font sizes are attributes, from the element's text size (WCAG 1.4.4). */
  .ring-label {
    fill: var(--_muted);
  }
  .axis-label {
    fill: var(--_text);
  }
  .series-line {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .series-area {
    stroke: none;
    fill-opacity: 0.08;
  }
  .series-band {
    stroke: none;
    fill-opacity: 0.18;
  }
  .marker {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .s1 {
    --_c: var(--partenariat-radar-color-1, light-dark(#1d5c8c, #8cc4f0));
  }
  .s2 {
    --_c: var(--partenariat-radar-color-2, light-dark(#b34700, #ffab70));
  }
  .s3 {
    --_c: var(--partenariat-radar-color-3, light-dark(#1f7a45, #7dd3a0));
  }
  .s4 {
    --_c: var(--partenariat-radar-color-4, light-dark(#8e3b8e, #e3a3e3));
  }
  .s5 {
    --_c: var(--partenariat-radar-color-5, light-dark(#a4251b, #ff9b8f));
  }
  .s6 {
    --_c: var(--partenariat-radar-color-6, light-dark(#006d75, #6fd6de));
  }
  .s7 {
    --_c: var(--partenariat-radar-color-7, light-dark(#5b5b00, #d6d66b));
  }
  .s8 {
    --_c: var(--partenariat-radar-color-8, light-dark(#4a4a9c, #b0b0f5));
  }
  .s9 {
    --_c: var(--partenariat-radar-color-9, light-dark(#8a5a00, #e8c070));
  }
  .s10 {
    --_c: var(--partenariat-radar-color-10, light-dark(#333333, #dddddd));
  }
  .series-line,
  .swatch-line {
    stroke: var(--_c);
  }
  .series-area,
  .series-band,
  .marker {
    fill: var(--_c);
  }
  .point {
    fill: transparent;
    stroke: none;
    outline: none;
  }
  .keyboard-only {
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .bubble rect {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .bubble text {
    fill: var(--_text);
  }
  /* A 1 em box, watched to follow the text size. */
  .em {
    position: absolute;
    inline-size: 1em;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 0;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend svg {
    inline-size: 2.5rem;
    block-size: 1rem;
    flex: none;
  }
  .notes {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0.5rem 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  td {
    text-align: end;
  }
  .table-scroll {
    max-inline-size: 100%;
  }
  .error {
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_danger);
    border-radius: 0.35rem;
    padding: 0.5rem 0.75rem;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  .message {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .grid-ring,
    .spoke {
      stroke: GrayText;
    }
    .series-line,
    .swatch-line {
      stroke: CanvasText;
    }
    .marker,
    .series-band,
    .series-area {
      fill: CanvasText;
    }
    .marker {
      stroke: Canvas;
    }
    .axis-label,
    .ring-label,
    .bubble text {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
  @media print {
    .actions,
    svg.points {
      display: none;
    }
    .grid-ring,
    .spoke {
      stroke: #767676;
    }
    .axis-label {
      fill: #000;
    }
    svg.radar {
      max-inline-size: 14cm;
      margin-inline: auto;
    }
  }
`;
