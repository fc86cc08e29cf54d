import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { LocalizedElement } from '../../internal/localized-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { InstrumentSchema, type Instrument } from '../../schema/instrument.js';
import { localize, type Text } from '../../schema/text.js';
import { defaultInstrument } from '../../instruments/default.js';
import { PartenariatErrorEvent, type PartenariatErrorCode } from '../../events/events.js';
import { formatDate, formatNumber, formatPercent, inLocale, plural } from '../../internal/localize.js';
import { inlineSize } from '../../internal/inline-size.js';
import { sayIssues } from '../../schema/issues.js';
import { downloadBlob } from '../../internal/download.js';
import { bandFor, scaleRange } from '../checklist/scoring.js';
import { aggregate, type ExclusionReason, type ItemSummary, type Stats, type Summary } from './aggregate.js';
import { SummarySchema } from '../../schema/summary.js';
import { summaryStyles } from './summary.styles.js';
import { inputsStyles } from './inputs.styles.js';
import { resultsStyles } from '../results/results.styles.js';
import { comparisonError, comparisonIssues, comparisonTitle, prepareComparison, renderComparison, type Compared, type CompareProblem } from './compare-view.js';
import { compareStyles } from './compare-view.styles.js';
import { MAX_FILE_BYTES, decodeUtf8, parseResultsText, saysResult, type FileRejectReason, type ParsedFile, type WithheldSummary } from './files.js';
import { summaryCsvLabels, summaryToCsv } from './csv.js';
import { loadText } from './load.js';
// The English of the summary's messages (its own catalogue, loaded with it).
import '../../generated/locales/en-summary.js';


/** How many items each list of common strengths, common work and divergences shows. */
const LISTED = 5;

/** How many of a file's rejects are listed (the rest are counted). */
const REJECTS_LISTED = 20;

/** What is known of a URL's data: not asked, on its way, here, or failed. */
type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'failed'; code: PartenariatErrorCode; detail: string; issues: Array<{ path: string; message: string }> };

/** A file the person added: its name and what it held. */
interface LoadedFile {
  key: number;
  name: string;
  parsed: ParsedFile;
}

/** Where each result summarized came from: the page's `results`, `src`, or a file (by key); its place there. */
interface Origin {
  source: 'page' | 'src' | number;
  index: number;
  line?: number;
}

/** The figure shown, from a collector that holds back its summary while it has too few results. */
type Withheld = Pick<WithheldSummary, 'n' | 'minGroup'>;

/**
 * The picture of a group's self-assessments: how many, where they stand overall, by section and
 * by impact dimension (with their spread), each item's answers, the common strengths and the
 * common work, where views differ most, and groups compared when `group-by` is set. It never
 * names an organization nor ranks them; small groups are never shown apart.
 *
 * Two more views: with `mode="compare"` and exactly two results, the two partners' views item
 * by item, the widest gap first, with both answers in words and each item's recommendation (a
 * discussion guide to print); with a `result` and the group's results or `summary`, that result
 * next to the group's median and spread, never another member's answers.
 *
 * Results come from the `results` property, from `src` (a URL) and from files the person adds
 * (a file picker, or dropped on it): all of them add up into one summary. A summary already made
 * (the `summary` property, `src`, or a file) is shown when there are no results. Files are read
 * on the device: nothing is sent nor kept.
 *
 * @summary The picture of a group's self-assessments.
 *
 * @fires partenariat-error - The results, the summary or the questionnaire given cannot be used,
 *   or `src` / `instrument-src` cannot be loaded; `detail` is `{code, message, issues}` (codes
 *   `summary-invalid`, `summary-network`, `summary-http`, `summary-json`, `instrument-network`,
 *   `instrument-http`, `instrument-json`, `instrument-invalid`, `radar-export` when an image of the
 *   radar cannot be made (the PNG, or the code that makes images, loaded when a person first asks
 *   for one, could not be loaded), and `summary-compare-invalid`, `summary-result-invalid`,
 *   `summary-group-too-small` when the results cannot be compared).
 *
 * @csspart root - The element's box.
 * @csspart table - Each table of figures.
 * @csspart radar - The radar of the group's medians, or of the views compared (a `<partenariat-radar>`).
 * @csspart files - The box to add files of results (picker and drop zone), with the list of files.
 * @csspart downloads - The group of download and print buttons (« Télécharger ou imprimer »).
 * @csspart button - Every button of the element's own (the radar's have their own part), the
 *   discussion guide's print button included.
 *
 * @cssprop --partenariat-summary-accent - Accent colour. Falls back to `--partenariat-color-accent`.
 * @cssprop --partenariat-summary-text - Text colour. Falls back to `--partenariat-color-text`.
 * @cssprop --partenariat-summary-muted - Secondary text colour. Falls back to `--partenariat-color-muted`.
 * @cssprop --partenariat-summary-surface - Background. Falls back to `--partenariat-color-surface`.
 * @cssprop --partenariat-summary-border - Border colour. Falls back to `--partenariat-color-border`.
 * @cssprop --partenariat-summary-max-width - Largest width (60rem).
 */
export class PartenariatSummary extends LocalizedElement {
  static override styles = [sharedStyles, summaryStyles, inputsStyles, compareStyles, resultsStyles];

  /** The results to summarize (`partenariat-result` objects; others are left out with the reason). */
  @property({ attribute: false }) results: unknown[] | undefined;

  /** A summary already made (`partenariat-summary`, version 1), from a collector for instance; used when `results` is not given. */
  @property({ attribute: false }) summary: Summary | undefined;

  /** The questionnaire of the results; the default self-assessment when not given. */
  @property({ attribute: false }) instrument: Instrument | undefined;

  /** A profile field of choices (kind of organization, region) to compare groups by. */
  @property({ attribute: 'group-by' }) groupBy = '';

  /** The smallest group shown apart: 5 by default, never below 3. */
  @property({ type: Number, attribute: 'min-group' }) minGroup = 5;

  /**
   * A URL of results (a JSON array, one result, or NDJSON) or of a summary already made (a
   * collector's `GET /api/campaigns/:id/summary`). Fetched without cookies; its results add up
   * with `results` and the files added.
   */
  @property() src = '';

