import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { addEnglish } from '../../internal/localize.js';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../schema/id.js';
import type { PartenariatErrorDetail } from '../../events/events.js';
import { acceptRadarData, type RadarData } from './quick-check.js';

/**
 * The radar's data checked as RadarAxesSchema and RadarSeriesListSchema would, without zod: at
 * once when it is right (quick-check.ts); when it is not, by the full check (validate.ts), which
 * says what is wrong and where, in words, and which is loaded then, once for every radar of the
 * page. A page whose data is right never loads it (1.6 KB brotli, with its words and their
 * English, in the chunk that an app's bundler makes of it; the quick check costs 0.4 KB).
 *
 * The self-contained files hold zod and the radar's schemas anyway: there check-with-zod.ts takes
 * this module's place (vite.config.ts), and says what is wrong with them.
 */

type CheckRadarData = (axes: unknown, series: unknown) => RadarData | { issues: PartenariatErrorDetail['issues'] };

/** The full check once loaded; or its loading. */
let full: CheckRadarData | Promise<void> | undefined;

/**
 * The full check, given what it takes from the code already loaded (validate.ts says why): `msg`
 * (as an element has installed it: a radar asks), `str` and the rule of ids; its words' English
 * is added to the elements'.
 */
async function loadCheck(): Promise<CheckRadarData> {
  const { checkRadarData, english } = await import('./validate.js');
  addEnglish(english);
  const loaded = { msg, str, idPattern: ID_PATTERN, idMaxLength: ID_MAX_LENGTH };
  return (axes, series) => checkRadarData(axes, series, loaded);
}

/**
 * The axes and series as read, or what is wrong with them; or, the first time data is refused,
 * the loading of the full check, after which the radar asks again. If it cannot be loaded (the
 * network is gone), refused data is said to be wrong, without details.
 */
export function checkRadar(axesInput: unknown, seriesInput: unknown): ReturnType<CheckRadarData> | Promise<void> {
  const data = acceptRadarData(axesInput, seriesInput);
  if (data) return data;
  if (typeof full === 'function') return full(axesInput, seriesInput);
  full ??= loadCheck().then(
    (check) => {
      full = check;
    },
    () => {
      full = () => ({ issues: [] });
    },
  );
  return full;
}
