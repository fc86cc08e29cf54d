import { LitElement } from 'lit';
import type { Locale } from '../schema/text.js';
import { installLocalization, localeOf, onPageLangChange } from './localize.js';

/** The accessor named `name` on the prototype chain of `object`. */
function accessorOf(object: object, name: string): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

/**
 * What every Partenariat element shares: it speaks the language of its own `lang`, else of its
 * nearest ancestor's, else of the page's, and renders again when any of them changes, or when
 * it is moved; and it honours the values a page gave its properties before it was defined.
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

  /**
   * The public properties that are plain accessors, not Lit's reactive properties (which Lit
   * takes care of): a page may set them on the element before its script defines it.
   */
  protected static upgradedProperties: readonly string[] = ['locale'];

  override connectedCallback(): void {
    super.connectedCallback();
    this.upgradeProperties();
    this.stopLangWatch = onPageLangChange(() => this.requestUpdate());
    // Moved into a part of the page in another language: speak it at once.
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * A value set before the element was defined is an own property of the element that hides the
   * class's accessor for good: it is taken off and given to the accessor (read-only ones drop it).
   */
  private upgradeProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const name of (this.constructor as typeof LocalizedElement).upgradedProperties) {
      if (!Object.hasOwn(this, name)) continue;
      const value = self[name];
      delete self[name];
      if (accessorOf(this, name)?.set) self[name] = value;
    }
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
