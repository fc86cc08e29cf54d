// The elements the collector's pages use, in one browser module so that they share one set of
// messages: the admin page (<partenariat-summary> for each campaign's picture,
// <partenariat-checklist> for the preview of what members see) and the live workshop's pages
// (the checklist on the phones; the summary and <partenariat-roles> on the room screen).
// Built by ../build.mjs into dist/public/partenariat-elements.js.
import '../../src/partenariat-checklist.js';
import '../../src/partenariat-roles.js';
import '../../src/partenariat-summary.js';