  /** A URL of the results' questionnaire (a collector's `GET /api/campaigns/:id/instrument`); `instrument` wins when both are given. */
  @property({ attribute: 'instrument-src' }) instrumentSrc = '';

  /**
   * `group` (the default): the group's picture, or, with `result`, that result next to the group.
   * `compare`: two results side by side (the page's, `src`'s or the files'), item by item, the
   * widest gap first.
   */
  @property() mode: 'group' | 'compare' = 'group';

  /** One member's own result, shown next to the group of results or `summary` (never smaller than `min-group`). */
  @property({ attribute: false }) result: unknown;

  /** The names of the two views compared (else each result's organization name, else « Vue A », « Vue B »), or of `result`. */
  @property({ attribute: false }) labels: string[] | undefined;

  @state() private shown: Summary | undefined;
  @state() private active: Instrument | undefined;
  @state() private failure: PartenariatErrorCode | undefined;
  @state() private remote: Remote<ParsedFile> = { status: 'idle' };
  @state() private remoteInstrument: Remote<Instrument> = { status: 'idle' };
  @state() private files: LoadedFile[] = [];
  @state() private withheld: Withheld | undefined;
  @state() private announcement = '';
  @state() private dragging = false;
  @state() private compared: Compared | undefined;
  @state() private problem: CompareProblem | undefined;

  /** Where each result of the last aggregate came from (by its index there). */
  private origins: Origin[] = [];
  /** Whether all the results summarized are the page's (their places need not say where from). */
  private pageOnly = true;
  /** The file whose summary is shown, if one is. */
  private summaryFile: number | undefined;
  private fileKey = 0;
  private srcController: AbortController | undefined;
  private instrumentController: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a load was cut short: load again.
    if (this.hasUpdated && this.src && this.remote.status === 'idle') this.loadSrc();
    if (this.hasUpdated && this.instrumentSrc && this.remoteInstrument.status === 'idle') this.loadInstrumentSrc();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Answers that would come after the element left the page are not waited for.
    for (const controller of [this.srcController, this.instrumentController]) controller?.abort();
    if (this.remote.status === 'loading') this.remote = { status: 'idle' };
    if (this.remoteInstrument.status === 'loading') this.remoteInstrument = { status: 'idle' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.loadSrc();
    if (changed.has('instrumentSrc')) this.loadInstrumentSrc();
    const inputs = ['results', 'summary', 'instrument', 'groupBy', 'minGroup', 'remote', 'remoteInstrument', 'files', 'mode', 'result'];
    if (this.hasUpdated && !inputs.some((p) => (changed as Map<PropertyKey, unknown>).has(p))) return;
    this.failure = undefined;
    this.compared = undefined;
    this.problem = undefined;
    this.withheld = undefined;
    this.origins = [];
    this.summaryFile = undefined;
    const given = this.questionnaire();
    if (!('instrument' in given)) {
      // Waiting for it, or failed (said when the answer came, the event fired then).
      this.shown = undefined;
      this.active = undefined;
      this.failure = given.failed;
      return;
    }
    const instrument = given.instrument;
    const parsed = instrument === defaultInstrument ? { success: true as const, data: defaultInstrument as Instrument } : InstrumentSchema.safeParse(instrument, { reportInput: true });
    if (!parsed.success) return this.fail('instrument-invalid');
    this.active = parsed.data;
    const remote = this.remote.status === 'loaded' ? this.remote.value : undefined;
    const fromFiles = this.files.some((f) => f.parsed.results.length);
    if (this.results || remote?.results.length || fromFiles) {
      if (this.results && !Array.isArray(this.results)) return this.fail('summary-invalid');
      const gathered = this.gather(remote);
      this.shown = aggregate(parsed.data, gathered, { groupBy: this.groupBy || undefined, minGroup: this.minGroup });
      return this.compare(parsed.data, gathered);
    }
    // No results: a summary already made, the latest file's first, then src's, then the page's.
    const fitting = [...this.files].reverse().find((f) => (f.parsed.summary || f.parsed.withheld) && this.fits(f.parsed.summary ?? f.parsed.withheld, parsed.data));
    const made = fitting ? (fitting.parsed.summary ?? fitting.parsed.withheld) : (remote?.summary ?? remote?.withheld ?? this.summary);
    this.summaryFile = fitting?.key;
    if (made) {
      if (!this.fits(made, parsed.data)) return this.fail('summary-invalid');
      if ((made as Partial<WithheldSummary>).withheld === true) {
        const { n, minGroup } = made as WithheldSummary;
        this.withheld = { n, minGroup };
        this.shown = undefined;
      } else this.shown = made as Summary;
    } else if (this.remote.status === 'loading') {
      this.shown = undefined;
    } else {
      this.shown = aggregate(parsed.data, []);
    }
    this.compare(parsed.data, undefined);
  }

  /** The comparison views (compare-view.ts), when asked for: two results, or one against the group. */
  private compare(instrument: Instrument, results: unknown[] | undefined): void {
    if (this.mode !== 'compare' && this.result === undefined) return;
    // Two results are on their way (src): nothing to say yet.
    if (this.mode === 'compare' && !results && this.remote.status === 'loading') return;
    const view = prepareComparison(instrument, { mode: this.mode, results, result: this.result, group: this.shown, minGroup: this.minGroup });
    if (view && 'code' in view) return this.fail(view.code, view);
    this.compared = view;
  }

  private fail(code: PartenariatErrorCode, problem?: CompareProblem): void {
    this.shown = undefined;
    this.failure = code;
    this.problem = problem;
    const message = inLocale(this.locale, () => this.errorMessage(code));
    this.dispatchEvent(new PartenariatErrorEvent({ code, message, issues: problem ? comparisonIssues(problem, message) : [] }));
  }

  /** Fires `partenariat-error` with the message in the element's language. */
  private report(code: PartenariatErrorCode, detail: string, issues: Array<{ path: string; message: string }>): void {
    const message = inLocale(this.locale, () => this.errorMessage(code, detail));
    this.dispatchEvent(new PartenariatErrorEvent({ code, message, issues }));
  }

