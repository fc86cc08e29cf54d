import { PartenariatRoles } from './components/roles/roles.js';

export { PartenariatRoles };

// Guarded: the script may be loaded twice, or by two copies of the library.
if (!customElements.get('partenariat-roles')) {
  customElements.define('partenariat-roles', PartenariatRoles);
}

declare global {
  interface HTMLElementTagNameMap {
    'partenariat-roles': PartenariatRoles;
  }
}
