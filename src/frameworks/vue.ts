/**
 * Types for Vue 3 templates (vue-tsc, Volar): the elements' tags with their properties,
 * attributes and events, so that `:series="'x'"` or `layout="foo"` is an error and
 * `@partenariat-complete="(e) => e.detail"` knows `detail` is a result. Types only: load them
 * with `import type {} from 'partenariat/vue';` in a `.d.ts` or `main.ts` of the app. Vue must
 * also be told that these tags are custom elements (`isCustomElement`, see the README).
 */
import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';
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

/** A tag as Vue's template checker reads a component: a constructor whose instances have `$props`. */
type Element<E, K extends keyof E, Extra = object> = new () => {
  $props: Omit<HTMLAttributes, K & string> &
    AllowedComponentProps &
    VNodeProps &
    Partial<Pick<E, K>> & {
      lang?: 'fr' | 'en' | (string & {});
      /** `@partenariat-error` */
      onPartenariatError?: (event: PartenariatErrorEvent) => void;
    } & Extra;
};

export type PartenariatChecklistElement = Element<
  PartenariatChecklist,
  'instrument' | 'answers' | 'src' | 'layout' | 'autosave' | 'storageKey' | 'name' | 'required' | 'disabled' | 'submitUrl' | 'recipient',
  {
    'storage-key'?: string;
    'submit-url'?: string;
    onPartenariatLoad?: (event: PartenariatLoadEvent) => void;
    onPartenariatChange?: (event: PartenariatChangeEvent) => void;
    onPartenariatComplete?: (event: PartenariatCompleteEvent) => void;
    onPartenariatSubmit?: (event: PartenariatSubmitEvent) => void;
  }
>;

export type PartenariatRadarElement = Element<PartenariatRadar, 'axes' | 'series' | 'min' | 'max' | 'htmlFor' | 'label', { for?: string }>;

export type PartenariatRolesElement = Element<
  PartenariatRoles,
  'value' | 'template' | 'readonly' | 'autosave' | 'storageKey',
  { 'storage-key'?: string; onChange?: (event: Event) => void }
>;

export type PartenariatSummaryElement = Element<
  PartenariatSummary,
  'results' | 'summary' | 'instrument' | 'groupBy' | 'minGroup' | 'mode' | 'result' | 'labels',
  { 'group-by'?: string; 'min-group'?: number | string }
>;

declare module 'vue' {
  interface GlobalComponents {
    'partenariat-checklist': PartenariatChecklistElement;
    'partenariat-radar': PartenariatRadarElement;
    'partenariat-roles': PartenariatRolesElement;
    'partenariat-summary': PartenariatSummaryElement;
  }
}
