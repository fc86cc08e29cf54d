import { PartenariatChecklist } from './components/checklist/checklist.js';
// The results view shows a radar of the impact dimensions.
import './partenariat-radar.js';

export { PartenariatChecklist };

// The events' types come with each entry, so that `addEventListener('partenariat-error', …)` is
// typed whichever entry a page imports (their map is declared in events.ts).
export type * from './events/events.js';

// Guarded: the script may be loaded twice, or by two copies of the library.
if (!customElements.get('partenariat-checklist')) {
  customElements.define('partenariat-checklist', PartenariatChecklist);
}

declare global {
  interface HTMLElementTagNameMap {
    'partenariat-checklist': PartenariatChecklist;
  }
}
