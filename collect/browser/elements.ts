// The elements the admin page uses, in one browser module so that they share one set of messages:
// <partenariat-summary> for each campaign's picture, <partenariat-checklist> for the preview of
// what members see. Built by ../build.mjs into dist/public/partenariat-admin.js.
import '../../src/partenariat-checklist.js';
import '../../src/partenariat-summary.js';
