import { PartenariatRadar } from './components/radar/radar.js';

export { PartenariatRadar };

// Guarded: the script may be loaded twice, or by two copies of the library.
if (!customElements.get('partenariat-radar')) {
  customElements.define('partenariat-radar', PartenariatRadar);
}

declare global {
  interface HTMLElementTagNameMap {
    'partenariat-radar': PartenariatRadar;
  }
}
