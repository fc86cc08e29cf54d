// Render time of the checklist for a questionnaire of N items (N from the page's ?items=), all on
// one page. The benchmark measures the heap around it.
import '../src/partenariat-checklist.js';
import type { Instrument } from '../src/schema/instrument.js';

const count = Number(new URLSearchParams(location.search).get('items'));
const sections = Array.from({ length: Math.ceil(count / 10) }, (_, i) => ({ id: `s${i}`, title: `Section ${i + 1}` }));
const instrument: Instrument = {
  id: `echelle-${count}`,
  version: '1',
  title: `Questionnaire de ${count} énoncés`,
  scale: {
    choices: [1, 2, 3, 4].map((value) => ({ value, label: `Choix ${value}` })),
    notApplicable: { label: 'Ne s’applique pas' },
  },
  sections,
  items: Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    section: `s${Math.floor(i / 10)}`,
    text: `Énoncé numéro ${i + 1} du questionnaire, d’une longueur ordinaire pour un énoncé.`,
    recommendation: `Piste d’action pour l’énoncé ${i + 1}.`,
  })),
  bands: [
    { id: 'force', min: 75, label: 'Force' },
    { id: 'a-travailler', min: 0, label: 'À travailler', recommend: true },
  ],
};
(window as any).__go = async () => {
  const el = document.createElement('partenariat-checklist');
  el.setAttribute('layout', 'single');
  el.setAttribute('autosave', 'off');
  const start = performance.now();
  el.instrument = instrument;
  document.body.append(el);
  await el.updateComplete;
  const radios = el.shadowRoot!.querySelectorAll('input[type="radio"]').length;
  if (radios !== count * 5) throw new Error(`${radios} radios for ${count} items`);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
};
