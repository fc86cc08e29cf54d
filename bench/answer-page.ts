// An answer's cost: from a click on a radio to the updated result and radar in the DOM.
import '../src/index.js';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import type { PartenariatRadar } from '../src/components/radar/radar.js';

const checklist = document.querySelector<PartenariatChecklist>('partenariat-checklist')!;
const radar = document.querySelector<PartenariatRadar>('partenariat-radar')!;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function run() {
  await checklist.updateComplete;
  await radar.updateComplete;
  const items = checklist.activeInstrument!.items.filter((item) => item.dimensions?.length);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const item of items) {
      const value = String(1 + ((round + items.indexOf(item)) % 4));
      const radio = checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${item.id}"][value="${value}"]`)!;
      await frame();
      const start = performance.now();
      radio.click();
      await checklist.updateComplete;
      await radar.updateComplete;
      times.push(performance.now() - start);
      if (checklist.result!.answers[item.id] !== Number(value)) throw new Error('the answer was not recorded');
    }
  }
  (window as any).__answers = times;
}
run();
