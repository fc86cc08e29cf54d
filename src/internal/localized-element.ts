import { LitElement } from 'lit';
import type { Locale } from '../schema/text.js';
import { installLocalization, localeOf, onPageLangChange } from './localize.js';

/**
 * What every Partenariat element shares: it speaks the language of its own `lang`, else of its
 * nearest ancestor's, else of the page's, and renders again when any of them changes.
 */
export class LocalizedElement extends LitElement {
  private stopLangWatch: (() => void) | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  constructor() {
    super();
    installLocalization();
  }

  /** The language the element speaks now: its `lang`, else its ancestors', else the page's. */
  get locale(): Locale {
    return localeOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopLangWatch = onPageLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLangWatch?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }
}
