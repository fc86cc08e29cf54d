/**
 * Types for React 19 (JSX): the elements' tags with their properties, attributes and events, so
 * that a TypeScript app type-checks `<partenariat-checklist onpartenariat-complete={…}>` and
 * catches `layout="foo"` or a wrong `series`. Types only, nothing at run time: load them with
 * `import type {} from 'partenariat/react';` (or a `/// <reference types="partenariat/react" />`).
 *
 * React 19 sets a prop as the element's property when the element has one (`series`, `answers`,
 * `instrument`), as an attribute otherwise (`submit-url`); a prop `on` + an event's name listens
 * to that event. Under server rendering, React does not apply properties and listeners at
 * hydration (see the README): set them after mount, or render the elements on the client only.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PartenariatChecklist } from '../components/checklist/checklist.js';
import type { PartenariatRadar } from '../components/radar/radar.js';
import type { PartenariatRoles } from '../components/roles/roles.js';
import type { PartenariatSummary } from '../components/summary/summary.js';
import type {
  PartenariatChangeEvent,
  PartenariatCompleteEvent,
  PartenariatErrorEvent,
  PartenariatLoadEvent,
  PartenariatSubmitEvent,
} from '../events/events.js';

/**
 * An element's props: the page's usual attributes and `lang`, its own properties (which win over
 * React's attributes of the same name, such as `results`), its attribute spellings and events.
 */
type Props<E, K extends keyof E, Extra = object> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, K | 'onChange' | 'onError' | 'onLoad'> &
  Partial<Pick<E, K>> & {
    lang?: 'fr' | 'en' | (string & {});
    'onpartenariat-error'?: (event: PartenariatErrorEvent) => void;
  } & Extra;

export type PartenariatChecklistProps = Props<
  PartenariatChecklist,
  'instrument' | 'answers' | 'src' | 'layout' | 'autosave' | 'storageKey' | 'name' | 'required' | 'disabled' | 'submitUrl' | 'recipient',
  {
    'storage-key'?: string;
    'submit-url'?: string;
    'onpartenariat-load'?: (event: PartenariatLoadEvent) => void;
    'onpartenariat-change'?: (event: PartenariatChangeEvent) => void;
    'onpartenariat-complete'?: (event: PartenariatCompleteEvent) => void;
    'onpartenariat-submit'?: (event: PartenariatSubmitEvent) => void;
  }
>;

export type PartenariatRadarProps = Props<PartenariatRadar, 'axes' | 'series' | 'min' | 'max' | 'htmlFor' | 'label', { for?: string }>;

export type PartenariatRolesProps = Props<
  PartenariatRoles,
  'value' | 'template' | 'readonly' | 'autosave' | 'storageKey',
  {
    'storage-key'?: string;
    /** The person edited the table. */
    onchange?: (event: Event) => void;
  }
>;

export type PartenariatSummaryProps = Props<
  PartenariatSummary,
  'results' | 'summary' | 'instrument' | 'groupBy' | 'minGroup' | 'mode' | 'result' | 'labels',
  { 'group-by'?: string; 'min-group'?: number | string }
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'partenariat-checklist': PartenariatChecklistProps;
      'partenariat-radar': PartenariatRadarProps;
      'partenariat-roles': PartenariatRolesProps;
      'partenariat-summary': PartenariatSummaryProps;
    }
  }
}