  // ---- inputs: src, instrument-src, files ----

  /** The questionnaire to use: given, fetched, or the default; none while it is fetched, or when fetching it failed. */
  private questionnaire(): { instrument: unknown } | { failed: PartenariatErrorCode | undefined } {
    if (this.instrument != null || !this.instrumentSrc) return { instrument: this.instrument ?? defaultInstrument };
    const remote = this.remoteInstrument;
    if (remote.status === 'loaded') return { instrument: remote.value };
    return { failed: remote.status === 'failed' ? remote.code : undefined };
  }

  /** Whether a summary made elsewhere is one of `instrument` (same id and version). */
  private fits(made: Summary | WithheldSummary | undefined, instrument: Instrument): boolean {
    const same = made?.format === 'partenariat-summary' && made.version === 1 && made.instrument?.id === instrument.id && made.instrument.version === instrument.version;
    // A summary made elsewhere is checked whole against its published schema before it is drawn.
    return same && ((made as Partial<WithheldSummary>).withheld === true || SummarySchema.safeParse(made).success);
  }

  /** The page's results, then src's, then each file's, in one list; {@link origins} says where each came from. */
  private gather(remote: ParsedFile | undefined): unknown[] {
    const all: unknown[] = [];
    const add = (values: readonly unknown[], source: Origin['source'], lines?: number[]) =>
      values.forEach((value, index) => {
        all.push(value);
        this.origins.push({ source, index, line: lines?.[index] });
      });
    add(this.results ?? [], 'page');
    if (remote) add(remote.results, 'src', remote.lines);
    for (const file of this.files) add(file.parsed.results, file.key, file.parsed.lines);
    this.pageOnly = all.length === (this.results?.length ?? 0);
    return all;
  }

  private loadSrc(): void {
    this.srcController?.abort();
    this.srcController = undefined;
    if (!this.src) {
      this.remote = { status: 'idle' };
      return;
    }
    const controller = new AbortController();
    this.srcController = controller;
    this.remote = { status: 'loading' };
    void loadText(this.src, controller.signal).then((loaded) => {
      // A newer src (or the element leaving the page) made this answer stale.
      if (controller.signal.aborted) return;
      let failed: { code: PartenariatErrorCode; detail: string } | undefined;
      let parsed: ParsedFile | undefined;
      if (!loaded.ok) failed = { code: loaded.reason === 'http' ? 'summary-http' : loaded.reason === 'encoding' ? 'summary-json' : 'summary-network', detail: loaded.detail };
      else {
        parsed = parseResultsText(loaded.text);
        const reason = parsed.rejects[0]?.reason;
        // The page's own source: when nothing in it even says it is a result, the address is wrong.
        const usable = parsed.results.some(saysResult) || parsed.summary || parsed.withheld;
        if (!usable) failed = { code: reason === 'not-json' || reason === 'empty' ? 'summary-json' : 'summary-invalid', detail: '' };
      }
      if (failed) {
        this.remote = { status: 'failed', ...failed, issues: [] };
        this.report(failed.code, failed.detail, []);
      } else this.remote = { status: 'loaded', value: parsed! };
    });
  }

  private loadInstrumentSrc(): void {
    this.instrumentController?.abort();
    this.instrumentController = undefined;
    if (!this.instrumentSrc) {
      this.remoteInstrument = { status: 'idle' };
      return;
    }
    const controller = new AbortController();
    this.instrumentController = controller;
    this.remoteInstrument = { status: 'loading' };
    void loadText(this.instrumentSrc, controller.signal).then((loaded) => {
      if (controller.signal.aborted) return;
      const failed = (code: PartenariatErrorCode, detail: string, issues: Array<{ path: string; message: string }> = []) => {
        this.remoteInstrument = { status: 'failed', code, detail, issues };
        // Said only when the page gave no questionnaire of its own (which wins).
        if (this.instrument == null) this.report(code, detail, issues);
      };
      if (!loaded.ok) return failed(loaded.reason === 'http' ? 'instrument-http' : loaded.reason === 'encoding' ? 'instrument-json' : 'instrument-network', loaded.detail);
      let data: unknown;
      try {
        data = JSON.parse(loaded.text.replace(/^\uFEFF/, ''));
      } catch (error) {
        return failed('instrument-json', String((error as Error)?.message ?? error));
      }
      const parsed = InstrumentSchema.safeParse(data, { reportInput: true });
      if (!parsed.success) {
        const issues = inLocale(this.locale, () => sayIssues(parsed.error.issues));
        return failed('instrument-invalid', '', issues);
      }
      this.remoteInstrument = { status: 'loaded', value: parsed.data };
    });
  }

  /** Reads the files given (picked or dropped), adds them to those already here and says what was added. */
  private async addFiles(list: Iterable<File>): Promise<void> {
    const picked = [...list];
    if (!picked.length) return;
    // Large files take a moment: say so, which also lets the same result said again be heard.
    this.announcement = inLocale(this.locale, () => msg('Lecture des fichiers…', { id: 'summary.files.reading' }));
    const added: LoadedFile[] = [];
    for (const file of picked) {
      let parsed: ParsedFile;
      if (file.size > MAX_FILE_BYTES) parsed = { results: [], rejects: [{ reason: 'too-large' }] };
      else {
        try {
          const text = decodeUtf8(await file.arrayBuffer());
          parsed = text === undefined ? { results: [], rejects: [{ reason: 'not-utf8' }] } : parseResultsText(text);
        } catch {
          parsed = { results: [], rejects: [{ reason: 'unreadable' }] };
        }
      }
      added.push({ key: ++this.fileKey, name: file.name, parsed });
    }
    this.files = [...this.files, ...added];
    await this.updateComplete;
    this.announcement = inLocale(this.locale, () => this.addedMessage(added));
  }

  private removeFile(key: number | 'all'): void {
    const gone = key === 'all' ? this.files : this.files.filter((f) => f.key === key);
    this.files = key === 'all' ? [] : this.files.filter((f) => f.key !== key);
    this.announcement = inLocale(this.locale, () =>
      key === 'all' || gone.length !== 1
        ? msg('Tous les fichiers ont été retirés.', { id: 'summary.files.removed-all' })
        : msg(str`Fichier « ${gone[0].name} » retiré.`, { id: 'summary.files.removed' }),
    );
    // The button pressed is gone: the person goes on from the file picker.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#files-input')?.focus());
  }

