import type { Instrument } from '../schema/instrument.js';
import type { Result } from '../schema/result.js';

const init = { bubbles: true, composed: true } as const;

/** The result after each of the person's answers (not after programmatic changes). */
export class PartenariatChangeEvent extends CustomEvent<Result> {
  constructor(result: Result) {
    super('partenariat-change', { ...init, detail: result });
  }
}

/** The result, when the person reaches the results. */
export class PartenariatCompleteEvent extends CustomEvent<Result> {
  constructor(result: Result) {
    super('partenariat-complete', { ...init, detail: result });
  }
}

/** What went wrong: a machine-readable code, a message in the element's language and details. */
export interface PartenariatErrorDetail {
  code: PartenariatErrorCode;
  message: string;
  /** For a malformed questionnaire: each problem with the path of the faulty field. */
  issues: Array<{ path: string; message: string }>;
}

export type PartenariatErrorCode =
  | 'instrument-network'
  | 'instrument-http'
  | 'instrument-json'
  | 'instrument-invalid'
  | 'saved-data-set-aside'
  | 'storage-unavailable'
  | 'storage-key-in-use'
  | 'radar-invalid'
  | 'radar-axes-count'
  | 'radar-for-missing'
  | 'radar-export'
  | 'roles-invalid'
  | 'roles-import-json'
  | 'roles-import-invalid'
  | 'summary-invalid'
  | 'summary-compare-invalid'
  | 'summary-result-invalid'
  | 'summary-group-too-small'
  | 'summary-network'
  | 'summary-http'
  | 'summary-json';

export class PartenariatErrorEvent extends CustomEvent<PartenariatErrorDetail> {
  constructor(detail: PartenariatErrorDetail) {
    super('partenariat-error', { ...init, detail });
  }
}

/** A questionnaire is ready (the default one, the one given, or the one fetched); `detail` is it. */
export class PartenariatLoadEvent extends CustomEvent<{ instrument: Instrument }> {
  constructor(instrument: Instrument) {
    super('partenariat-load', { ...init, detail: { instrument } });
  }
}

/** Where a result sent to a collector stands (`partenariat-submit`). */
export interface PartenariatSubmitDetail {
  /** `queued`: the person asked to send it; `sent`: the collector has it; `failed`: refused or blocked, not retried; `withdrawn`: deleted at the collector. */
  status: 'queued' | 'sent' | 'failed' | 'withdrawn';
  /** The result's id. */
  id: string;
  /** The collector's receipt, once sent. */
  receipt?: string;
  /** Why it failed: the HTTP status (0 without an answer, -1 when the page's Content-Security-Policy blocked it) and a message in the element's language. */
  error?: { status: number; message: string };
}

export class PartenariatSubmitEvent extends CustomEvent<PartenariatSubmitDetail> {
  constructor(detail: PartenariatSubmitDetail) {
    super('partenariat-submit', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'partenariat-load': PartenariatLoadEvent;
    'partenariat-change': PartenariatChangeEvent;
    'partenariat-complete': PartenariatCompleteEvent;
    'partenariat-error': PartenariatErrorEvent;
    'partenariat-submit': PartenariatSubmitEvent;
  }
}
