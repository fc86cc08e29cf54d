// The floor of the benchmark: a hand-written page of the same radios, with no library (DOM API).
import { defaultInstrument } from '../src/instruments/default.js';

const host = document.querySelector('#plain')!;
const { items, scale } = defaultInstrument;
const fragment = document.createDocumentFragment();
items.forEach((item, i) => {
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = `${i + 1}. ${item.text.fr}`;
  fieldset.append(legend);
  for (const [value, label] of [...scale.choices.map((c) => [String(c.value), c.label.fr]), ['na', scale.notApplicable.label.fr]]) {
    const wrapper = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = item.id;
    input.value = value;
    wrapper.append(input, label);
    fieldset.append(wrapper);
  }
  fragment.append(fieldset);
});
host.append(fragment);
