// Makes dist/atelier-partenariat.html: the workshop kit, one self-contained HTML file (the library
// inlined) that opens by double-click, from a USB key, with no network. Run after `vite build`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = (p) => new URL(`../${p}`, import.meta.url);
const bundle = readFileSync(file('dist/partenariat.js'), 'utf8').replace(/<\/(script)/gi, '<\\/$1');
const page = readFileSync(file('workshop/atelier.html'), 'utf8');
if (!page.includes('<!--PARTENARIAT-SCRIPT-->')) throw new Error('workshop/atelier.html lost its script marker');
// A function as replacement: `$` sequences in the bundle are not replacement patterns.
const out = page.replace('<!--PARTENARIAT-SCRIPT-->', () => `<script type="module">\n${bundle}\n</script>`);
writeFileSync(file('dist/atelier-partenariat.html'), out);
console.log(`wrote dist/atelier-partenariat.html (${(out.length / 1000).toFixed(1)} KB)`);
