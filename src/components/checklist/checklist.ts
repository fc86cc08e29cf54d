import { html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../../internal/localized-element.js';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { InstrumentSchema, type Instrument, type Item, type ProfileField, type Section } from '../../schema/instrument.js';
import { DONT_KNOW, NOT_APPLICABLE, type Answer, type Answers, type Profile, type Result } from '../../schema/result.js';
import { localize, type Text } from '../../schema/text.js';
import { defaultInstrument } from '../../instruments/default.js';
import {
  PartenariatSubmitEvent,
  PartenariatChangeEvent,
  PartenariatCompleteEvent,
  PartenariatErrorEvent,
  PartenariatLoadEvent,
  type PartenariatErrorCode,
  type PartenariatErrorDetail,
} from '../../events/events.js';
import {
  formatDateTime,
  formatPercent,
  inLocale,
  plural,
} from '../../internal/localize.js';
import { sayIssues } from '../../schema/issues.js';
import { inlineSize } from '../../internal/inline-size.js';
import { bandLabel, renderRecommendations, renderScoreList, renderScoreTable, scoreRows } from '../results/results-view.js';
import { downloadBlob } from '../../internal/download.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { checklistStyles } from './checklist.styles.js';
import { resultsStyles } from '../results/results.styles.js';
import { keepValidAnswers, unansweredItems } from './scoring.js';
import { ProgressStore, SavedProgressSchema, progressFits, toAutosaveMode, type AutosaveMode, type SavedProgress } from './storage.js';
import { buildResult, newId, type Progress } from './result.js';
import { mergeProgress, sameProgress, stamp } from './merge.js';
import { own } from '../../internal/records.js';
import { attempt, campaignOf, settleAttempt, type Outgoing } from './outbox.js';
// The English of this folder's messages.
import '../../generated/locales/en-checklist.js';

/** The id of the words of the consent to send, which travels with the result: change it when they change. */
const SEND_CONSENT_WORDING = 'send-consent-2';

type Step = 'intro' | 'review' | 'results' | `section:${string}`;

/**
 * Questionnaires already validated, by the object given: several elements on a page often share
 * one. The built-in questionnaire is checked by the test suite, not on every page load.
 */
const validated = new WeakMap<object, Instrument>([[defaultInstrument, defaultInstrument as Instrument]]);

/** Each item's number (from 1) in its questionnaire, worked out once per questionnaire. */
const numbers = new WeakMap<Instrument, Map<Item, number>>();
function numberOf(instrument: Instrument, item: Item): number {
  let map = numbers.get(instrument);
  if (!map) numbers.set(instrument, (map = new Map(instrument.items.map((it, i) => [it, i + 1]))));
  return map.get(item) ?? 0;
}

const INTRO: Step = 'intro';
const sectionStep = (id: string): Step => `section:${id}`;

/** The progress that `saved` holds. */
function progressOf(saved: SavedProgress): Progress {
  const { id, startedAt, updatedAt, completedAt, answers, profile, outbox } = saved;
  return { id, startedAt, updatedAt, completedAt, answers, profile, outbox, times: saved.times ?? { answers: {}, profile: {} } };
}

function freshProgress(): Progress {
  const now = new Date().toISOString();
  return { id: newId(), startedAt: now, updatedAt: now, completedAt: null, answers: {}, profile: {}, times: { answers: {}, profile: {} } };
}

/**
 * A partnership self-assessment: one section at a time (or all on one page), saved as the
 * person goes, with scores, bands and recommendations at the end.
 *
 * @summary A partnership self-assessment, with its results.
 *
 * @fires input - A person answered an item or filled in a profile field.
 * @fires change - A person's answer changed.
 * @fires partenariat-change - After each of the person's answers; `detail` is the current result.
 * @fires partenariat-complete - When the person reaches the results; `detail` is the result.
 * @fires partenariat-load - When a questionnaire is ready; `detail` is `{instrument}`.
 * @fires partenariat-submit - With `submit-url`: the person asked to send the result (`queued`), the
 *   collector acknowledged it (`sent`, with its `receipt`), refused it or the page blocked it
 *   (`failed`, with `error`), or it was withdrawn (`withdrawn`); `detail` is `{status, id, receipt?, error?}`.
 * @fires partenariat-error - A questionnaire could not be used, or saved answers or the storage
 *   could not, or another element of the page already saves in the same place; `detail` is
 *   `{code, message, issues}`.
 *
 * @csspart root - The element's box.
 * @csspart title - The questionnaire's title.
 * @csspart progress - The progress text and bar.
 * @csspart section - The current section (or each section on one page).
 * @csspart item - An item's fieldset.
 * @csspart item-text - An item's legend.
 * @csspart choice - One answer choice (label and radio button).
 * @csspart nav - The row of navigation buttons.
 * @csspart button - Every button.
 * @csspart notice - A notice (saved answers set aside, storage unavailable…).
 * @csspart error - The message shown when the questionnaire cannot be used.
 * @csspart results - The results view.
 * @csspart table - The table of the results' numbers.
 * @csspart dialog - The confirmation before clearing the answers.
 * @csspart radar - The radar of the impact dimensions in the results (a `<partenariat-radar>`).
 *
 * @cssprop --partenariat-checklist-accent - Accent colour (buttons, focus, selection). Falls back to `--partenariat-color-accent`.
 * @cssprop --partenariat-checklist-text - Text colour. Falls back to `--partenariat-color-text`.
 * @cssprop --partenariat-checklist-muted - Secondary text colour. Falls back to `--partenariat-color-muted`.
 * @cssprop --partenariat-checklist-surface - Background. Falls back to `--partenariat-color-surface`.
 * @cssprop --partenariat-checklist-border - Border colour. Falls back to `--partenariat-color-border`.
 * @cssprop --partenariat-checklist-danger - Colour of error messages. Falls back to `--partenariat-color-danger`.
 * @cssprop --partenariat-checklist-radius - Corner radius. Falls back to `--partenariat-radius`.
 * @cssprop --partenariat-checklist-font - Font family (inherits the page's by default). Falls back to `--partenariat-font`.
 * @cssprop --partenariat-checklist-font-size - Base font size (1rem).
 * @cssprop --partenariat-checklist-max-width - Largest width (48rem).
 * @cssprop --partenariat-color-strong - Bar colour of the strongest band.
 * @cssprop --partenariat-color-mid - Bar colour of the middle bands.
 * @cssprop --partenariat-color-weak - Bar colour of the weakest band.
 */
export class PartenariatChecklist extends LocalizedElement {
  static override styles = [sharedStyles, checklistStyles, resultsStyles];
  static formAssociated = true;
  protected static override upgradedProperties = [...LocalizedElement.upgradedProperties, 'answers', 'result', 'activeInstrument'];

  /** The questionnaire. Without it (and without `src`), the default self-assessment. */
  @property({ attribute: false }) instrument: Instrument | undefined;

  /** URL of a questionnaire in JSON, fetched when `instrument` is not set. */
  @property() src = '';

  /** `steps` (one section at a time, the default) or `single` (everything on one page). */
  @property({ reflect: true, useDefault: true }) layout: 'steps' | 'single' = 'steps';

  /**
   * Where answers are kept as the person goes: `session` (this tab only, the default), `local`
   * (this browser, across visits) or `off` (nowhere).
   */
  @property() autosave: AutosaveMode = 'session';

  /**
   * Tells apart the saved answers of several checklists with the same questionnaire on one site.
   * Two on one page in the same place: the first saves, the second says so and keeps nothing
   * while the first is on the page.
   */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** Name of the form field that carries the result JSON (after the person's consent). */
  @property({ reflect: true, useDefault: true }) name = '';

  /** In a form: every item must be answered, and sending consented to, before submission. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables every control. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Where the person may send their result, with their consent: a collector's
   * `…/api/campaigns/<id>/submissions`. Without it, the element makes no request of any kind.
   */
  @property({ attribute: 'submit-url' }) submitUrl = '';

  /** Who receives the result, as a person would name it (« la Fédération régionale… »). By default, the host of `submit-url`. */
  @property() recipient = '';

  @state() private active: Instrument | undefined;
  @state() private failure: PartenariatErrorDetail | undefined;
  @state() private loading = false;
  @state() private step: Step = INTRO;
  @state() private progress: Progress = freshProgress();
  @state() private consent = false;
  @state() private notices: Array<{ code: PartenariatErrorCode; detail?: string }> = [];
  @state() private formDisabled = false;
  /** What the element says of a change made in another tab, until the person's next change. */
  @state() private syncNote = '';
  /** Said to screen readers once a section has all its answers (not at every answer). */
  @state() private announcement = '';
  /** How many copies of earlier answers are set aside in the element's storage place. */
  @state() private setAsideCount = 0;
  /** The person ticked the box to send their result (never saved: asked again on each visit). */
  @state() private sendConsent = false;
  /** An attempt to send or withdraw is under way. */
  @state() private delivering = false;
  /** The campaign's title and whether it is open, as the collector says; once per `submit-url`. */
  @state() private campaign: { url: string; title?: Text; open?: boolean } | undefined;
  /** The JSON that would be sent is shown. */
  @state() private showEnvelope = false;

  private readonly internals: ElementInternals;
  private store: ProgressStore | undefined;
  /** The questionnaire whose store is open, to tell a new questionnaire from the same one given again. */
  private storeFor: { id: string; version: string } | undefined;
  private fetchController: AbortController | undefined;
  private pendingAnswers: Answers | undefined;
  /** Progress the browser restored (back/forward cache, autofill) before the questionnaire was ready. */
  private pendingState: SavedProgress | undefined;
  /** Set when `instrument` or `src` changed and the questionnaire is about to be (re)loaded. */
  private reloadPending = false;
  private focusTarget: string | undefined;
  private readonly onStorage = (event: StorageEvent) => this.handleStorage(event);
  private readonly onOnline = () => void this.deliver();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('online', this.onOnline);
    this.scheduleDelivery();
    // Moved while its questionnaire was being fetched (the fetch was stopped): fetch it again.
    if (this.hasUpdated && !this.active && !this.failure) {
      this.reloadPending = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.retryTimer);
    this.fetchController?.abort();
    // Out of the page, a dialog leaves the top layer but stays open: close it, the person moved on.
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  /** @internal Notes that the questionnaire is to be loaded again when `instrument` or `src` changes. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name === 'instrument' || name === 'src') this.reloadPending = true;
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.step === 'results' && this.submitUrl && this.campaign?.url !== this.submitUrl) this.readCampaign();
    if (!this.hasUpdated || this.reloadPending) {
      this.reloadPending = false;
      this.loadInstrument();
    } else if (this.active && (changed.has('autosave') || changed.has('storageKey'))) {
      this.openStore(this.active, false);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // For a radar that follows this checklist (`for`): every change of the result, by the person
    // or by the page. Internal: it does not bubble and carries nothing.
    if (changed.has('progress' as keyof PartenariatChecklist) || changed.has('active' as keyof PartenariatChecklist)) {
      this.dispatchEvent(new Event('partenariat-internal-update'));
    }
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
      this.focusTarget = undefined;
      target?.focus();
    }
    this.updateFormState();
  }

  /** The questionnaire in use once it is ready and valid (the default one, the one given, or the one fetched); else null. */
  get activeInstrument(): Instrument | null {
    return this.active ?? null;
  }

  /** The answers by item id: a scale value, `"na"` for « Ne s'applique pas » or `"dk"` for « Je ne sais pas ». */
  get answers(): Answers {
    return { ...(this.pendingAnswers ?? this.progress.answers) };
  }

  set answers(answers: Answers) {
    if (!this.active || this.reloadPending) {
      this.pendingAnswers = { ...answers };
      return;
    }
    this.applyAnswers(answers);
  }

  /** The result JSON (`partenariat-result`, version 1) of the answers so far; null until a questionnaire is ready. */
  get result(): Result | null {
    return this.active ? buildResult(this.active, this.progress, this.locale) : null;
  }

  /** Forgets every answer (the saved copy and the copies set aside too) and goes back to the start. Fires nothing. */
  reset(): void {
    this.store?.clear();
    this.setAsideCount = 0;
    this.syncNote = this.announcement = '';
    this.progress = freshProgress();
    this.consent = false;
    this.step = INTRO;
    // What is said about the storage still holds after a reset.
    this.notices = this.notices.filter((n) => n.code.startsWith('storage-'));
  }

  /** The result, so that `JSON.stringify(element)` gives the result JSON. */
  toJSON(): Result | null {
    return this.result;
  }

  /** Form reset: forget the answers. */
  formResetCallback(): void {
    this.reset();
  }

  /** Back/forward cache or autofill: put back the answers the browser kept. */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== 'string') return;
    try {
      const parsed = SavedProgressSchema.safeParse(JSON.parse(saved));
      if (!parsed.success) return;
      if (this.active && !this.reloadPending) this.restoreIfFits(parsed.data);
      else this.pendingState = parsed.data;
    } catch {
      // The browser's copy is unusable; the autosaved one stays.
    }
  }

  /** A disabled fieldset or form around the element, or its own `disabled` attribute. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    // The browser calls this in the middle of our own update when it reflects `disabled`, where a
    // state change would not bring another render: ask for one once this update is over.
    void this.updateComplete.then(() => this.requestUpdate());
  }

  // ---- loading ----

  private loadInstrument(): void {
    this.fetchController?.abort();
    this.fetchController = undefined;
    if (this.instrument != null || !this.src) {
      this.useInstrument(this.instrument ?? defaultInstrument);
      return;
    }
    this.loading = true;
    this.active = undefined;
    this.failure = undefined;
    const controller = new AbortController();
    this.fetchController = controller;
    const src = this.src;
    const fail = (code: PartenariatErrorCode, detail: string) => {
      if (controller.signal.aborted) return;
      this.loading = false;
      this.fail(code, detail, []);
    };
    fetch(src, { signal: controller.signal, credentials: 'same-origin' }).then(
      async (response) => {
        if (!response.ok) return fail('instrument-http', `${response.status} ${response.statusText}`.trim());
        let data: unknown;
        try {
          // Decoded strictly: a file saved in Latin-1 or with broken bytes is refused, rather
          // than shown with replacement characters where its letters were.
          data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer()));
        } catch (error) {
          return fail('instrument-json', String((error as Error)?.message ?? error));
        }
        if (controller.signal.aborted) return;
        this.loading = false;
        this.useInstrument(data);
      },
      (error) => fail('instrument-network', String((error as Error)?.message ?? error)),
    );
  }

  private useInstrument(data: unknown): void {
    const known = typeof data === 'object' && data !== null ? validated.get(data) : undefined;
    const parsed = known ? ({ success: true, data: known } as const) : InstrumentSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      this.active = undefined;
      const issues = inLocale(this.locale, () =>
        sayIssues(parsed.error.issues),
      );
      this.fail('instrument-invalid', '', issues);
      return;
    }
    if (!known && typeof data === 'object' && data !== null) validated.set(data, parsed.data);
    this.failure = undefined;
    this.loading = false;
    this.active = parsed.data;
    this.openStore(parsed.data, true);
    this.dispatchEvent(new PartenariatLoadEvent(parsed.data));
  }

  /**
   * Opens the store of `instrument`. With `restore`, its saved progress is taken back, unless the
   * questionnaire is the one already in use (the same id and version given again, as a framework
   * may do on each render), whose answers are kept. When only the storage changes, answers already
   * given move to the new place; an untouched checklist takes what the new place holds.
   */
  private openStore(instrument: Instrument, restore: boolean): void {
    const key = `partenariat:checklist:${instrument.id}${this.storageKey ? `:${this.storageKey}` : ''}`;
    const previous = this.storeFor;
    this.store?.release();
    this.store = new ProgressStore(toAutosaveMode(this.autosave), key, this);
    this.storeFor = { id: instrument.id, version: instrument.version };
    this.notices = [];
    const same = previous && previous.id === instrument.id && previous.version === instrument.version;
    const untouched = !Object.keys(this.progress.answers).length && !Object.keys(this.progress.profile).length;
    let loaded: SavedProgress | undefined;
    if ((restore && !same) || (!restore && untouched)) {
      const outcome = this.store.load(instrument);
      this.progress = freshProgress();
      this.step = INTRO;
      loaded = outcome.saved;
      if (loaded) this.restore(loaded);
      if (outcome.setAside) {
        this.notify('saved-data-set-aside', outcome.setAside);
      }
    } else {
      this.save();
    }
    if (this.pendingState) {
      // The browser's copy, unless the saved one is more recent.
      const state = this.pendingState;
      this.pendingState = undefined;
      if (!loaded || state.updatedAt >= loaded.updatedAt) this.restoreIfFits(state);
    }
    if (this.pendingAnswers) {
      const pending = this.pendingAnswers;
      this.pendingAnswers = undefined;
      this.applyAnswers(pending);
    }
    if (!this.sayIfTaken() && this.store.inMemory) this.notify('storage-unavailable');
    this.setAsideCount = this.store.setAsideCopies().length;
    this.scheduleDelivery();
  }

  /** Takes back `saved` if it belongs to the questionnaire in use and its answers fit it. */
  private restoreIfFits(saved: SavedProgress): void {
    if (progressFits(this.active!, saved)) {
      this.restore(saved);
      this.save();
    }
  }

  private restore(saved: SavedProgress): void {
    this.progress = progressOf(saved);
    this.consent = saved.consent ?? false;
    const step = saved.step as Step | undefined;
    this.step = step && this.isStep(step) ? step : INTRO;
  }

  private isStep(step: Step): boolean {
    if (step === INTRO || step === 'review' || step === 'results') return true;
    return this.sections.some((s) => sectionStep(s.id) === step);
  }

  private fail(code: PartenariatErrorCode, detail: string, issues: PartenariatErrorDetail['issues']): void {
    const message = inLocale(this.locale, () => this.errorMessage(code, detail));
    this.failure = { code, message, issues };
    this.dispatchEvent(new PartenariatErrorEvent({ code, message, issues }));
  }

  private unnotify(code: PartenariatErrorCode): void {
    if (this.notices.some((n) => n.code === code)) this.notices = this.notices.filter((n) => n.code !== code);
  }

  private notify(code: PartenariatErrorCode, detail?: string): void {
    if (this.notices.some((n) => n.code === code)) return;
    this.notices = [...this.notices, { code, detail }];
    const message = inLocale(this.locale, () => this.errorMessage(code, detail ?? ''));
    this.dispatchEvent(new PartenariatErrorEvent({ code, message, issues: [] }));
  }

  // ---- state changes ----

  private get sections(): Section[] {
    return this.active?.sections ?? [];
  }

  private itemsOf(section: Section): Item[] {
    return this.active?.items.filter((item) => item.section === section.id) ?? [];
  }

  private applyAnswers(answers: Answers): void {
    this.touch({ answers: keepValidAnswers(this.active!, answers) });
  }

  /** Changes answers or profile fields, noting when each one changed, and saves. */
  private touch(change: Partial<Pick<Progress, 'answers' | 'profile'>>): void {
    const now = new Date().toISOString();
    const { answers, profile, times } = this.progress;
    this.progress = {
      ...this.progress,
      ...change,
      updatedAt: now,
      times: {
        answers: change.answers ? stamp(answers, change.answers, times.answers, now) : times.answers,
        profile: change.profile ? stamp(profile, change.profile, times.profile, now) : times.profile,
      },
    };
    this.syncNote = '';
    this.save();
  }

  /**
   * Saves the progress. What another tab saved in the same place since this one last looked is
   * merged in first, item by item, so that neither overwrites the other.
   */
  private save(): void {
    if (!this.store || !this.active) return;
    const elsewhere = this.store.changedElsewhere(this.active);
    if (elsewhere.setAside) {
      this.notify('saved-data-set-aside', elsewhere.setAside);
      this.setAsideCount = this.store.setAsideCopies().length;
    }
    if (elsewhere.saved) this.progress = mergeProgress(this.progress, progressOf(elsewhere.saved));
    const saved = this.store.save(this.savedProgress());
    if (this.sayIfTaken()) return;
    if (!saved) this.notify('storage-unavailable');
    else this.unnotify('storage-unavailable');
  }

  /**
   * Another tab (or frame) changed the answers saved in the same place: they are merged in item
   * by item, the later change winning, and the person is told. Erased there, they are erased here.
   */
  private handleStorage(event: StorageEvent): void {
    const store = this.store;
    if (!store || !this.active || !store.isChangedBy(event)) return;
    if (event.newValue === null) {
      if (!Object.keys(this.progress.answers).length && !Object.keys(this.progress.profile).length) return;
      // Nothing is saved until the person answers again here.
      this.progress = freshProgress();
      this.consent = false;
      this.step = INTRO;
      this.syncNote = msg('Vos réponses ont été effacées dans un autre onglet.', {
        id: 'sync.cleared',
        desc: 'The same questionnaire is open in two tabs of the browser, and the person erased the answers in the other one.',
      });
      return;
    }
    const theirs = store.peek(event.newValue, this.active);
    if (!theirs) return;
    const incoming = progressOf(theirs);
    const merged = mergeProgress(this.progress, incoming);
    if (sameProgress(merged, this.progress)) return;
    this.progress = merged;
    this.syncNote = msg('Des réponses données dans un autre onglet ont été reprises ici.', {
      id: 'sync.merged',
      desc: 'The same questionnaire is open in two tabs; answers given in the other tab now show in this one too.',
    });
    // Both tabs end with the same copy: this one saves it only when the other lacks something.
    if (!sameProgress(merged, incoming)) this.save();
  }

  /**
   * Says, or stops saying, that another checklist of the page keeps its answers in the same
   * place. Returns whether it does.
   */
  private sayIfTaken(): boolean {
    const taken = this.store?.taken ?? false;
    if (taken) this.notify('storage-key-in-use');
    // Once the checklist that held the place has left the page, this one saves there.
    else this.unnotify('storage-key-in-use');
    return taken;
  }

  private savedProgress(): SavedProgress {
    return {
      format: 'partenariat-progress',
      version: 1,
      instrument: { id: this.active!.id, version: this.active!.version },
      ...this.progress,
      step: this.step,
      consent: this.consent,
    };
  }

  private goTo(step: Step, focus = '#step-heading'): void {
    this.step = step;
    this.announcement = '';
    this.focusTarget = focus;
    if (step === 'results') {
      if (!this.progress.completedAt) this.progress = { ...this.progress, completedAt: new Date().toISOString() };
      this.save();
      this.dispatchEvent(new PartenariatCompleteEvent(this.result!));
    } else {
      this.save();
    }
  }

  private updateFormState(): void {
    if (!this.active) {
      this.internals.setFormValue(null);
      this.internals.setValidity({});
      return;
    }
    const state = JSON.stringify(this.savedProgress());
    const value = this.name && this.consent ? JSON.stringify(this.result) : null;
    this.internals.setFormValue(value, state);
    const missing = unansweredItems(this.active, this.progress.answers).length;
    if (this.required && (missing > 0 || !this.consent)) {
      const message = inLocale(this.locale, () =>
        missing > 0
          ? plural(
              this.locale,
              missing,
              () => msg(str`Répondez à toutes les questions (${missing} question sans réponse).`, { id: 'form.missing.one' }),
              () => msg(str`Répondez à toutes les questions (${missing} questions sans réponse).`, { id: 'form.missing' }),
            )
          : msg('Cochez la case pour accepter que vos résultats soient transmis.', { id: 'form.consent' }),
      );
      const anchor =
        this.renderRoot.querySelector<HTMLElement>('input[type="radio"], #consent') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, message, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  // ---- sending ----

  /** Who receives the host page's form: the `recipient` attribute, else the host its form is sent to. */
  private get formRecipient(): string {
    return this.recipient.trim() || new URL(this.internals.form?.action || location.href).host;
  }

  /** The recipient as the person reads it: the `recipient` attribute, else the host of `submit-url`. */
  private get recipientName(): string {
    if (this.recipient.trim()) return this.recipient.trim();
    try {
      return new URL(this.submitUrl, document.baseURI).host;
    } catch {
      return this.submitUrl;
    }
  }

  /** The campaign's title and state, read once per `submit-url` from the collector (its public `GET`). */
  private readCampaign(): void {
    const url = this.submitUrl;
    this.campaign = { url };
    if (!campaignOf(url)) return;
    fetch(url.replace(/\/submissions\/?$/, ''), { credentials: 'omit', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((campaign: { title?: Text; open?: boolean } | undefined) => {
        if (this.submitUrl === url && campaign) this.campaign = { url, title: campaign.title, open: campaign.open };
      })
      .catch(() => {
        // Without the title, the element names the questionnaire instead.
      });
  }

  private setOutbox(outbox: Outgoing | undefined): void {
    this.progress = { ...this.progress, outbox };
    this.save();
  }

  /** Puts the result, as it is now, in the outbox (the receipt kept, for an update), and sends it. */
  private handleSend(): void {
    const result = this.result;
    const previous = this.progress.outbox;
    // An update of what was sent goes under the consent given then, with the receipt.
    const update = previous?.state === 'sent' && previous.action === 'send';
    if (!result || !this.submitUrl || !(this.sendConsent || update)) return;
    this.sendConsent = false;
    this.setOutbox({
      url: this.submitUrl,
      envelope: {
        format: 'partenariat-submission',
        version: 1,
        campaign: campaignOf(this.submitUrl) ?? result.instrument.id,
        consent: update
          ? previous.envelope.consent
          : { time: new Date().toISOString(), recipient: this.recipientName, wording: SEND_CONSENT_WORDING },
        result,
      },
      action: 'send',
      state: 'pending',
      attempts: 0,
      receipt: update ? previous.receipt : undefined,
    });
    this.dispatchEvent(new PartenariatSubmitEvent({ status: 'queued', id: result.id }));
    void this.deliver();
  }

  /** Asks the collector to delete the result (Loi 25), with its receipt. */
  private handleWithdraw(): void {
    const outbox = this.progress.outbox;
    if (!outbox?.receipt) return;
    this.setOutbox({ ...outbox, action: 'withdraw', state: 'pending', attempts: 0 });
    void this.deliver();
  }

  /** Tries the outbox again when its time comes (at once after a reload or once back online). */
  private scheduleDelivery(): void {
    clearTimeout(this.retryTimer);
    const outbox = this.progress.outbox;
    if (!this.isConnected || outbox?.state !== 'pending') return;
    this.retryTimer = setTimeout(() => void this.deliver(), Math.max(0, (outbox.retryAt ?? 0) - Date.now()));
  }

  /** One attempt at what the outbox asks; then what it became, said and fired, and the next try planned. */
  private async deliver(): Promise<void> {
    const outbox = this.progress.outbox;
    if (!outbox || outbox.state !== 'pending' || this.delivering || !this.isConnected) return;
    clearTimeout(this.retryTimer);
    this.delivering = true;
    const outcome = await attempt(outbox, this.locale);
    this.delivering = false;
    // Erased, or changed by another tab, meanwhile: what is there now is tried in its turn.
    if (this.progress.outbox === outbox) {
      const next = settleAttempt(outbox, outcome);
      this.setOutbox(next);
      if (next.state !== 'pending') {
        const { receipt, error } = next;
        this.dispatchEvent(
          new PartenariatSubmitEvent({
            status: next.state,
            id: next.envelope.result.id,
            receipt,
            error: error && { status: error.status, message: inLocale(this.locale, () => this.refusal(next)) },
          }),
        );
      }
    }
    this.scheduleDelivery();
  }

  /** Why the collector refused, or the page blocked, the last attempt, in words. */
  private refusal(outbox: Outgoing): string {
    const status = outbox.error?.status ?? 0;
    const detail = outbox.error?.detail ? ` (${outbox.error.detail})` : '';
    switch (status) {
      case -1:
        return msg(
          str`La politique de sécurité de cette page (Content-Security-Policy) empêche l’envoi vers ${new URL(outbox.url, document.baseURI).origin}. La personne qui gère le site doit l’autoriser (connect-src).`,
          { id: 'send.blocked' },
        );
      case 410:
        return msg('La collecte est fermée : elle ne reçoit plus de résultats.', { id: 'send.refused.closed' });
      // The collector says why in the person's language (its problem details follow Accept-Language).
      default:
        return msg(str`Le destinataire a refusé ces résultats (erreur ${status})${detail}.`, { id: 'send.refused' });
    }
  }

  // ---- handlers ----

  /** A radio's `input` or `change`, caught on its item's fieldset; the host fires its own. */
  private handleAnswer(event: Event): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    if (event.type === 'input' || input.type !== 'radio') return;
    const itemId = input.name.slice(2);
    const answer: Answer = input.value === NOT_APPLICABLE || input.value === DONT_KNOW ? input.value : Number(input.value);
    const section = this.sections.find((s) => this.itemsOf(s).some((item) => item.id === itemId));
    const openBefore = section ? unansweredItems(this.active!, this.progress.answers).filter((i) => i.section === section.id).length : 0;
    this.touch({ answers: { ...this.progress.answers, [itemId]: answer } });
    if (section && openBefore > 0 && !unansweredItems(this.active!, this.progress.answers).some((i) => i.section === section.id)) {
      const total = this.active!.items.length;
      const done = total - unansweredItems(this.active!, this.progress.answers).length;
      this.announcement = msg(str`Section « ${this.t(section.title)} » complète. Questions avec réponse : ${done} sur ${total}.`, {
        id: 'progress.section-done',
        desc: 'Said by screen readers when every item of a section has an answer; not shown.',
      });
    }
    this.emitUserChange();
  }

  private handleProfile(event: Event, field: ProfileField): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    const others = Object.entries(this.progress.profile).filter(([id]) => id !== field.id);
    const profile: Profile = Object.fromEntries(value.trim() ? [...others, [field.id, value.slice(0, 500)]] : others);
    event.stopPropagation();
    this.touch({ profile });
    // The host fires one `input` per edit, then `change` (and the result) once it is committed.
    if (event.type === 'change') this.emitUserChange(false);
    else this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleConsent(event: Event): void {
    event.stopPropagation();
    this.consent = (event.target as HTMLInputElement).checked;
    this.save();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** A person's change: `input` (unless already fired for it), `change`, then the result. */
  private emitUserChange(withInput = true): void {
    if (withInput) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.dispatchEvent(new PartenariatChangeEvent(this.result!));
  }

  private handleClearRequest(): void {
    this.setAsideCount = this.store?.setAsideCopies().length ?? 0;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal();
    // « Annuler » first: the safe choice (not `autofocus`, which a cross-origin frame refuses at load).
    this.renderRoot.querySelector<HTMLButtonElement>('dialog button')?.focus();
  }

  private handleClearConfirm(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.reset();
    this.focusTarget = '#step-heading';
    this.emitUserChange();
  }

  private handleDownload(): void {
    const result = this.result;
    if (!result) return;
    const blob = new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' });
    downloadBlob(this.renderRoot, blob, `${result.instrument.id}-${result.updatedAt.slice(0, 10)}.json`);
  }

  /** Every copy of earlier answers set aside, in one JSON file, each as it was saved. */
  private handleSetAsideDownload(): void {
    const copies = (this.store?.setAsideCopies() ?? []).map(({ setAsideAt, reason, data }) => {
      try {
        return { setAsideAt, reason, saved: JSON.parse(data) as unknown };
      } catch {
        return { setAsideAt, reason, text: data };
      }
    });
    if (!copies.length) return;
    const file = { format: 'partenariat-set-aside', version: 1, key: this.store!.key, copies };
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    downloadBlob(this.renderRoot, blob, `${this.active!.id}-set-aside.json`);
  }

  private handlePrint(): void {
    window.print();
  }

  private goToItem(item: Item): void {
    const step = this.layout === 'single' ? sectionStep(this.sections[0].id) : sectionStep(item.section);
    this.goTo(step, `#item-${CSS.escape(item.id)} input`);
  }

  // ---- render helpers ----

  /** Every control is off when the element, or the fieldset or form around it, is disabled. */
  private get off(): boolean {
    return this.disabled || this.formDisabled;
  }

  private t(text: Text | undefined): string {
    return localize(text, this.locale);
  }

  private errorMessage(code: PartenariatErrorCode, detail: string): string {
    switch (code) {
      case 'instrument-network':
        return msg('Le questionnaire n’a pas pu être téléchargé : la connexion a échoué.', { id: 'error.network' });
      case 'instrument-http':
        return msg(str`Le questionnaire n’a pas pu être téléchargé (réponse du serveur : ${detail}).`, {
          id: 'error.http',
        });
      case 'instrument-json':
        return msg('Le fichier du questionnaire n’est pas du JSON valide.', { id: 'error.json' });
      case 'instrument-invalid':
        return msg('Le questionnaire ne respecte pas le format attendu.', { id: 'error.invalid' });
      case 'saved-data-set-aside':
        return detail === 'other-version'
          ? msg(
              'Des réponses enregistrées viennent d’une autre version de ce questionnaire : elles ont été mises de côté et vous repartez de zéro.',
              { id: 'notice.other-version' },
            )
          : msg(
              'Des réponses enregistrées étaient illisibles : elles ont été mises de côté et vous repartez de zéro.',
              { id: 'notice.corrupt' },
            );
      case 'storage-unavailable':
        return msg(
          'Ce navigateur ne permet pas d’enregistrer vos réponses : elles seront perdues si vous fermez ou rechargez la page. Téléchargez vos résultats pour les garder.',
          { id: 'notice.storage' },
        );
      case 'storage-key-in-use':
        return msg(
          'Vos réponses ne sont pas enregistrées : une autre liste de cette page garde déjà les siennes au même endroit. Elles seront perdues si vous fermez ou rechargez la page ; téléchargez vos résultats pour les garder.',
          { id: 'notice.storage-key' },
        );
      default:
        return detail;
    }
  }

  private privacyText(): string {
    switch (toAutosaveMode(this.autosave)) {
      case 'local':
        return msg(
          'Vos réponses sont gardées dans ce navigateur, sur cet appareil, jusqu’à ce que vous les effaciez. Rien n’est transmis sans votre accord.',
          { id: 'privacy.local' },
        );
      case 'off':
        return msg(
          'Vos réponses ne sont pas enregistrées : elles seront perdues si vous quittez la page. Rien n’est transmis sans votre accord.',
          { id: 'privacy.off' },
        );
      default:
        return msg(
          'Vos réponses sont gardées dans cet onglet seulement, sur cet appareil, et s’effacent quand vous le fermez. Rien n’est transmis sans votre accord.',
          { id: 'privacy.session' },
        );
    }
  }

  private renderError(failure: PartenariatErrorDetail): TemplateResult {
    return html`<div class="notice error" part="error" role="alert">
      <h2>${msg('Ce questionnaire ne peut pas être affiché.', { id: 'error.title' })}</h2>
      <p>${failure.message}</p>
      ${failure.issues.length
        ? html`<details>
            <summary>
              ${msg('Détails pour la personne qui a intégré le questionnaire', { id: 'error.details' })}
            </summary>
            <ul>
              ${failure.issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>${this.locale === 'fr' ? '\u00a0: ' : ': '}${i.message}</li>`)}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }

  private renderNotices(): TemplateResult | typeof nothing {
    if (!this.notices.length) return nothing;
    return html`${this.notices.map(
      (n) => html`<p class="notice" part="notice">${this.errorMessage(n.code, n.detail ?? '')}</p>`,
    )}`;
  }

  private renderProgress(): TemplateResult {
    const instrument = this.active!;
    const total = instrument.items.length;
    const done = total - unansweredItems(instrument, this.progress.answers).length;
    const index = this.sections.findIndex((s) => sectionStep(s.id) === this.step);
    const where =
      this.layout === 'steps' && index >= 0
        ? msg(str`Section ${index + 1} sur ${this.sections.length}`, { id: 'progress.section' }) + ' — '
        : '';
    const answered = msg(str`Questions avec réponse : ${done} sur ${total}`, { id: 'progress.answered' });
    return html`<div class="progress" part="progress">
      <p class="progress-text">${where}${answered}</p>
      <div class="bar" aria-hidden="true"><span ${inlineSize((done / total) * 100)}></span></div>
    </div>`;
  }

  private renderItem(item: Item, number: number): TemplateResult {
    const instrument = this.active!;
    const answer = own(this.progress.answers, item.id);
    const disabled = this.off;
    // One listener per item, on its fieldset, rather than two per radio: fewer parts to render.
    const radio = (value: Answer, label: Text, na = false) =>
      html`<label class=${`choice${na ? ' na' : ''}${answer === value ? ' checked' : ''}`} part="choice">
        <input type="radio" name=${`q-${item.id}`} value=${String(value)} .checked=${answer === value} />${this.t(label)}</label
      >`;
    const helpId = `help-${item.id}`;
    return html`<fieldset
      class="item"
      part="item"
      id=${`item-${item.id}`}
      ?disabled=${disabled}
      aria-describedby=${item.help ? helpId : nothing}
      @input=${this.handleAnswer}
      @change=${this.handleAnswer}
    >
      <legend part="item-text">${`${number}. ${this.t(item.text)}`}</legend>
      ${item.help ? html`<p class="help" id=${helpId}>${this.t(item.help)}</p>` : nothing}
      <div class="choices">
        ${instrument.scale.choices.map((c) => radio(c.value, c.label))}
        ${instrument.scale.notApplicable ? radio(NOT_APPLICABLE, instrument.scale.notApplicable.label, true) : nothing}
        ${instrument.scale.dontKnow ? radio(DONT_KNOW, instrument.scale.dontKnow.label, true) : nothing}
      </div>
    </fieldset>`;
  }

  private renderSection(section: Section, headingId?: string): TemplateResult {
    const instrument = this.active!;
    return html`<section part="section" aria-labelledby=${headingId ?? `title-${section.id}`}>
      <h3 id=${headingId ?? `title-${section.id}`} tabindex="-1">${this.t(section.title)}</h3>
      ${section.description ? html`<p class="muted">${this.t(section.description)}</p>` : nothing}
      ${this.itemsOf(section).map((item) => this.renderItem(item, numberOf(instrument, item)))}
    </section>`;
  }

  private renderProfile(): TemplateResult | typeof nothing {
    const fields = this.active!.profile ?? [];
    if (!fields.length) return nothing;
    const disabled = this.off;
    return html`<fieldset class="item">
      <legend>${msg('Votre organisme (facultatif)', { id: 'profile.legend' })}</legend>
      ${fields.map((field) => {
        const id = `profile-${field.id}`;
        const value = own(this.progress.profile, field.id) ?? '';
        const control =
          field.type === 'choice'
            ? html`<select
                id=${id}
                ?required=${field.required ?? false}
                ?disabled=${disabled}
                @input=${(e: Event) => this.handleProfile(e, field)}
                @change=${(e: Event) => this.handleProfile(e, field)}
              >
                <option value="" ?selected=${!value}>${msg('— Choisir —', { id: 'profile.choose' })}</option>
                ${(field.choices ?? []).map(
                  (c) => html`<option value=${c.value} ?selected=${value === c.value}>${this.t(c.label)}</option>`,
                )}
              </select>`
            : html`<input
                id=${id}
                type="text"
                maxlength="500"
                .value=${value}
                ?required=${field.required ?? false}
                ?disabled=${disabled}
                autocomplete=${field.id === 'organisation' ? 'organization' : 'off'}
                @input=${(e: Event) => this.handleProfile(e, field)}
                @change=${(e: Event) => this.handleProfile(e, field)}
              />`;
        return html`<div class="field">
          <label for=${id}>${this.t(field.label)}</label>
          ${field.help ? html`<span class="muted">${this.t(field.help)}</span>` : nothing}${control}
        </div>`;
      })}
    </fieldset>`;
  }

  /** What the person said of their organization, for the printed report. */
  private renderProfileSummary(): TemplateResult | typeof nothing {
    const filled = (this.active!.profile ?? []).filter((f) => own(this.progress.profile, f.id));
    if (!filled.length) return nothing;
    return html`<dl class="profile-summary">
      ${filled.map((field) => {
        const value = own(this.progress.profile, field.id);
        const choice = field.choices?.find((c) => c.value === value);
        return html`<div><dt>${this.t(field.label)}</dt><dd>${choice ? this.t(choice.label) : value}</dd></div>`;
      })}
    </dl>`;
  }

  /** Where the questionnaire comes from, when it says. */
  private renderCredits() {
    const credits = this.active!.credits;
    return credits ? html`<p class="muted credits">${this.t(credits)}</p>` : nothing;
  }

  private renderIntro(): TemplateResult {
    const instrument = this.active!;
    const first = sectionStep(this.sections[0].id);
    return html`<div>
      <h3 id="step-heading" tabindex="-1">${msg('Avant de commencer', { id: 'intro.heading' })}</h3>
      ${instrument.description ? html`<p>${this.t(instrument.description)}</p>` : nothing}
      <p>
        ${plural(
          this.locale,
          this.sections.length,
          () => msg(str`Nombre de questions : ${instrument.items.length}, en une seule section.`, { id: 'intro.size.one' }),
          () =>
            msg(str`Nombre de questions : ${instrument.items.length}, en ${this.sections.length} sections.`, {
              id: 'intro.size',
            }),
        )}
        ${msg(
          'Pour chaque énoncé, choisissez la réponse qui décrit le mieux votre partenariat aujourd’hui. Vous pouvez revenir en arrière à tout moment.',
          { id: 'intro.how' },
        )}
      </p>
      ${this.renderCredits()}
      <p class="notice">${this.privacyText()}</p>
      ${this.renderProfile()}
      <div class="actions" part="nav">
        <button ?disabled=${this.off} class="primary" part="button" @click=${() => this.goTo(first)}>
          ${Object.keys(this.progress.answers).length
            ? msg('Reprendre', { id: 'nav.resume' })
            : msg('Commencer', { id: 'nav.start' })}
        </button>
      </div>
    </div>`;
  }

  private renderSteps(): TemplateResult {
    const index = this.sections.findIndex((s) => sectionStep(s.id) === this.step);
    const section = this.sections[index];
    const previous = index === 0 ? INTRO : sectionStep(this.sections[index - 1].id);
    const last = index === this.sections.length - 1;
    return html`${this.renderProgress()}
      <section part="section" aria-labelledby="step-heading">
        <h3 id="step-heading" tabindex="-1">${this.t(section.title)}</h3>
        ${section.description ? html`<p class="muted">${this.t(section.description)}</p>` : nothing}
        ${this.itemsOf(section).map((item) => this.renderItem(item, numberOf(this.active!, item)))}
      </section>
      <div class="actions" part="nav">
        <button ?disabled=${this.off} part="button" @click=${() => this.goTo(previous)}>${msg('Précédent', { id: 'nav.previous' })}</button>
        <button ?disabled=${this.off}
          class="primary end"
          part="button"
          @click=${() => this.goTo(last ? 'review' : sectionStep(this.sections[index + 1].id))}
        >
          ${last ? msg('Terminer', { id: 'nav.finish' }) : msg('Suivant', { id: 'nav.next' })}
        </button>
      </div>`;
  }

  private renderSingle(): TemplateResult {
    const instrument = this.active!;
    return html`${instrument.description ? html`<p>${this.t(instrument.description)}</p>` : nothing} ${this.renderCredits()}
      <p class="notice">${this.privacyText()}</p>
      ${this.renderProfile()} ${this.renderProgress()}
      ${this.sections.map((s, i) => this.renderSection(s, i === 0 ? 'step-heading' : undefined))}
      <div class="actions" part="nav">
        <button ?disabled=${this.off} class="primary end" part="button" @click=${() => this.goTo('review')}>
          ${msg('Terminer', { id: 'nav.finish' })}
        </button>
      </div>`;
  }

  private renderReview(): TemplateResult {
    const instrument = this.active!;
    const missing = unansweredItems(instrument, this.progress.answers);
    const back = this.layout === 'single' ? sectionStep(this.sections[0].id) : sectionStep(this.sections.at(-1)!.id);
    return html`${this.renderProgress()}
      <section part="section" aria-labelledby="step-heading">
        <h3 id="step-heading" tabindex="-1">${msg('Vérification avant les résultats', { id: 'review.heading' })}</h3>
        ${missing.length
          ? html`<p>
                ${plural(
                  this.locale,
                  missing.length,
                  () =>
                    msg(
                      'Une question est sans réponse. Vous pouvez y répondre maintenant, ou voir vos résultats tels quels : elle ne compte pas dans les scores.',
                      { id: 'review.missing.one' },
                    ),
                  () =>
                    msg(
                      str`${missing.length} questions sont sans réponse. Vous pouvez y répondre maintenant, ou voir vos résultats tels quels : ces questions ne comptent pas dans les scores.`,
                      { id: 'review.missing' },
                    ),
                )}
              </p>
              <ul>
                ${missing.map(
                  (item) => html`<li>
                    <button ?disabled=${this.off} class="link" part="button" @click=${() => this.goToItem(item)}>
                      ${numberOf(instrument, item)}. ${this.t(item.text)}
                    </button>
                  </li>`,
                )}
              </ul>`
          : html`<p>${msg('Vous avez répondu à toutes les questions.', { id: 'review.complete' })}</p>`}
      </section>
      <div class="actions" part="nav">
        <button ?disabled=${this.off} part="button" @click=${() => this.goTo(back)}>${msg('Modifier nos réponses', { id: 'nav.edit' })}</button>
        <button ?disabled=${this.off} class="primary end" part="button" @click=${() => this.goTo('results')}>
          ${msg('Voir nos résultats', { id: 'nav.results' })}
        </button>
      </div>`;
  }

  /** What the outbox is doing, in words (empty when nothing was asked). */
  private sendStatus(outbox: Outgoing | undefined): string {
    const to = this.recipientName;
    if (!outbox) return '';
    const withdraw = outbox.action === 'withdraw';
    if (this.delivering) {
      return withdraw ? msg('Retrait en cours…', { id: 'send.status.withdrawing' }) : msg('Envoi en cours…', { id: 'send.status.sending' });
    }
    switch (outbox.state) {
      case 'sent':
        return msg(str`Résultats transmis à ${to} le ${formatDateTime(outbox.at!, this.locale)}. Numéro de reçu : ${outbox.receipt ?? '—'}.`, {
          id: 'send.status.sent',
        });
      case 'withdrawn':
        return msg(str`Résultats retirés : ${to} ne les a plus (le ${formatDateTime(outbox.at!, this.locale)}).`, { id: 'send.status.withdrawn' });
      case 'failed':
        return this.refusal(outbox);
      default: {
        const when = formatDateTime(new Date(outbox.retryAt ?? Date.now()).toISOString(), this.locale);
        return msg(str`En attente d’une connexion : prochain essai le ${when}.`, { id: 'send.status.waiting' });
      }
    }
  }

  /** « Transmettre nos résultats »: what is sent, to whom and why, its own consent, and where it stands. */
  private renderSend(result: Result): TemplateResult {
    const outbox = this.progress.outbox;
    const to = this.recipientName;
    const state = outbox?.state;
    const sent = state === 'sent' && outbox!.action === 'send';
    const waiting = state === 'pending';
    const title = this.campaign?.title ? this.t(this.campaign.title) : this.t(this.active!.title);
    const closed = this.campaign?.open === false;
    const outdated = sent && outbox!.envelope.result.updatedAt !== result.updatedAt;
    const canSend = !sent && !waiting && !closed;
    return html`<section class="send no-print" aria-labelledby="send-heading">
      <h4 id="send-heading">${msg('Transmettre nos résultats', { id: 'send.heading' })}</h4>
      <p>
        ${msg(
          str`Ce qui est transmis : vos résultats (réponses, profil et scores), tels que dans le fichier JSON ci-dessous. À qui : ${to}. Pourquoi : « ${title} ».`,
          { id: 'send.what' },
        )}
      </p>
      <details @toggle=${(e: Event) => (this.showEnvelope = (e.target as HTMLDetailsElement).open)}>
        <summary id="send-json">${msg('Voir ce qui sera transmis (JSON)', { id: 'send.show-json' })}</summary>
        ${this.showEnvelope
          ? html`<pre class="json" tabindex="0" role="region" aria-labelledby="send-json">${JSON.stringify(result, null, 2)}</pre>`
          : nothing}
      </details>
      ${closed ? html`<p>${msg('La collecte est fermée : elle ne reçoit plus de résultats.', { id: 'send.refused.closed' })}</p>` : nothing}
      ${canSend
        ? html`<div class="field">
              <label>
                <input id="send-consent" type="checkbox" ?disabled=${this.off} .checked=${this.sendConsent}
                  @change=${(e: Event) => (this.sendConsent = (e.target as HTMLInputElement).checked)} />
                ${msg(str`Nous acceptons que nos résultats soient transmis à ${to}.`, { id: 'send.consent' })}
              </label>
              <span class="muted">${msg('Sans votre accord, rien n’est transmis. Vous pourrez retirer vos résultats ensuite.', { id: 'send.consent-help' })}</span>
            </div>
            <div class="actions">
              <button class="primary" part="button" ?disabled=${this.off || !this.sendConsent} @click=${this.handleSend}>
                ${msg('Envoyer nos résultats', { id: 'send.button' })}
              </button>
            </div>`
        : nothing}
      <p role="status">${this.sendStatus(outbox)}</p>
      ${waiting && toAutosaveMode(this.autosave) === 'off'
        ? html`<p class="notice">${msg('Cette page ne garde pas vos réponses : si vous la fermez avant la fin de l’envoi, ces résultats seront perdus.', { id: 'send.off' })}</p>`
        : nothing}
      ${outdated
        ? html`<p>${msg(str`${to} a la version de vos résultats du ${formatDateTime(outbox!.envelope.result.updatedAt, this.locale)}, avant vos dernières modifications.`, { id: 'send.outdated' })}</p>`
        : nothing}
      <div class="actions">
        ${waiting && !this.delivering
          ? html`<button part="button" ?disabled=${this.off} @click=${() => void this.deliver()}>${msg('Réessayer maintenant', { id: 'send.retry' })}</button>`
          : nothing}
        ${outdated
          ? html`<button part="button" ?disabled=${this.off} @click=${this.handleSend}>${msg('Envoyer la mise à jour', { id: 'send.update' })}</button>`
          : nothing}
        ${sent || (state === 'failed' && outbox!.action === 'withdraw')
          ? html`<button part="button" ?disabled=${this.off} @click=${this.handleWithdraw}>${msg('Retirer nos résultats', { id: 'send.withdraw' })}</button>`
          : nothing}
      </div>
    </section>`;
  }

  private renderResults(): TemplateResult {
    const instrument = this.active!;
    const result = this.result!;
    const overall = result.scores.overall;
    const overallBand = instrument.bands.find((b) => b.id === overall.band);
    const view = { instrument, locale: this.locale };
    const rows = scoreRows(view, result);
    // Every item is in one section: the sections add up to all the answers, those set apart included.
    const all = { answered: 0, total: 0, notApplicable: 0, dontKnow: 0 };
    for (const score of result.scores.sections) {
      all.answered += score.answered;
      all.total += score.total;
      all.notApplicable += score.notApplicable;
      all.dontKnow += score.dontKnow ?? 0;
    }
    const inForm = Boolean(this.name && this.internals.form);
    return html`<section part="results" aria-labelledby="step-heading">
      <h3 id="step-heading" tabindex="-1">${msg('Vos résultats', { id: 'results.heading' })}</h3>
      <p class="overall">
        ${overall.percent === null
          ? msg('Aucune question n’a reçu de réponse sur l’échelle : il n’y a pas de score à calculer.', {
              id: 'results.empty',
            })
          : html`${msg('Résultat global :', { id: 'results.overall' })}
              <strong>${formatPercent(overall.percent, this.locale)}</strong> —
              <span class="band">${bandLabel(view, overall)}</span>`}
      </p>
      ${overallBand?.description ? html`<p>${this.t(overallBand.description)}</p>` : nothing}
      ${this.renderProfileSummary()}
      <p class="muted">
        ${msg(str`Réponses comptées dans les scores : ${all.answered} sur ${all.total}.`, { id: 'results.counted' })}
        ${instrument.scale.notApplicable ? msg(str`« Ne s’applique pas » : ${all.notApplicable}.`, { id: 'results.counted-na' }) : nothing}
        ${instrument.scale.dontKnow ? msg(str`« Je ne sais pas » : ${all.dontKnow}.`, { id: 'results.counted-dk' }) : nothing}
        ${msg(str`Mis à jour le ${formatDateTime(result.updatedAt, this.locale)}.`, { id: 'results.updated' })}
      </p>

      <h4>${msg('Par section', { id: 'results.by-section' })}</h4>
      ${renderScoreList(view, rows.sections)}
      ${rows.apart.length
        ? html`<h4>${msg('À part du résultat global', { id: 'results.apart' })}</h4>
            <p class="muted">${msg('Ces sections sont présentées à part : elles ne comptent pas dans le résultat global.', { id: 'results.apart-why' })}</p>
            ${renderScoreList(view, rows.apart)}`
        : nothing}
      ${rows.about.length
        ? html`<h4>${msg('Qui peut agir', { id: 'results.by-about' })}</h4>
            ${renderScoreList(view, rows.about)}`
        : nothing}
      ${result.scores.dimensions.length
        ? html`<h4>${msg('Par dimension de l’impact', { id: 'results.by-dimension' })}</h4>
            ${result.scores.dimensions.length >= 3
              ? html`<partenariat-radar
                  class="radar"
                  part="radar"
                  lang=${this.locale}
                  .axes=${instrument.dimensions!.map((d) => ({ id: d.id, label: d.label }))}
                  .series=${[
                    {
                      label: result.profile.organisation || msg('Nos résultats', { id: 'results.radar-series' }),
                      values: Object.fromEntries(result.scores.dimensions.map((d) => [d.id, d.percent])),
                    },
                  ]}
                  label=${msg('Dimensions de l’impact', { id: 'results.radar-title' })}
                ></partenariat-radar>`
              : nothing}
            ${renderScoreList(view, rows.dimensions)}`
        : nothing}

      <h4>${msg('Pistes d’action', { id: 'results.recommendations' })}</h4>
      ${renderRecommendations(view, result)}
      ${renderScoreTable(view, result, msg('Vos résultats en chiffres', { id: 'table.caption' }))} ${this.submitUrl ? this.renderSend(result) : nothing}
      ${inForm
        ? html`<div class="field no-print">
            <label>
              <input id="consent" type="checkbox" ?disabled=${this.off} .checked=${this.consent} @change=${this.handleConsent} />
              ${msg(str`Nous acceptons que nos résultats soient transmis à ${this.formRecipient} avec ce formulaire.`, { id: 'results.consent' })}
            </label>
            <span class="muted">
              ${msg('Sans votre accord, vos réponses restent sur cet appareil.', { id: 'results.consent-help' })}
            </span>
          </div>`
        : nothing}
      <div class="actions" part="nav">
        <button ?disabled=${this.off} part="button" @click=${() => this.goTo(sectionStep(this.sections[0].id))}>
          ${msg('Modifier nos réponses', { id: 'nav.edit' })}
        </button>
        <button ?disabled=${this.off} part="button" @click=${this.handleDownload}>${msg('Télécharger (JSON)', { id: 'results.download' })}</button>
        <button ?disabled=${this.off} part="button" @click=${this.handlePrint}>${msg('Imprimer', { id: 'results.print' })}</button>
        <button ?disabled=${this.off} part="button" @click=${this.handleClearRequest}>${msg('Recommencer', { id: 'results.start-over' })}</button>
      </div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (this.step === 'results') return this.renderResults();
    if (this.step === 'review') return this.renderReview();
    if (this.layout === 'single') return this.renderSingle();
    if (this.step === INTRO) return this.renderIntro();
    return this.renderSteps();
  }

  private renderContent(): TemplateResult {
    if (this.failure && !this.active) return this.renderError(this.failure);
    if (!this.active) {
      return html`<p role="status">${msg('Chargement du questionnaire…', { id: 'loading' })}</p>`;
    }
    return html`<h2 part="title">${this.t(this.active.title)}</h2>
      ${this.renderNotices()}
      <div role="status">
        ${this.syncNote ? html`<p class="notice" part="notice">${this.syncNote}</p>` : nothing}
        <span class="visually-hidden">${this.announcement}</span>
      </div>
      ${this.renderBody()}
      <div class="actions no-print">
        <button ?disabled=${this.off} class="link" part="button" @click=${this.handleClearRequest}>
          ${msg('Effacer nos réponses', { id: 'clear.button' })}
        </button>
        ${this.setAsideCount
          ? html`<button ?disabled=${this.off} class="link" part="button" @click=${this.handleSetAsideDownload}>
              ${msg(str`Télécharger les réponses mises de côté (${this.setAsideCount})`, {
                id: 'set-aside.download',
                desc: 'Downloads, as a JSON file, the earlier answers that could not be used (another version of the questionnaire, or unreadable); the number is how many copies.',
              })}
            </button>`
          : nothing}
      </div>
      <dialog part="dialog" aria-labelledby="clear-title" aria-describedby="clear-text">
        <h2 id="clear-title">${msg('Effacer toutes vos réponses ?', { id: 'clear.title' })}</h2>
        <p id="clear-text">
          ${this.setAsideCount
            ? msg(
                'Vos réponses, vos résultats et les réponses mises de côté seront effacés de cet appareil. Cette action ne peut pas être annulée.',
                { id: 'clear.text-set-aside' },
              )
            : msg('Vos réponses et vos résultats seront effacés de cet appareil. Cette action ne peut pas être annulée.', {
                id: 'clear.text',
              })}
        </p>
        ${this.progress.outbox?.state === 'sent' && this.progress.outbox.action === 'send'
          ? html`<p>
              ${msg(str`Les résultats déjà transmis à ${this.recipientName} y restent : retirez-les d’abord si vous le souhaitez.`, {
                id: 'clear.sent',
              })}
            </p>`
          : nothing}
        <form method="dialog" class="actions">
          <button ?disabled=${this.off} part="button" value="cancel">${msg('Annuler', { id: 'clear.cancel' })}</button>
          <button ?disabled=${this.off} class="primary" part="button" type="button" @click=${this.handleClearConfirm}>
            ${msg('Oui, tout effacer', { id: 'clear.confirm' })}
          </button>
        </form>
      </dialog>`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    return inLocale(
      locale,
      () => html`<div class="root" part="root" lang=${locale} aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.renderContent()}
      </div>`,
    );
  }
}
