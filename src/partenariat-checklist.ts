import { PartenariatChecklist } from './components/checklist/checklist.js';
// The results view shows a radar of the impact dimensions.
import './partenariat-radar.js';

export { PartenariatChecklist };

// Guarded: the script may be loaded twice, or by two copies of the library.
if (!customElements.get('partenariat-checklist')) {
  customElements.define('partenariat-checklist', PartenariatChecklist);
}

declare global {
  interface HTMLElementTagNameMap {
    'partenariat-checklist': PartenariatChecklist;
  }
}