  /** What a file gave: results counted, and each thing left out (its own, and aggregate's), with where. */
  private fileReport(file: LoadedFile): { counted: number; rejects: Array<{ where?: number; line?: number; reason: FileRejectReason | ExclusionReason }> } {
    const rejects: Array<{ where?: number; line?: number; reason: FileRejectReason | ExclusionReason }> = file.parsed.rejects.map((r) => ({ line: r.line, reason: r.reason }));
    let left = 0;
    for (const e of this.shown?.excluded ?? []) {
      const origin = this.origins[e.index];
      if (origin?.source !== file.key) continue;
      left++;
      rejects.push({ where: origin.index + 1, line: origin.line, reason: e.reason });
    }
    rejects.sort((a, b) => (a.line ?? a.where ?? 0) - (b.line ?? b.where ?? 0));
    const counted = this.origins.some((o) => o.source === file.key) ? file.parsed.results.length - left : 0;
    return { counted, rejects };
  }

  private async download(kind: 'json' | 'csv' | 'svg' | 'png'): Promise<void> {
    const summary = this.shown;
    const instrument = this.active;
    if (!summary || !instrument) return;
    const name = `portrait-${instrument.id}-${summary.generatedAt.slice(0, 10)}`;
    if (kind === 'json') {
      downloadBlob(this.renderRoot, new Blob([`${JSON.stringify(summary, null, 2)}\n`], { type: 'application/json' }), `${name}.json`);
      return;
    }
    if (kind === 'csv') {
      const text = summaryToCsv(summary, instrument, this.locale, inLocale(this.locale, () => summaryCsvLabels()));
      downloadBlob(this.renderRoot, new Blob([text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      return;
    }
    const radar = this.renderRoot.querySelector('partenariat-radar');
    const root = radar?.shadowRoot;
    const chart = root?.querySelector<SVGSVGElement>('svg.radar');
    if (!root || !chart) return;
    let failure = 'load';
    try {
      // Fetched the first time a person asks for an image (src/components/radar/export.ts).
      const { downloadImage } = await import('../radar/export.js');
      failure = kind;
      await downloadImage(kind, chart, [], root, `${name}-radar`);
    } catch {
      this.report('radar-export', failure, []);
    }
  }

  // ---- handlers ----

  private readonly handleFilesChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const picked = [...(input.files ?? [])];
    // The same file may be picked again (after it was changed, say).
    input.value = '';
    void this.addFiles(picked);
  };

  private readonly handleDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly handleDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (!zone.contains(event.relatedTarget as Node | null)) this.dragging = false;
  };

  private readonly handleDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    void this.addFiles(event.dataTransfer?.files ?? []);
  };

  // ---- render helpers ----

  private errorMessage(code: PartenariatErrorCode, detail = ''): string {
    if (this.problem) return comparisonError(this.problem);
    switch (code) {
      case 'instrument-invalid':
        return msg('Le questionnaire donné ne respecte pas le format attendu.', { id: 'summary.error.instrument' });
      case 'instrument-network':
        return msg('Le questionnaire n’a pas pu être téléchargé : la connexion a échoué.', { id: 'summary.error.instrument-network' });
      case 'instrument-http':
        return msg(str`Le questionnaire n’a pas pu être téléchargé (réponse du serveur : ${detail}).`, { id: 'summary.error.instrument-http' });
      case 'instrument-json':
        return msg('Le fichier du questionnaire n’est pas du JSON valide.', { id: 'summary.error.instrument-json' });
      case 'summary-network':
        return msg('Les résultats n’ont pas pu être téléchargés : la connexion a échoué.', { id: 'summary.error.network' });
      case 'summary-http':
        return msg(str`Les résultats n’ont pas pu être téléchargés (réponse du serveur : ${detail}).`, { id: 'summary.error.http' });
      case 'summary-json':
        return msg('La réponse reçue pour les résultats n’est ni du JSON ni du NDJSON.', { id: 'summary.error.json' });
      case 'radar-export':
        // `detail`: the image asked for (`svg`, `png`), or `load` when the code that makes them could not be loaded.
        return detail !== 'png'
          ? msg('L’image du radar n’a pas pu être créée ; rechargez la page pour réessayer.', { id: 'summary.error.export' })
          : msg('L’image PNG du radar n’a pas pu être créée ; le format SVG reste disponible.', { id: 'summary.error.png' });
      default:
        return msg('Ces données ne sont ni des résultats ni un portrait de ce questionnaire (même identifiant et même version).', {
          id: 'summary.error.data',
        });
    }
  }

  /** What was added, for the status region: how many files, results counted and left out. */
  private addedMessage(added: LoadedFile[]): string {
    const reports = added.map((f) => this.fileReport(f));
    const counted = reports.reduce((sum, r) => sum + r.counted, 0);
    const left = reports.reduce((sum, r) => sum + r.rejects.length, 0);
    const files = added.length;
    const what = plural(
      this.locale,
      files,
      () => msg(str`${files} fichier ajouté`, { id: 'summary.files.added.one' }),
      () => msg(str`${files} fichiers ajoutés`, { id: 'summary.files.added' }),
    );
    const results = this.countedText(counted);
    const summaries = added.filter((f) => f.parsed.summary || f.parsed.withheld).length;
    const rejected = left ? this.leftText(left) : '';
    const parts = [summaries && !counted ? msg('un portrait déjà fait', { id: 'summary.files.made' }) : results, rejected].filter(Boolean);
    return `${what}${this.colon()}${parts.join(', ')}.`;
  }

  /** « n° 3 »: a result's place in a list. */
  private nth(n: number): string {
    return msg(str`n° ${n}`, { id: 'summary.excluded.index' });
  }

  /** « ligne 3 »: a line of a file. */
  private lineNo(n: number): string {
    return msg(str`ligne ${n}`, { id: 'summary.where.line' });
  }

