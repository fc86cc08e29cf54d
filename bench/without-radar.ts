// The library without the radar, to measure the radar's share of dist/partenariat.js.
import { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import '../src/partenariat-roles.js';

export * from '../src/schema/index.js';
export * from '../src/events/events.js';
export { PartenariatChecklist };
customElements.define('partenariat-checklist', PartenariatChecklist);
