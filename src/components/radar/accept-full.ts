import { RadarAxesSchema, RadarSeriesListSchema } from '../../schema/radar.js';
import { sayIssues } from '../../schema/issues.js';
import type { RadarData } from './accept.js';
import type { PartenariatErrorDetail } from '../../events/events.js';

/**
 * accept.ts as the self-contained files have it (vite.config.ts puts it in its place). They hold
 * zod and the radar's schemas anyway (the questionnaire needs zod; `dist/partenariat.js` exports
 * the schemas), so the radar checks its data with them, at once: neither the quick check nor the
 * full check without zod (validate.ts, which says the same in the same words) would be of use there.
 */
export function checkRadar(axesInput: unknown, seriesInput: unknown): RadarData | { issues: PartenariatErrorDetail['issues'] } {
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