  private countedText(count: number): string {
    return plural(
      this.locale,
      count,
      () => msg(str`${count} résultat compté`, { id: 'summary.files.counted.one' }),
      () => msg(str`${count} résultats comptés`, { id: 'summary.files.counted' }),
    );
  }

  private leftText(count: number): string {
    return plural(
      this.locale,
      count,
      () => msg(str`${count} élément laissé de côté`, { id: 'summary.files.left.one' }),
      () => msg(str`${count} éléments laissés de côté`, { id: 'summary.files.left' }),
    );
  }

  private moreText(count: number): string {
    return msg(str`et ${count} autres`, { id: 'summary.files.more' });
  }

  private colon(): string {
    return this.locale === 'fr' ? '\u00a0: ' : ': ';
  }

  /** Why a file, or a result in it, was left out. */
  private fileReason(reason: FileRejectReason | ExclusionReason): string {
    switch (reason) {
      case 'too-large':
        return msg(str`fichier trop gros (plus de ${formatNumber(MAX_FILE_BYTES / 1024 / 1024, this.locale)} Mo) : il n’a pas été lu`, { id: 'summary.files.too-large' });
      case 'unreadable':
        return msg('le fichier n’a pas pu être lu', { id: 'summary.files.unreadable' });
      case 'not-utf8':
        return msg('le fichier n’est pas en UTF-8 : il n’a pas été lu', { id: 'summary.files.not-utf8' });
      case 'empty':
        return msg('fichier vide', { id: 'summary.files.empty' });
      case 'not-json':
        return msg('pas du JSON', { id: 'summary.files.not-json' });
      case 'not-result':
        return msg('pas un résultat', { id: 'summary.files.not-result' });
      case 'summary-version':
        return msg('un portrait d’une version que cet élément ne lit pas', { id: 'summary.files.summary-version' });
      case 'summary-malformed':
        return msg('un portrait incomplet (ses chiffres manquent)', { id: 'summary.files.summary-malformed' });
      default:
        return this.reason(reason);
    }
  }

  /** Where a result left out was: its line, or its place, in a file or in src; its place in `results`. */
  private excludedWhere(index: number): string {
    const origin = this.origins[index];
    const file = typeof origin?.source === 'number' ? this.files.find((f) => f.key === origin.source) : undefined;
    const place = (o: Origin) => (o.line !== undefined ? this.lineNo(o.line) : this.nth(o.index + 1));
    if (!origin || (origin.source === 'page' && this.pageOnly)) return this.nth(index + 1);
    if (file) return msg(str`« ${file.name} », ${place(origin)}`, { id: 'summary.where.file' });
    if (origin.source === 'src') return msg(str`adresse des résultats, ${place(origin)}`, { id: 'summary.where.src' });
    return msg(str`propriété results, ${place(origin)}`, { id: 'summary.where.page' });
  }

  private t(text: Text | undefined): string {
    return localize(text, this.locale);
  }

  private percent(value: number | null): string {
    return value === null ? '—' : formatPercent(value, this.locale);
  }

  private range(low: number | null, high: number | null): string {
    return low === null || high === null ? '—' : `${this.percent(low)} – ${this.percent(high)}`;
  }

  private reason(reason: ExclusionReason): string {
    switch (reason) {
      case 'invalid':
        return msg('pas un résultat valide', { id: 'summary.excluded.invalid' });
      case 'other-instrument':
        return msg('un autre questionnaire', { id: 'summary.excluded.other-instrument' });
      case 'other-version':
        return msg('une autre version du questionnaire', { id: 'summary.excluded.other-version' });
      default:
        return msg('une copie plus ancienne d’un même résultat', { id: 'summary.excluded.duplicate' });
    }
  }

  /** An item's median answer in percent of the scale, as its band is read. */
  private itemPercent(item: ItemSummary): number | null {
    if (item.median === null) return null;
    const { min, max } = scaleRange(this.active!);
    return ((item.median - min) / (max - min)) * 100;
  }

