import { PartenariatSummary } from './components/summary/summary.js';
// The summary draws the group's radar.
import './partenariat-radar.js';

export { PartenariatSummary };
export { aggregate, type Summary, type Stats, type ItemSummary, type GroupSummary, type AggregateOptions } from './components/summary/aggregate.js';
export {
  compareTwo,
  compareToGroup,
  type Comparison,
  type GroupComparison,
  type ItemGap,
  type ScoreGap,
  type ItemStanding,
  type ScoreStanding,
  type Standing,
  type GroupOptions,
} from './components/summary/compare.js';

// The events' types come with each entry, so that `addEventListener('partenariat-error', …)` is
// typed whichever entry a page imports (their map is declared in events.ts).
export type * from './events/events.js';

// Guarded: the script may be loaded twice, or by two copies of the library.
if (!customElements.get('partenariat-summary')) {
  customElements.define('partenariat-summary', PartenariatSummary);
}

declare global {
  interface HTMLElementTagNameMap {
    'partenariat-summary': PartenariatSummary;
  }
}
