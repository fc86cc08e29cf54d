import { PartenariatRadar } from './components/radar/radar.js';

export { PartenariatRadar };

// The events' types come with each entry, so that `addEventListener('partenariat-error', …)` is
// typed whichever entry a page imports (their map is declared in events.ts).
export type * from './events/events.js';

// Guarded: the script may be loaded twice, or by two copies of the library.
if (!customElements.get('partenariat-radar')) {
  customElements.define('partenariat-radar', PartenariatRadar);
}

declare global {
  interface HTMLElementTagNameMap {
    'partenariat-radar': PartenariatRadar;
  }
}