  private renderStatsTable(summary: Summary): TemplateResult {
    const instrument = this.active!;
    const row = (label: string, s: Stats) => html`<tr>
      <th scope="row">${label}</th>
      <td class="num">${formatNumber(s.n, this.locale)}</td>
      <td class="num">${this.percent(s.median)}</td>
      <td class="num">${this.range(s.q1, s.q3)}</td>
      <td class="num">${this.range(s.min, s.max)}</td>
    </tr>`;
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="stats-caption">
      <table part="table">
        <caption id="stats-caption">${msg('Le groupe en chiffres', { id: 'summary.stats.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Volet', { id: 'summary.stats.group' })}</th>
            <th scope="col">${msg('Résultats comptés', { id: 'summary.stats.n' })}</th>
            <th scope="col">${msg('Médiane', { id: 'summary.stats.median' })}</th>
            <th scope="col">${msg('Moitié centrale (1er au 3e quartile)', { id: 'summary.stats.iqr' })}</th>
            <th scope="col">${msg('Du plus bas au plus haut', { id: 'summary.stats.range' })}</th>
          </tr>
        </thead>
        <tbody>
          ${row(msg('Résultat global', { id: 'summary.overall' }), summary.overall)}
          ${summary.sections.map((s, i) => {
            const title = this.t(instrument.sections[i]?.title);
            return row(instrument.sections[i]?.inOverall === false ? msg(str`${title} (à part du résultat global)`, { id: 'summary.apart' }) : title, s);
          })}
          ${summary.dimensions.map((d, i) => row(msg(str`Impact : ${this.t(instrument.dimensions?.[i]?.label)}`, { id: 'summary.dimension' }), d))}
        </tbody>
      </table>
    </div>`;
  }

  private renderBands(stats: Stats): TemplateResult {
    const bands = [...this.active!.bands].sort((a, b) => b.min - a.min);
    return html`<ul class="bands">
      ${bands.map((band) => {
        const count = stats.bands[band.id] ?? 0;
        return html`<li>
          <span>${this.t(band.label)}</span>
          <span class="num">${plural(
            this.locale,
            count,
            () => msg(str`${count} résultat`, { id: 'summary.bands.count.one' }),
            () => msg(str`${count} résultats`, { id: 'summary.bands.count' }),
          )}</span>
          <span class="meter" aria-hidden="true"><span ${inlineSize(stats.n ? (count / stats.n) * 100 : 0)}></span></span>
        </li>`;
      })}
    </ul>`;
  }

  private renderRadar(summary: Summary): TemplateResult | typeof nothing {
    const dimensions = this.active!.dimensions ?? [];
    if (dimensions.length < 3 || !summary.overall.n) return nothing;
    const pick = (key: 'median' | 'min' | 'max') => Object.fromEntries(summary.dimensions.map((d) => [d.id, d[key]]));
    return html`<partenariat-radar
      part="radar"
      class="group-radar"
      lang=${this.locale}
      .axes=${dimensions.map((d) => ({ id: d.id, label: d.label }))}
      .series=${[
        // The band runs from the lowest result to the highest, as the radar's legend says; the
        // quartiles are in the table below.
        { label: msg('Médiane du groupe', { id: 'summary.radar.series' }), values: pick('median'), low: pick('min'), high: pick('max') },
      ]}
      label=${msg('Dimensions de l’impact, pour le groupe', { id: 'summary.radar.title' })}
    ></partenariat-radar>`;
  }

  /** Common strengths, common work and divergences: lists of items, with their figures in words. */
  private renderHighlights(summary: Summary): TemplateResult {
    const instrument = this.active!;
    const byId = new Map(summary.items.map((item) => [item.id, item]));
    const text = (id: string) => this.t(instrument.items.find((i) => i.id === id)?.text);
    const scored = summary.items
      .map((item) => ({ item, percent: this.itemPercent(item) }))
      .filter((x): x is { item: ItemSummary; percent: number } => x.percent !== null);
    const strongest = [...instrument.bands].sort((a, b) => b.min - a.min)[0];
    const strengths = scored.filter((x) => bandFor(instrument, x.percent)?.id === strongest?.id).sort((a, b) => b.percent - a.percent);
    const work = scored.filter((x) => bandFor(instrument, x.percent)?.recommend).sort((a, b) => a.percent - b.percent);
    const medianText = (x: { item: ItemSummary; percent: number }) =>
      msg(str`médiane : ${this.t(instrument.scale.choices.find((c) => c.value === x.item.median)?.label) || formatNumber(x.item.median!, this.locale)}`, {
        id: 'summary.item.median',
      });
    const list = (entries: Array<{ item: ItemSummary; percent: number }>, empty: string) =>
      entries.length
        ? html`<ul>${entries.slice(0, LISTED).map((x) => html`<li>${text(x.item.id)} <span class="muted">(${medianText(x)})</span></li>`)}</ul>`
        : html`<p class="muted">${empty}</p>`;
    return html`<h3>${msg('Points forts communs', { id: 'summary.strengths' })}</h3>
      ${list(strengths, msg('Aucun énoncé n’a sa médiane au plus haut niveau.', { id: 'summary.strengths.none' }))}
      <h3>${msg('Chantiers communs', { id: 'summary.work' })}</h3>
      ${list(work, msg('Aucun énoncé n’a sa médiane dans un niveau à travailler.', { id: 'summary.work.none' }))}
      <h3>${msg('Là où les avis divergent', { id: 'summary.divergent' })}</h3>
      ${summary.widestSpread.length
        ? html`<ul>
            ${summary.widestSpread.map((id) => {
              const item = byId.get(id)!;
              return html`<li>
                ${text(id)}
                <span class="muted">(${msg(str`écart type : ${formatNumber(item.spread!, this.locale, { maximumFractionDigits: 1 })} % de l’échelle`, { id: 'summary.item.spread' })})</span>
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">${msg('Les réponses ne divergent sur aucun énoncé.', { id: 'summary.divergent.none' })}</p>`}`;
  }

  private renderItems(summary: Summary): TemplateResult {
    const instrument = this.active!;
    const choices = instrument.scale.choices;
    const { notApplicable: na, dontKnow: dk } = instrument.scale;
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="items-caption">
      <table part="table" class="items">
        <caption id="items-caption">${msg('Les réponses, énoncé par énoncé (nombre de résultats)', { id: 'summary.items.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Énoncé', { id: 'summary.items.item' })}</th>
            ${choices.map((c) => html`<th scope="col">${this.t(c.label)}</th>`)}
            ${na ? html`<th scope="col">${this.t(na.label)}</th>` : nothing}
            ${dk ? html`<th scope="col">${this.t(dk.label)}</th>` : nothing}
            <th scope="col">${msg('Sans réponse', { id: 'summary.items.blank' })}</th>
            <th scope="col">${msg('Répartition', { id: 'summary.items.bar' })}</th>
          </tr>
        </thead>
        <tbody>
          ${summary.items.map((item, index) => {
            const dontKnow = item.dontKnow ?? 0;
            const total = choices.reduce((sum, c) => sum + (item.counts[String(c.value)] ?? 0), 0) + item.notApplicable + dontKnow;
            const share = (count: number) => (total ? (count / total) * 100 : 0);
            return html`<tr>
              <th scope="row">${index + 1}. ${this.t(instrument.items.find((i) => i.id === item.id)?.text)}</th>
              ${choices.map((c) => html`<td class="num">${item.counts[String(c.value)] ?? 0}</td>`)}
              ${na ? html`<td class="num">${item.notApplicable}</td>` : nothing}
              ${dk ? html`<td class="num">${dontKnow}</td>` : nothing}
              <td class="num">${item.unanswered}</td>
              <td>
                <span class="stack" aria-hidden="true">
                  ${choices.map((c, i) => html`<span class=${`c${Math.round((i / Math.max(1, choices.length - 1)) * 4)}`} ${inlineSize(share(item.counts[String(c.value)] ?? 0))}></span>`)}
                  ${na ? html`<span class="na" ${inlineSize(share(item.notApplicable))}></span>` : nothing}
                  ${dk ? html`<span class="dk" ${inlineSize(share(dontKnow))}></span>` : nothing}
                </span>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderGroups(summary: Summary): TemplateResult | typeof nothing {
    const groups = summary.groups;
    if (!groups) return nothing;
    const field = this.active!.profile?.find((f) => f.id === groups.by);
    return html`<h3>${msg(str`Par groupe : ${this.t(field?.label)}`, { id: 'summary.groups.heading' })}</h3>
      <p class="muted">
        ${msg(str`Un groupe de moins de ${groups.minGroup} résultats n’est jamais montré à part : les petits groupes sont réunis dans « Autres ».`, {
          id: 'summary.groups.rule',
        })}
        ${groups.hidden
          ? msg(str`Résultats non montrés par groupe, trop peu nombreux : ${groups.hidden}.`, { id: 'summary.groups.hidden' })
          : nothing}
      </p>
      ${groups.shown.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="groups-caption">
            <table part="table">
              <caption id="groups-caption">${msg('Les groupes comparés (résultat global)', { id: 'summary.groups.caption' })}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Groupe', { id: 'summary.groups.group' })}</th>
                  <th scope="col">${msg('Résultats comptés', { id: 'summary.stats.n' })}</th>
                  <th scope="col">${msg('Médiane', { id: 'summary.stats.median' })}</th>
                  <th scope="col">${msg('Moitié centrale (1er au 3e quartile)', { id: 'summary.stats.iqr' })}</th>
                </tr>
              </thead>
              <tbody>
                ${groups.shown.map(
                  (g) => html`<tr>
                    <th scope="row">${g.value === null ? msg('Autres', { id: 'summary.groups.others' }) : this.t(g.label) || g.value}</th>
                    <td class="num">${g.n}</td>
                    <td class="num">${this.percent(g.overall.median)}</td>
                    <td class="num">${this.range(g.overall.q1, g.overall.q3)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}`;
  }

  /** The days of the first and last results counted (the day alone when they are on one day). */
  private renderPeriod({ from, to }: Summary['period']): string | typeof nothing {
    if (!from || !to) return nothing;
    const first = formatDate(from, this.locale);
    const last = formatDate(to, this.locale);
    return first === last
      ? msg(str`Le ${first}.`, { id: 'summary.period.day' })
      : msg(str`Du ${first} au ${last}.`, { id: 'summary.period' });
  }

  private renderSummary(summary: Summary): TemplateResult {
    const { n, period, excluded } = summary;
    return html`<p class="lead">
        ${plural(
          this.locale,
          n,
          () => msg(str`${n} résultat compté.`, { id: 'summary.n.one' }),
          () => msg(str`${n} résultats comptés.`, { id: 'summary.n' }),
        )}
        ${this.renderPeriod(period)}
      </p>
      ${excluded.length
        ? html`<details>
            <summary>
              ${plural(
                this.locale,
                excluded.length,
                () => msg(str`${excluded.length} résultat laissé de côté`, { id: 'summary.excluded.one' }),
                () => msg(str`${excluded.length} résultats laissés de côté`, { id: 'summary.excluded' }),
              )}
            </summary>
            <ul>
              ${excluded.map(
                (e) => html`<li>${this.excludedWhere(e.index)}${e.id ? html` (<code>${e.id}</code>)` : nothing}${this.locale === 'fr' ? '\u00a0: ' : ': '}${this.reason(e.reason)}</li>`,
              )}
            </ul>
          </details>`
        : nothing}
      ${n
        ? html`<h3>${msg('Répartition par niveau (résultat global)', { id: 'summary.bands' })}</h3>
            ${this.renderBands(summary.overall)} ${this.renderRadar(summary)} ${this.renderStatsTable(summary)}
            ${this.renderHighlights(summary)} ${this.renderGroups(summary)}
            <h3>${msg('Énoncé par énoncé', { id: 'summary.items' })}</h3>
            ${this.renderItems(summary)}`
        : html`<p>${msg('Aucun résultat à résumer pour l’instant.', { id: 'summary.empty' })}</p>`}`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const loading = [
      this.remoteInstrument.status === 'loading' && this.instrument == null ? msg('Chargement du questionnaire…', { id: 'summary.loading.instrument' }) : '',
      this.remote.status === 'loading' ? msg('Chargement des résultats…', { id: 'summary.loading.results' }) : '',
    ].filter(Boolean);
    return loading.length ? html`<p class="loading" role="status">${loading.join(' ')}</p>` : nothing;
  }

  private renderFailure(code: PartenariatErrorCode, detail: string, issues: Array<{ path: string; message: string }>): TemplateResult {
    return html`<div class="notice error" role="alert">
      <p>${this.errorMessage(code, detail)}</p>
      ${issues.length
        ? html`<ul>${issues.slice(0, 10).map((i) => html`<li><code>${i.path}</code>${this.colon()}${i.message}</li>`)}</ul>`
        : nothing}
    </div>`;
  }

  /** What the answer of `src` held that could not be read (NDJSON lines that are not JSON…). */
  private renderSrcRejects(): TemplateResult | typeof nothing {
    const rejects = this.remote.status === 'loaded' ? this.remote.value.rejects : [];
    if (!rejects.length) return nothing;
    return html`<div class="src-rejects">
      <p>${msg('Dans la réponse de l’adresse des résultats', { id: 'summary.src.rejects' })}${this.colon()}${this.leftText(rejects.length)}</p>
      <ul class="rejects">
        ${rejects.slice(0, REJECTS_LISTED).map((r) => html`<li>${r.line !== undefined ? `${this.lineNo(r.line)}${this.colon()}` : nothing}${this.fileReason(r.reason)}</li>`)}
        ${rejects.length > REJECTS_LISTED ? html`<li>${this.moreText(rejects.length - REJECTS_LISTED)}</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderWithheld(w: Withheld): TemplateResult {
    return html`<p class="lead">
      ${plural(
        this.locale,
        w.n,
        () => msg(str`${w.n} résultat reçu.`, { id: 'summary.withheld.n.one' }),
        () => msg(str`${w.n} résultats reçus.`, { id: 'summary.withheld.n' }),
      )}
      ${msg(str`Le portrait sera montré à partir de ${w.minGroup} résultats, pour qu’aucun membre ne puisse être reconnu.`, { id: 'summary.withheld' })}
    </p>`;
  }

  private renderFile(file: LoadedFile): TemplateResult {
    const { counted, rejects } = this.fileReport(file);
    const made = file.parsed.summary ?? file.parsed.withheld;
    let what: string;
    if (made) {
      const n = made.n;
      const state =
        this.summaryFile === file.key
          ? msg('montré', { id: 'summary.files.made.shown' })
          : this.active && !this.fits(made, this.active)
            ? msg('non montré : il est d’un autre questionnaire ou d’une autre version', { id: 'summary.files.made.other' })
            : this.shown && this.origins.length
              ? msg('non montré : des résultats sont chargés, et un portrait ne s’additionne pas à des résultats', { id: 'summary.files.made.results' })
              : msg('non montré : un portrait ajouté après lui est montré', { id: 'summary.files.made.later' });
      what = msg(str`un portrait déjà fait, de ${n} résultats (${state})`, { id: 'summary.files.made.n' });
    } else {
      what = this.countedText(counted);
    }
    const shown = rejects.slice(0, REJECTS_LISTED);
    const more = rejects.length - shown.length;
    return html`<li>
      <span class="file-name"><bdi>${file.name}</bdi></span>${this.colon()}${what}${rejects.length
        ? html`, ${this.leftText(rejects.length)}${this.colon()}
          <ul class="rejects">
            ${shown.map(
              (r) =>
                html`<li>${r.line !== undefined
                  ? `${this.lineNo(r.line)}${this.colon()}`
                  : r.where !== undefined
                    ? `${this.nth(r.where)}${this.colon()}`
                    : nothing}${this.fileReason(r.reason)}</li>`,
            )}
            ${more > 0 ? html`<li>${this.moreText(more)}</li>` : nothing}
          </ul>`
        : '.'}
      <button type="button" part="button" class="remove" @click=${() => this.removeFile(file.key)}>
        ${msg('Retirer', { id: 'summary.files.remove' })}<span class="visually-hidden"> ${file.name}</span>
      </button>
    </li>`;
  }

  private renderFiles(): TemplateResult {
    return html`<section class="files" part="files" aria-labelledby="files-heading">
      <h3 id="files-heading">${msg('Fichiers de résultats', { id: 'summary.files.heading' })}</h3>
      <div
        class=${this.dragging ? 'drop dragging' : 'drop'}
        @dragenter=${this.handleDragOver}
        @dragover=${this.handleDragOver}
        @dragleave=${this.handleDragLeave}
        @drop=${this.handleDrop}
      >
        <label for="files-input">${msg('Ajouter des fichiers de résultats', { id: 'summary.files.add' })}</label>
        <input
          id="files-input"
          type="file"
          multiple
          accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
          aria-describedby="files-hint"
          @change=${this.handleFilesChange}
        />
        <p id="files-hint" class="muted">
          ${msg(
            str`Un ou plusieurs fichiers JSON ou NDJSON (une ligne par résultat), de ${formatNumber(MAX_FILE_BYTES / 1024 / 1024, this.locale)} Mo au plus chacun ; vous pouvez aussi les déposer ici. Leurs résultats s’ajoutent à ceux déjà là. Les fichiers sont lus sur cet appareil : rien n’est envoyé ni gardé.`,
            { id: 'summary.files.hint' },
          )}
        </p>
      </div>
      <p class="announce" role="status">${this.announcement}</p>
      ${this.files.length
        ? html`<ul class="file-list">
              ${this.files.map((f) => this.renderFile(f))}
            </ul>
            <button type="button" part="button" @click=${() => this.removeFile('all')}>${msg('Tout retirer', { id: 'summary.files.remove-all' })}</button>`
        : nothing}
    </section>`;
  }

  private renderDownloads(summary: Summary): TemplateResult {
    const radar = (this.active?.dimensions?.length ?? 0) >= 3 && summary.overall.n > 0;
    return html`<div class="downloads" part="downloads" role="group" aria-labelledby="downloads-label">
      <span id="downloads-label" class="group-label">${msg('Télécharger ou imprimer', { id: 'summary.download' })}</span>
      <button type="button" part="button" @click=${() => this.download('json')}>${msg('Le portrait (JSON)', { id: 'summary.download.json' })}</button>
      <button type="button" part="button" @click=${() => this.download('csv')}>${msg('Les chiffres (CSV)', { id: 'summary.download.csv' })}</button>
      ${radar
        ? html`<button type="button" part="button" @click=${() => this.download('svg')}>${msg('Le radar (SVG)', { id: 'summary.download.svg' })}</button>
            <button type="button" part="button" @click=${() => this.download('png')}>${msg('Le radar (PNG)', { id: 'summary.download.png' })}</button>`
        : nothing}
      <button type="button" part="button" @click=${() => window.print()}>${msg('Imprimer', { id: 'summary.print' })}</button>
    </div>`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const remoteFailure = this.remote.status === 'failed' ? this.remote : undefined;
    const instrumentFailure = this.remoteInstrument.status === 'failed' && this.failure === this.remoteInstrument.code ? this.remoteInstrument : undefined;
    return inLocale(
      locale,
      () => html`<div class="root" part="root" lang=${locale}>
        <h2>${comparisonTitle(this.mode, this.result) ?? msg('Portrait du groupe', { id: 'summary.title' })}${this.active ? html` — ${this.t(this.active.title)}` : nothing}</h2>
        ${this.renderStatus()}
        ${remoteFailure ? this.renderFailure(remoteFailure.code, remoteFailure.detail, []) : this.renderSrcRejects()}
        ${this.failure
          ? this.renderFailure(this.failure, instrumentFailure?.detail ?? '', instrumentFailure?.issues ?? [])
          : this.compared
            ? renderComparison({ locale, instrument: this.active!, labels: this.labels }, this.compared)
            : this.withheld
            ? this.renderWithheld(this.withheld)
            : this.shown && !(remoteFailure && !this.origins.length && !this.summary && !this.results)
              ? html`${this.renderSummary(this.shown)} ${this.shown.n ? this.renderDownloads(this.shown) : nothing}`
              : nothing}
        ${this.renderFiles()}
      </div>`,
    );
  }
}
