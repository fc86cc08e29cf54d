/**
 * The element classes, without registering any tag: for an application that registers them
 * itself (under a scoped registry, say). The checklist's results use `<partenariat-radar>`:
 * register `PartenariatRadar` under that name too, or import `partenariat/radar`.
 */
export { PartenariatChecklist } from './components/checklist/checklist.js';
export { PartenariatRadar } from './components/radar/radar.js';
export { PartenariatRoles } from './components/roles/roles.js';
