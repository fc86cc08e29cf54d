import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's `inline-size` (a percentage) through the CSSOM. Unlike a `style` attribute
 * (or `styleMap()`, which writes one on first render), this is allowed under a
 * Content-Security-Policy without `'unsafe-inline'` for styles.
 */
class InlineSizeDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('inlineSize() belongs on an element: <span ${inlineSize(50)}>');
  }

  render(_percent: number): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [percent]: [number]): typeof noChange {
    (part.element as HTMLElement).style.setProperty('inline-size', `${Math.max(0, Math.min(100, percent))}%`);
    return noChange;
  }
}

export const inlineSize = directive(InlineSizeDirective);
