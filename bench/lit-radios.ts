// What Lit alone adds to the floor: a hand-written Lit element that renders the default
// questionnaire's items as plain fieldsets of radios, with no scoring, storage or localization.
import { LitElement, html } from 'lit';
import { defaultInstrument } from '../src/instruments/default.js';

class LitRadios extends LitElement {
  override render() {
    const { items, scale } = defaultInstrument;
    return items.map(
      (item, i) => html`<fieldset>
        <legend>${i + 1}. ${item.text.fr}</legend>
        ${scale.choices.map(
          (c) => html`<label><input type="radio" name=${item.id} .value=${String(c.value)} />${c.label.fr}</label>`,
        )}
        <label><input type="radio" name=${item.id} value="na" />${scale.notApplicable.label.fr}</label>
      </fieldset>`,
    );
  }
}
customElements.define('lit-radios', LitRadios);
