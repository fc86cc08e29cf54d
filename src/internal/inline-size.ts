import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets one CSS property of an element (a custom property too) through the CSSOM. Unlike a
 * `style` attribute (or `styleMap()`, which writes one on first render), this is allowed under a
 * Content-Security-Policy without `'unsafe-inline'` for styles.
 */
class StylePropertyDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error("styleProperty() belongs on an element: <span ${styleProperty('inline-size', '50%')}>");
  }

  render(_name: string, _value: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof noChange {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const styleProperty = directive(StylePropertyDirective);

/** Sets an element's `inline-size` to a percentage, held between 0 and 100. */
export const inlineSize = (percent: number) => styleProperty('inline-size', `${Math.max(0, Math.min(100, percent))}%`);
