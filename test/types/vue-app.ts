// Type-checked by `npm run check` (tsc -p test/types): the props that Vue's template checker
// gives each tag (what `vue-tsc` reads from GlobalComponents). Each `@ts-expect-error` is a
// mistake the types must catch. test/vue-sfc/ (npm run check:vue) checks real single-file
// components with vue-tsc itself.
import type {} from '../../src/frameworks/vue.js';
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const checklist: PropsOf<'partenariat-checklist'> = {
  lang: 'fr',
  layout: 'single',
  'submit-url': 'https://collecte.example.org/api/campaigns/bilan/submissions',
  onPartenariatComplete: (event) => console.info(event.detail.scores.overall.percent),
  onPartenariatError: (event) => console.warn(event.detail.code),
};
export const radar: PropsOf<'partenariat-radar'> = { series: [{ label: 'Notre vue', values: { financier: 60 } }], max: 100 };
export const summary: PropsOf<'partenariat-summary'> = { 'group-by': 'type-organisme', results: [] };

// @ts-expect-error: no such layout
export const badLayout: PropsOf<'partenariat-checklist'> = { layout: 'foo' };
// @ts-expect-error: series is a list of series
export const badSeries: PropsOf<'partenariat-radar'> = { series: 'x' };
// @ts-expect-error: min is a number
export const badMin: PropsOf<'partenariat-radar'> = { min: 'zero' };
// @ts-expect-error: the detail of a complete event is a result, which has no `code`
export const badDetail: PropsOf<'partenariat-checklist'> = { onPartenariatComplete: (event) => event.detail.code };

// A template ref (`useTemplateRef('radar')`) has the instance type of the tag: the element itself.
type InstanceOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>;
export function setSeries(radar: InstanceOf<'partenariat-radar'>) {
  radar.series = [{ label: 'Notre vue', values: { financier: 60 } }];
  radar.focus();
}
