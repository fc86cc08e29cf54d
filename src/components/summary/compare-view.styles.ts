import { css } from 'lit';

/** The two comparison views: the discussion guide (which prints one item to a block) and one result against its group. */
export const compareStyles = css`
  .guide {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .guide-item {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75rem 1rem;
  }
  .guide-item h4 {
    font-size: 1em;
    margin-block: 0 0.25rem;
  }
  .answers {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.5rem 1rem;
    margin-block: 0.5rem;
  }
  .answers dt {
    font-weight: 700;
  }
  .answers dd {
    margin: 0;
  }
  .gap-meter {
    display: block;
    max-inline-size: 8rem;
    margin-block-start: 0.25rem;
  }
  .recommendation {
    margin-block: 0.5rem 0;
  }
  table.standing td.num {
    white-space: nowrap;
  }
  /* Printed, the comparison views are a document: no controls, no frame, an item never split across pages. */
  @media print {
    .root:has(.comparison) {
      border: none;
      padding: 0;
      background: none;
      color: #000;
      font-size: 10pt;
    }
    .comparison .no-print,
    .comparison button {
      display: none !important;
    }
    .comparison .guide-item,
    .comparison tr,
    .comparison partenariat-radar {
      break-inside: avoid;
    }
    .comparison h3,
    .comparison h4 {
      break-after: avoid;
    }
    .comparison .table-scroll {
      overflow: visible;
    }
    .comparison .meter,
    .comparison .meter > span {
      print-color-adjust: exact;
    }
  }
`;
