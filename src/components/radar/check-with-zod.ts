import { RadarAxesSchema, RadarSeriesListSchema } from '../../schema/radar.js';
import { sayIssues } from '../../schema/issues.js';
import type { PartenariatErrorDetail } from '../../events/events.js';
import { acceptRadarData, type RadarData } from './quick-check.js';

/**
 * check.ts as the self-contained files have it (vite.config.ts puts it in its place). Right data
 * is accepted at once, by the quick check, as in the npm modules. These files hold zod and the
 * radar's schemas anyway (the questionnaire needs zod; `dist/partenariat.js` exports the schemas),
 * so refused data is said wrong by them, at once, rather than by the full check without zod
 * (validate.ts, which says the same in the same words). zod is not asked to accept right data: on
 * a page's first radar, its parsers cost a first render some milliseconds that the quick check
 * does not.
 */
export function checkRadar(axesInput: unknown, seriesInput: unknown): RadarData | { issues: PartenariatErrorDetail['issues'] } {
  const data = acceptRadarData(axesInput, seriesInput);
  if (data) return data;
  const axes = RadarAxesSchema.safeParse(axesInput, { reportInput: true });
  const series = RadarSeriesListSchema.safeParse(seriesInput, { reportInput: true });
  if (axes.success && series.success) return { axes: axes.data, series: series.data };
  return {
    issues: sayIssues([
      ...(axes.error?.issues ?? []).map((issue) => ({ ...issue, path: ['axes', ...issue.path] })),
      ...(series.error?.issues ?? []).map((issue) => ({ ...issue, path: ['series', ...issue.path] })),
    ]),
  };
}
