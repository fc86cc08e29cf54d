import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { LocalizedElement } from '../../internal/localized-element.js';
import { styleProperty } from '../../internal/inline-size.js';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { ROLE_TABLE_LIMITS, parseRoleTable, roleOf, withPlainAssignments, type Partner, type Responsibility, type RoleTable } from '../../schema/roles.js';
import { localize } from '../../schema/text.js';
import { PartenariatErrorEvent, type PartenariatErrorCode, type PartenariatErrorDetail } from '../../events/events.js';
import { inLocale, plural } from '../../internal/localize.js';
import { sayIssues } from '../../schema/issues.js';
import { downloadBlob } from '../../internal/download.js';
import { TextStore, toAutosaveMode, type AutosaveMode } from '../../internal/store.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { rolesStyles } from './roles.styles.js';
import { askRoles, checkRoles, type RoleQuestion, type RoleWarning } from './rules.js';
import { roleTableToCsv } from './csv.js';
import { TEMPLATE_IDS, roleTableFromTemplate, templateName, type TemplateId } from './templates.js';
// The English of this folder's messages.
import '../../generated/locales/en-roles.js';

/**
 * The largest file opened as a table: a table at the schema's limits, every text at its longest
 * and indented, stays well under it; a larger file is refused before it is read.
 */
const MAX_FILE_BYTES = 2_000_000;

/** The issues said of a table that is refused: the first ones, and how many more. */
const MAX_ISSUES = 20;

/** Rows rendered per task when a whole table comes in (see `shownRows`). */
const ROWS_PER_TASK = 2;
/** From this many partners, the table is printed in narrow columns (`table.wide`). */
const WIDE = 8;
/** From this many cells, the table is laid out from its header row alone (`table.large`). */
const LARGE = 300;

const isImportError = (code: string) => code.startsWith('roles-import');

// Messages said in more than one place.
const titleOf = (t: RoleTable) => t.title || msg('Qui fait quoi dans notre partenariat', { id: 'roles.caption' });
const responsibilityWord = () => msg('Responsabilité', { id: 'roles.responsibility' });
const checkWord = () => msg('Vérification', { id: 'roles.check' });
/** The question asked of a responsibility that several partners decide. */
const whoSettles = () => msg('Qui tranche en cas de désaccord ?', { id: 'roles.ask.who-settles' });

const toTemplate = (value: string | null | undefined): TemplateId =>
  (TEMPLATE_IDS as readonly string[]).includes(value ?? '') ? (value as TemplateId) : 'vide';

/** A fresh id not used in `list`: `p1`, `p2`… */
function freshId(prefix: string, list: Array<{ id: string }>): string {
  const used = new Set(list.map((x) => x.id));
  let n = list.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A deep copy of ordinary objects, for the page (JSON.parse keeps a `__proto__` key as data). */
const plainCopy = (table: RoleTable): RoleTable => JSON.parse(JSON.stringify(table)) as RoleTable;

/** A deep copy to edit, its `assignments` on objects without a prototype (ids such as `constructor` are only data). */
const copy = (table: RoleTable): RoleTable => withPlainAssignments(plainCopy(table));

/**
 * Who does what in a partnership, written down: partners as columns, responsibilities as rows, a
 * role in each cell, with the rules of a clear governance checked as the partners fill it in.
 *
 * @summary A governance role table, filled in together and printed as an annex.
 *
 * @fires change - The person edited the table (a cell, a name, a partner or responsibility added, moved or removed, a starting point, an import, an undo).
 * @fires partenariat-error - A `value` or a JSON file that is not a role table, or saved data set aside, or storage unavailable, or another table of the page already saving in the same place; `detail` is `{code, message, issues}`.
 *
 * @csspart root - The element's box.
 * @csspart table - The role table.
 * @csspart legend - The roles and what they mean.
 * @csspart button - Every button.
 * @csspart notice - A message (an import that failed, saved data set aside…).
 *
 * @cssprop --partenariat-roles-accent - Buttons and focus. Falls back to `--partenariat-color-accent`.
 * @cssprop --partenariat-roles-text - Text. Falls back to `--partenariat-color-text`.
 * @cssprop --partenariat-roles-muted - Secondary text. Falls back to `--partenariat-color-muted`.
 * @cssprop --partenariat-roles-surface - Background. Falls back to `--partenariat-color-surface`.
 * @cssprop --partenariat-roles-border - Borders. Falls back to `--partenariat-color-border`.
 * @cssprop --partenariat-roles-warning - The rule warnings. Falls back to `--partenariat-color-warning`.
 * @cssprop --partenariat-roles-radius - Corner radius. Falls back to `--partenariat-radius`.
 * @cssprop --partenariat-roles-font - Font family. Falls back to `--partenariat-font`.
 * @cssprop --partenariat-roles-font-size - Base font size (1rem).
 */
export class PartenariatRoles extends LocalizedElement {
  static override styles = [sharedStyles, rolesStyles];
  protected static override upgradedProperties = [...LocalizedElement.upgradedProperties, 'value'];

  /** The starting point when nothing is saved and no `value` is given: `association-office`, `sante-services-sociaux`, `organismes-communautaires`, `municipalite` or `vide` (the default). */
  @property() template: TemplateId = 'vide';

  /** Shows the table without any editing control. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Where the table is kept as the partners go: `session` (this tab only, the default), `local` (this browser) or `off`. */
  @property() autosave: AutosaveMode = 'session';

  /**
   * Tells apart the saved tables of several role tables on one site (else the element's `id`).
   * Two on one page in the same place: the first saves, the second says so and keeps nothing
   * while the first is on the page.
   */
  @property({ attribute: 'storage-key' }) storageKey = '';

  @state() private table: RoleTable | undefined;
  private columnObserver: ResizeObserver | undefined;
  private observedColumn: Element | null = null;
  @state() private notices: PartenariatErrorDetail[] = [];
  @state() private undoLabel = '';
  /** What the status region says of the last move, addition or undo. */
  @state() private said = '';
  @state() private chosenTemplate: TemplateId = 'association-office';
  /**
   * How many rows are rendered. A table that comes in whole (restored, set, imported, a starting
   * point) is rendered a few rows per task, so that 100 rows of 20 menus never block the page.
   */
  @state() private shownRows = ROWS_PER_TASK;

  private pendingValue: unknown;
  /** Whether the partners have changed the table since it was loaded. */
  private edited = false;
  /** The tables « Annuler » brings back; each with what to say then and where the focus goes. */
  private history: Array<{ table: RoleTable; label: string; undone: string; focus: string }> = [];
  private store: TextStore | undefined;
  /** Where focus goes after the next render: the first of these selectors that matches. */
  private focusAfter: string[] = [];

  /**
   * The table (`partenariat-roles`, version 1): partners, responsibilities, assignments, vocabulary,
   * title and date. Setting it fires nothing; it may be set before the element is defined.
   */
  get value(): RoleTable {
    if (!this.table && this.pendingValue !== undefined) {
      const pending = parseRoleTable(this.pendingValue);
      if (pending.success) return plainCopy(pending.data);
    }
    return plainCopy(this.table ?? roleTableFromTemplate(toTemplate(this.template), this.locale));
  }

  set value(value: RoleTable) {
    if (!this.hasUpdated) {
      this.pendingValue = value;
      this.requestUpdate();
      return;
    }
    this.accept(value, 'roles-invalid', false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('table' as keyof PartenariatRoles) && this.table) {
      // Many new cells at once (a table restored, set, imported or a starting point): rendered a few
      // rows per task. An edit (a cell, a name, a partner or a row added) is rendered at once.
      const before = changed.get('table' as keyof PartenariatRoles) as RoleTable | undefined;
      const rows = new Set(before?.responsibilities.map((r) => r.id));
      const columns = new Set(before?.partners.map((p) => p.id));
      const { partners, responsibilities } = this.table;
      const freshRows = responsibilities.filter((r) => !rows.has(r.id)).length;
      const freshColumns = partners.filter((p) => !columns.has(p.id)).length;
      const freshCells = freshRows * partners.length + (responsibilities.length - freshRows) * freshColumns;
      if (freshCells > ROWS_PER_TASK * ROLE_TABLE_LIMITS.partners) this.shownRows = ROWS_PER_TASK;
    }
    if (!this.hasUpdated || changed.has('autosave') || changed.has('storageKey')) {
      const key = `partenariat:roles:${this.storageKey || this.id || 'default'}`;
      this.store?.release();
      this.store = new TextStore(toAutosaveMode(this.autosave), key, this);
      this.sayIfTaken();
      if (!this.hasUpdated) this.loadFirst();
      else if (this.edited || this.store.read() === null) this.save();
      else this.loadFirst();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeFirstColumn();
    window.addEventListener('beforeprint', this.handleBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    this.columnObserver?.disconnect();
    this.observedColumn = null;
  }

  protected override updated(): void {
    if (this.table && this.shownRows < this.table.responsibilities.length) {
      setTimeout(() => (this.shownRows += ROWS_PER_TASK));
    }
    this.observeFirstColumn();
    const wanted = this.focusAfter;
    this.focusAfter = [];
    for (const selector of wanted) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        break;
      }
    }
  }

  /** Resolves once every row of the table is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.isConnected && this.table && this.shownRows < this.table.responsibilities.length) {
      await new Promise((resolve) => setTimeout(resolve));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Keeps `--_first-column` at the width of the first column, which stays in place as the table
   * scrolls sideways: a focused cell is then scrolled into view beside it, whatever its labels.
   */
  private observeFirstColumn(): void {
    const first = this.renderRoot.querySelector('thead th');
    if (first === this.observedColumn) return;
    this.columnObserver ??= new ResizeObserver(([entry]) => {
      const width = Math.ceil(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      this.renderRoot.querySelector<HTMLElement>('.table-scroll')?.style.setProperty('--_first-column', `${width}px`);
    });
    this.columnObserver.disconnect();
    if (first) this.columnObserver.observe(first);
    this.observedColumn = first;
  }

  // ---- data ----

  private loadFirst(): void {
    if (this.pendingValue !== undefined) {
      const value = this.pendingValue;
      this.pendingValue = undefined;
      if (this.accept(value, 'roles-invalid', false)) return;
    }
    const raw = this.store!.read();
    if (raw !== null) {
      let parsed: ReturnType<typeof parseRoleTable> | undefined;
      try {
        parsed = parseRoleTable(JSON.parse(raw));
      } catch {
        parsed = undefined;
      }
      if (parsed?.success) {
        this.table = parsed.data;
        return;
      }
      this.store!.setAside(raw);
      this.report('saved-data-set-aside', inLocale(this.locale, () => msg('Un tableau enregistré était illisible : il a été mis de côté et vous repartez du modèle.', { id: 'roles.notice.corrupt' })));
    }
    this.table = withPlainAssignments(roleTableFromTemplate(toTemplate(this.template), this.locale));
    if (this.store!.inMemory) this.reportStorage();
  }

  /** Takes `data` as the table if it is one; else says why. Returns whether it did. */
  private accept(data: unknown, code: PartenariatErrorCode, byUser: boolean, label = '', parsed = parseRoleTable(data)): boolean {
    if (!parsed.success) {
      const issues = inLocale(this.locale, () =>
        sayIssues(parsed.issues.slice(0, MAX_ISSUES)),
      );
      const more = parsed.issues.length - issues.length;
      this.report(
        code,
        inLocale(this.locale, () => {
          const what = code === 'roles-import-invalid'
            ? msg('Ce fichier n’est pas un tableau des rôles valide ; le tableau affiché n’a pas changé.', { id: 'roles.error.import-invalid' })
            : msg('Les données fournies au tableau des rôles ne sont pas valides ; le tableau affiché n’a pas changé.', { id: 'roles.error.invalid' });
          return more > 0
            ? `${what} ${msg(str`Voici les ${issues.length} premiers problèmes ; ${new Intl.NumberFormat(this.locale === 'fr' ? 'fr-CA' : 'en-CA').format(more)} autres ne sont pas listés.`, { id: 'roles.error.more-issues', desc: 'After a refused table: only the first problems are listed.' })}`
            : what;
        }),
        issues,
      );
      return false;
    }
    if (byUser) this.edit(() => parsed.data, label);
    else {
      // A table set by the page starts a new history: « Annuler » never brings back an older one.
      this.history = [];
      this.undoLabel = '';
      this.edited = true;
      this.table = parsed.data;
      this.notices = this.notices.filter((n) => n.code !== 'roles-invalid');
      this.save();
    }
    return true;
  }

  private report(code: PartenariatErrorCode, message: string, issues: PartenariatErrorDetail['issues'] = []): void {
    const detail = { code, message, issues };
    // A new import error replaces the last one, whatever went wrong.
    const replaces = (n: PartenariatErrorDetail) => n.code === code || (isImportError(code) && isImportError(n.code));
    this.notices = [...this.notices.filter((n) => !replaces(n)), detail];
    this.dispatchEvent(new PartenariatErrorEvent(detail));
  }

  /**
   * Says, or stops saying, that another table of the page keeps its data in the same place.
   * Returns whether it does.
   */
  private sayIfTaken(): boolean {
    const taken = this.store?.taken ?? false;
    const said = this.notices.some((n) => n.code === 'storage-key-in-use');
    if (taken && !said) {
      this.report(
        'storage-key-in-use',
        inLocale(this.locale, () =>
          msg('Ce tableau n’est pas enregistré : un autre tableau de cette page garde déjà le sien au même endroit. Il sera perdu si vous fermez ou rechargez la page ; téléchargez-le pour le garder.', { id: 'roles.notice.storage-key' }),
        ),
      );
    } else if (!taken && said) {
      // The table that held the place has left the page: this one now saves there.
      this.notices = this.notices.filter((n) => n.code !== 'storage-key-in-use');
    }
    return taken;
  }

  private reportStorage(): void {
    if (this.notices.some((n) => n.code === 'storage-unavailable')) return;
    this.report(
      'storage-unavailable',
      inLocale(this.locale, () =>
        msg('Ce navigateur ne permet pas d’enregistrer le tableau : il sera perdu si vous fermez ou rechargez la page. Téléchargez-le pour le garder.', { id: 'roles.notice.storage' }),
      ),
    );
  }

  /**
   * Saves the table. After a failed write (a full storage) the store keeps the table in the page's
   * memory and tries the browser's storage again at each later save; the notice goes once a write
   * succeeds.
   */
  private save(): void {
    if (!this.table || !this.store) return;
    const saved = this.store.write(JSON.stringify(this.table));
    if (this.sayIfTaken()) return;
    if (!saved) this.reportStorage();
    else this.notices = this.notices.filter((n) => n.code !== 'storage-unavailable');
  }

  /**
   * A person's edit: applies `change` to a copy of the table, saves it and fires `change`. With
   * `undoLabel`, the table before the edit can be brought back with « Annuler ».
   */
  private edit(change: (table: RoleTable) => RoleTable | void, undoLabel = '', undone = '', focus = 'table'): void {
    this.edited = true;
    this.said = '';
    const before = this.table!;
    const next = copy(before);
    this.table = change(next) ?? next;
    if (undoLabel) {
      this.history = [...this.history.slice(-19), { table: before, label: undoLabel, undone, focus }];
      this.undoLabel = undoLabel;
    }
    this.save();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ---- handlers ----

  private handleUndo(): void {
    const last = this.history.pop();
    if (!last) return;
    this.table = last.table;
    this.undoLabel = this.history.at(-1)?.label ?? '';
    this.said = last.undone || inLocale(this.locale, () => msg('Changement annulé.', { id: 'roles.undone', desc: 'Said once « Annuler » has brought back the table as it was before a starting point or a file.' }));
    this.save();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    // Focus goes back to what came back (its name field), else to the table.
    this.focusAfter = [last.focus, 'table'];
  }

  /** Printed before every row is rendered (a large table just set): all rows, now. */
  private handleBeforePrint = (): void => {
    if (!this.table || this.shownRows >= this.table.responsibilities.length) return;
    this.shownRows = this.table.responsibilities.length;
    this.performUpdate();
  };

  /**
   * A control of the table that gets the focus is brought into view beside the first column,
   * which stays in place as the table scrolls sideways, never under it (nor past the right edge).
   * After the browser's own scrolling to the focus, which may centre the control under that column.
   */
  private handleFocusIn(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    requestAnimationFrame(() => this.revealBesideFirstColumn(target));
  }

  private revealBesideFirstColumn(target: HTMLElement): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.table-scroll');
    const cell = target.closest('th, td');
    const row = cell?.parentElement;
    if (!scroller || !cell || !row || cell === row.firstElementChild || this.shadowRoot?.activeElement !== target) return;
    // Room for the focus outline (2 px, 2 px away).
    const gap = 5;
    const start = row.firstElementChild!.getBoundingClientRect().right + gap;
    const end = scroller.getBoundingClientRect().right - gap;
    const box = target.getBoundingClientRect();
    if (box.left < start) scroller.scrollLeft -= start - box.left;
    else if (box.right > end) scroller.scrollLeft += Math.min(box.right - end, box.left - start);
  }

  private handleAdd(event: SubmitEvent, kind: 'partner' | 'responsibility'): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.querySelector('input')!;
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    this.edit((t) => {
      if (kind === 'partner') t.partners.push({ id: freshId('p', t.partners), name: text.slice(0, 120) });
      else t.responsibilities.push({ id: freshId('r', t.responsibilities), label: text.slice(0, 300) });
    });
    const t = this.table!;
    this.said = inLocale(this.locale, () =>
      kind === 'partner'
        ? msg(str`Partenaire « ${t.partners.at(-1)!.name} » ajouté (colonne ${t.partners.length}).`, { id: 'roles.added-partner', desc: 'Said once a partner is added, with its column number.' })
        : msg(str`Responsabilité « ${t.responsibilities.at(-1)!.label} » ajoutée (ligne ${t.responsibilities.length}).`, { id: 'roles.added-responsibility', desc: 'Said once a responsibility is added, with its row number.' }),
    );
    input.value = '';
    input.focus();
  }

  private handleRename(event: Event, kind: 'partner' | 'responsibility', id: string): void {
    const input = event.target as HTMLTextAreaElement;
    const text = input.value.replace(/\s+/g, ' ').trim();
    const current = kind === 'partner' ? this.table!.partners.find((p) => p.id === id)!.name : this.table!.responsibilities.find((r) => r.id === id)!.label;
    if (!text) {
      input.value = current; // A name cannot be emptied; removing is done with « Retirer ».
      return;
    }
    if (text === current) return;
    this.edit((t) => {
      if (kind === 'partner') t.partners.find((p) => p.id === id)!.name = text.slice(0, 120);
      else t.responsibilities.find((r) => r.id === id)!.label = text.slice(0, 300);
    });
  }

  /** Moves a partner or a responsibility; focus stays on the same button, or its twin at an end. */
  private handleMove(kind: 'partners' | 'responsibilities', index: number, by: -1 | 1, button: string, twin: string): void {
    this.edit((t) => {
      const list = t[kind] as Array<Partner | Responsibility>;
      const [moved] = list.splice(index, 1);
      list.splice(index + by, 0, moved);
    });
    const list = this.table![kind];
    const at = index + by + 1;
    this.said = inLocale(this.locale, () =>
      kind === 'partners'
        ? msg(str`Partenaire « ${this.table!.partners[at - 1].name} » déplacé : colonne ${at} sur ${list.length}.`, { id: 'roles.moved-partner', desc: 'Said once a partner is moved: its new column, of how many.' })
        : msg(str`Responsabilité « ${this.table!.responsibilities[at - 1].label} » déplacée : ligne ${at} sur ${list.length}.`, { id: 'roles.moved-responsibility', desc: 'Said once a responsibility is moved: its new row, of how many.' }),
    );
    this.focusAfter = [`#${CSS.escape(button)}:not([disabled])`, `#${CSS.escape(twin)}`];
  }

  private handleRemove(kind: 'partners' | 'responsibilities', id: string, name: string): void {
    const label = inLocale(this.locale, () =>
      kind === 'partners'
        ? msg(str`Partenaire « ${name} » retiré.`, { id: 'roles.removed-partner' })
        : msg(str`Responsabilité « ${name} » retirée.`, { id: 'roles.removed-responsibility' }),
    );
    const undone = inLocale(this.locale, () => msg(str`Retrait annulé : « ${name} » est de retour.`, { id: 'roles.undone-removal', desc: 'Said once « Annuler » has brought back a removed partner or responsibility.' }));
    this.edit(
      (t) => {
        if (kind === 'partners') {
          t.partners = t.partners.filter((p) => p.id !== id);
          for (const row of Object.values(t.assignments)) delete row[id];
        } else {
          t.responsibilities = t.responsibilities.filter((r) => r.id !== id);
          delete t.assignments[id];
        }
      },
      label,
      undone,
      `#${CSS.escape(`${kind === 'partners' ? 'partner' : 'responsibility'}-${id}`)}`,
    );
    this.focusAfter = ['.undo button'];
  }

  private handleCell(event: Event, responsibility: string, partner: string): void {
    const role = (event.target as HTMLSelectElement).value;
    const asked = (t: RoleTable) => askRoles(t).some((q) => q.responsibility === responsibility);
    const before = asked(this.table!);
    this.edit((t) => {
      const row = (t.assignments[responsibility] ??= Object.create(null) as Record<string, string>);
      if (role) row[partner] = role;
      else delete row[partner];
      if (!Object.keys(row).length) delete t.assignments[responsibility];
    });
    // Several partners now decide it: the question is said in the status region too.
    if (!before && asked(this.table!)) this.said = inLocale(this.locale, whoSettles);
  }

  private handleTitle(event: Event): void {
    const title = (event.target as HTMLInputElement).value.trim().slice(0, 200);
    if (title !== this.table!.title) this.edit((t) => void (t.title = title));
  }

  private handleDate(event: Event): void {
    const date = (event.target as HTMLInputElement).value;
    this.edit((t) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(date)) t.date = date;
      else delete t.date;
    });
  }

  private handleTemplate(): void {
    const id = this.chosenTemplate;
    const label = inLocale(this.locale, () =>
      msg(str`Modèle « ${templateName(id, this.locale)} » appliqué.`, { id: 'roles.template-applied' }),
    );
    this.edit(() => withPlainAssignments(roleTableFromTemplate(id, this.locale)), label);
  }

  private async handleImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      this.report(
        'roles-import-invalid',
        inLocale(this.locale, () =>
          msg(str`Le fichier « ${file.name} » est trop gros pour être un tableau des rôles (plus de 2 Mo) ; le tableau affiché n’a pas changé.`, {
            id: 'roles.error.import-size',
            desc: 'A file chosen to open is larger than any role table can be.',
          }),
        ),
      );
      return;
    }
    let data: unknown;
    try {
      // JSON is UTF-8: other bytes make the file unreadable, rather than replaced by « � » unseen.
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
    } catch {
      this.report('roles-import-json', inLocale(this.locale, () => msg(str`Le fichier « ${file.name} » n’est pas du JSON valide ; le tableau affiché n’a pas changé.`, { id: 'roles.error.import-json' })));
      return;
    }
    const label = inLocale(this.locale, () => msg(str`Fichier « ${file.name} » ouvert.`, { id: 'roles.imported' }));
    // Checked in one task, shown in the next: the page stays responsive in between.
    const parsed = parseRoleTable(data);
    await new Promise((resolve) => setTimeout(resolve));
    if (this.accept(data, 'roles-import-invalid', true, label, parsed)) {
      this.notices = this.notices.filter((n) => !n.code.startsWith('roles-import'));
    }
  }

  private fileName(ext: string): string {
    const t = this.table!;
    const base = (t.title || 'roles').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
    return `${base || 'roles'}${t.date ? `-${t.date}` : ''}.${ext}`;
  }

  private handleDownload(kind: 'json' | 'csv'): void {
    const t = this.table!;
    const blob =
      kind === 'json'
        ? new Blob([JSON.stringify(t, null, 2)], { type: 'application/json' })
        : new Blob([roleTableToCsv(t, this.locale, inLocale(this.locale, responsibilityWord))], { type: 'text/csv;charset=utf-8' });
    downloadBlob(this.renderRoot, blob, this.fileName(kind));
  }

  // ---- render helpers ----

  /** A cell's role as printed: its name, or in a wide table its few letters (the legend says them). */
  private renderRole(id: string | undefined): TemplateResult {
    const role = this.table!.vocabulary.find((r) => r.id === id);
    const label = role ? localize(role.label, this.locale) : '';
    if (this.table!.partners.length < WIDE) return html`${label}`;
    return html`<span class="role-name">${label}</span><span class="role-short">${role?.short ? localize(role.short, this.locale) : label}</span>`;
  }

  private sayWarning(w: RoleWarning): string {
    switch (w.kind) {
      case 'empty-table':
        return msg('Le tableau est vide : ajoutez des partenaires et des responsabilités, ou partez d’un modèle.', { id: 'roles.warn.empty' });
      case 'no-decider':
        return msg('Personne ne décide : choisissez qui décide.', { id: 'roles.warn.no-decider' });
      case 'no-doer':
        return msg('Personne ne réalise cette responsabilité.', { id: 'roles.warn.no-doer' });
      case 'partner-without-role':
        return msg('Aucun rôle pour ce partenaire.', { id: 'roles.warn.partner' });
    }
  }

  private renderHeader(p: Partner, i: number, count: number, warned: boolean): TemplateResult {
    if (this.readonly) return html`<th scope="col">${p.name}</th>`;
    // The header's name is the partner's name alone, not its tools' names too.
    return html`<th scope="col" aria-labelledby=${`partner-name-${p.id}`}>
      <span class="print-only" id=${`partner-name-${p.id}`}>${p.name}</span>
      <textarea
        class="no-print"
        rows="1"
        id=${`partner-${p.id}`}
        maxlength="120"
        .value=${p.name}
        aria-label=${msg(str`Nom du partenaire ${i + 1}`, { id: 'roles.partner-name' })}
        aria-describedby=${warned ? `foot-${p.id}` : nothing}
        @change=${(e: Event) => this.handleRename(e, 'partner', p.id)}
      ></textarea>
      <div class="tools">
        <button part="button" ?disabled=${i === 0} aria-label=${msg(str`Déplacer « ${p.name} » vers la gauche`, { id: 'roles.move-left' })}
          id=${`left-${p.id}`} @click=${() => this.handleMove('partners', i, -1, `left-${p.id}`, `right-${p.id}`)}><span aria-hidden="true">←</span></button>
        <button part="button" ?disabled=${i === count - 1} aria-label=${msg(str`Déplacer « ${p.name} » vers la droite`, { id: 'roles.move-right' })}
          id=${`right-${p.id}`} @click=${() => this.handleMove('partners', i, 1, `right-${p.id}`, `left-${p.id}`)}><span aria-hidden="true">→</span></button>
        <button part="button" aria-label=${msg(str`Retirer « ${p.name} »`, { id: 'roles.remove-partner' })}
          @click=${() => this.handleRemove('partners', p.id, p.name)}><span aria-hidden="true">✕</span></button>
      </div>
    </th>`;
  }

  private renderRow(r: Responsibility, i: number, count: number, mine: RoleWarning[], withoutRole: Set<string>, ask?: RoleQuestion): TemplateResult {
    const t = this.table!;
    const roleAt = (partner: string) => roleOf(t, r.id, partner);
    const head = this.readonly
      ? html`<th scope="row">${r.label}</th>`
      : html`<th scope="row" aria-labelledby=${`responsibility-name-${r.id}`}>
          <span class="print-only" id=${`responsibility-name-${r.id}`}>${r.label}</span>
          <textarea class="no-print" rows="2" maxlength="300" .value=${r.label} id=${`responsibility-${r.id}`}
            aria-label=${msg(str`Responsabilité ${i + 1}`, { id: 'roles.responsibility-name' })}
            aria-describedby=${mine.length ? `check-${r.id}` : nothing}
            @change=${(e: Event) => this.handleRename(e, 'responsibility', r.id)}></textarea>
          <div class="tools">
            <button part="button" ?disabled=${i === 0} id=${`up-${r.id}`} aria-label=${msg(str`Monter « ${r.label} »`, { id: 'roles.move-up' })}
              @click=${() => this.handleMove('responsibilities', i, -1, `up-${r.id}`, `down-${r.id}`)}><span aria-hidden="true">↑</span></button>
            <button part="button" ?disabled=${i === count - 1} id=${`down-${r.id}`} aria-label=${msg(str`Descendre « ${r.label} »`, { id: 'roles.move-down' })}
              @click=${() => this.handleMove('responsibilities', i, 1, `down-${r.id}`, `up-${r.id}`)}><span aria-hidden="true">↓</span></button>
            <button part="button" aria-label=${msg(str`Retirer « ${r.label} »`, { id: 'roles.remove-responsibility' })}
              @click=${() => this.handleRemove('responsibilities', r.id, r.label)}><span aria-hidden="true">✕</span></button>
          </div>
        </th>`;
    // A select is described by its row's warnings and question, and by its column's warning (a
    // partner without a role).
    const describedBy = (partner: string) =>
      [mine.length ? `check-${r.id}` : '', ask ? `ask-${r.id}` : '', withoutRole.has(partner) ? `foot-${partner}` : ''].filter(Boolean).join(' ') || nothing;
    return html`<tr>
      ${head}
      ${t.partners.map((p) =>
        this.readonly
          ? html`<td>${this.renderRole(roleAt(p.id))}</td>`
          : html`<td>
              <select class="no-print" .value=${live(roleAt(p.id) ?? '')} aria-label=${msg(str`Rôle de « ${p.name} » pour « ${r.label} »`, { id: 'roles.cell' })}
                aria-describedby=${describedBy(p.id)}
                @change=${(e: Event) => this.handleCell(e, r.id, p.id)}>
                <option value="" ?selected=${!roleAt(p.id)}>—</option>
                ${t.vocabulary.map((role) => html`<option value=${role.id} ?selected=${roleAt(p.id) === role.id}>${localize(role.label, this.locale)}</option>`)}
              </select>
              <span class="print-only">${this.renderRole(roleAt(p.id))}</span>
            </td>`,
      )}
      <td class="check">
        <div id=${`check-${r.id}`}>
          ${mine.length
            ? mine.map((w) => html`<div class="warning">${this.sayWarning(w)}</div>`)
            : ask ? nothing : html`<span class="ok">${msg('Rien à signaler', { id: 'roles.row-ok' })}</span>`}
        </div>
        ${ask ? html`<div class="ask" id=${`ask-${r.id}`}>${whoSettles()}</div>` : nothing}
      </td>
    </tr>`;
  }

  private renderTable(warnings: RoleWarning[], questions: RoleQuestion[]): TemplateResult {
    const t = this.table!;
    const asks = new Map(questions.map((q) => [q.responsibility, q]));
    const withoutRole = new Set(warnings.flatMap((w) => (w.kind === 'partner-without-role' ? [w.partner] : [])));
    const byRow = new Map<string, RoleWarning[]>();
    for (const w of warnings) if ('responsibility' in w) byRow.set(w.responsibility, [...(byRow.get(w.responsibility) ?? []), w]);
    // A row is rendered again only when something it shows has changed: one cell edited in a table
    // of 100 rows renders one row (and the rows whose warnings changed), not 2,000 menus.
    const everyRow = [
      this.locale,
      this.readonly,
      t.responsibilities.length,
      t.partners.map((p) => `${p.id}\u0000${p.name}\u0000${withoutRole.has(p.id)}`).join('\u0001'),
      t.vocabulary.map((role) => `${role.id}\u0000${localize(role.label, this.locale)}\u0000${localize(role.short, this.locale)}`).join('\u0001'),
    ].join('\u0002');
    const rows = t.responsibilities.slice(0, this.shownRows);
    return html`<div class="table-scroll" @focusin=${this.handleFocusIn}>
      <table part="table" tabindex="-1" class=${`${t.partners.length >= WIDE ? 'wide' : ''} ${t.partners.length * t.responsibilities.length > LARGE ? 'large' : ''}`}
        ${styleProperty('--_partners', String(t.partners.length))}>
        <caption>
          ${titleOf(t)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${responsibilityWord()}</th>
            ${t.partners.map((p, i) => this.renderHeader(p, i, t.partners.length, withoutRole.has(p.id)))}
            <th scope="col" class="check">${checkWord()}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((r, i) => {
            const mine = byRow.get(r.id) ?? [];
            const cells = t.partners.map((p) => roleOf(t, r.id, p.id) ?? '').join('\u0001');
            const said = mine.map((w) => this.sayWarning(w)).join('\u0001');
            const ask = asks.get(r.id);
            // The guard renders the row later, once the table's render is over: in the element's language too.
            return guard([everyRow, r.id, r.label, i, cells, said, !!ask], () => inLocale(this.locale, () => this.renderRow(r, i, t.responsibilities.length, mine, withoutRole, ask)));
          })}
        </tbody>
        ${withoutRole.size
          ? html`<tfoot>
              <tr>
                <th scope="row" class="check">${checkWord()}</th>
                ${t.partners.map((p) => html`<td id=${`foot-${p.id}`}>${withoutRole.has(p.id) ? html`<div class="warning">${this.sayWarning({ kind: 'partner-without-role', partner: p.id })}</div>` : nothing}</td>`)}
                <td class="check"></td>
              </tr>
            </tfoot>`
          : nothing}
      </table>
    </div>`;
  }

  private renderEditing(): TemplateResult {
    return html`<div class="adders no-print">
        <form @submit=${(e: SubmitEvent) => this.handleAdd(e, 'partner')}>
          <div class="field">
            <label for="new-partner">${msg('Nouveau partenaire', { id: 'roles.new-partner' })}</label>
            <input id="new-partner" type="text" maxlength="120" autocomplete="organization" />
          </div>
          <button part="button">${msg('Ajouter le partenaire', { id: 'roles.add-partner' })}</button>
        </form>
        <form @submit=${(e: SubmitEvent) => this.handleAdd(e, 'responsibility')}>
          <div class="field">
            <label for="new-responsibility">${msg('Nouvelle responsabilité', { id: 'roles.new-responsibility' })}</label>
            <input id="new-responsibility" type="text" maxlength="300" autocomplete="off" />
          </div>
          <button part="button">${msg('Ajouter la responsabilité', { id: 'roles.add-responsibility' })}</button>
        </form>
      </div>
      <div class="undo" role="status">
        ${this.said ? html`<span>${this.said}</span> ` : nothing}${this.undoLabel
          ? html`<span>${this.undoLabel}</span> <button part="button" @click=${this.handleUndo}>${msg('Annuler', { id: 'roles.undo' })}</button>`
          : nothing}
      </div>`;
  }

  private renderActions(): TemplateResult {
    // An import that failed is said next to the import control, and described by it.
    const importError = this.notices.find((n) => isImportError(n.code));
    return html`<div class="actions">
      ${this.readonly
        ? nothing
        : html`<div class="field">
              <label for="template">${msg('Partir d’un modèle', { id: 'roles.template' })}</label>
              <select id="template" @change=${(e: Event) => (this.chosenTemplate = toTemplate((e.target as HTMLSelectElement).value))}>
                ${TEMPLATE_IDS.map((id) => html`<option value=${id} ?selected=${id === this.chosenTemplate}>${templateName(id, this.locale)}</option>`)}
              </select>
            </div>
            <button part="button" @click=${this.handleTemplate}>${msg('Appliquer le modèle', { id: 'roles.apply-template' })}</button>`}
      <button part="button" @click=${() => this.handleDownload('json')}>${msg('Télécharger (JSON)', { id: 'roles.download-json' })}</button>
      <button part="button" @click=${() => this.handleDownload('csv')}>${msg('Télécharger (CSV)', { id: 'roles.download-csv' })}</button>
      ${this.readonly
        ? nothing
        : html`<div class="field">
            <label for="import">${msg('Ouvrir un tableau enregistré (JSON)', { id: 'roles.import' })}</label>
            <input id="import" type="file" accept=".json,application/json" aria-describedby=${importError ? 'import-error' : nothing} @change=${this.handleImport} />
          </div>
          ${importError ? this.renderNotice(importError, 'import-error') : nothing}`}
      <button part="button" @click=${() => window.print()}>${msg('Imprimer l’annexe', { id: 'roles.print' })}</button>
    </div>`;
  }

  private renderNotice(n: PartenariatErrorDetail, id?: string): TemplateResult {
    return html`<div class="notice ${n.code.startsWith('storage-') || n.code === 'saved-data-set-aside' ? '' : 'error'}" part="notice" role="alert" id=${id ?? nothing}>
      <p>${n.message}</p>
      ${n.issues.length
        ? html`<ul>${n.issues.map((i) => html`<li><code>${i.path}</code>${this.locale === 'fr' ? '\u00a0: ' : ': '}${i.message}</li>`)}</ul>`
        : nothing}
    </div>`;
  }

  private renderContent(): TemplateResult {
    const t = this.table;
    if (!t) return html``;
    const warnings = checkRoles(t);
    const questions = askRoles(t);
    const count = warnings.length;
    return html`${this.notices.filter((n) => this.readonly || !isImportError(n.code)).map((n) => this.renderNotice(n))}
      <h2 class=${this.readonly ? '' : 'title visually-hidden'}>${titleOf(t)}</h2>
      ${this.readonly
        ? nothing
        : html`<div class="head no-print">
            <div class="field grow">
              <label for="title">${msg('Titre du partenariat', { id: 'roles.title' })}</label>
              <input id="title" type="text" maxlength="200" .value=${t.title} @change=${this.handleTitle} />
            </div>
            <div class="field">
              <label for="date">${msg('Date', { id: 'roles.date' })}</label>
              <input id="date" type="date" .value=${t.date ?? ''} @change=${this.handleDate} />
            </div>
          </div>`}
      ${t.date ? html`<p class=${this.readonly ? '' : 'print-only'}>${msg(str`Date : ${new Intl.DateTimeFormat(this.locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${t.date}T00:00:00Z`))}`, { id: 'roles.date-line' })}</p>` : nothing}
      <p class="summary" role="status">
        ${count === 0
          ? msg('Aucun point à vérifier.', { id: 'roles.summary.none' })
          : warnings[0].kind === 'empty-table'
            ? this.sayWarning(warnings[0])
            : plural(
                this.locale,
                count,
                () => msg('Un point à vérifier (voir la colonne « Vérification »).', { id: 'roles.summary.one' }),
                () => msg(str`${count} points à vérifier (voir la colonne « Vérification »).`, { id: 'roles.summary.other' }),
              )}
      </p>
      ${this.renderTable(warnings, questions)} ${this.readonly ? nothing : this.renderEditing()}
      <h3 class="visually-hidden">${msg('Les rôles', { id: 'roles.legend-title' })}</h3>
      <dl class="legend" part="legend">
        ${t.vocabulary.map((role) => html`<dt>${localize(role.label, this.locale)}${role.short ? html` (${localize(role.short, this.locale)})` : nothing}</dt><dd>${localize(role.description, this.locale)}</dd>`)}
      </dl>
      <div class="initials" aria-hidden="true">
        ${t.partners.map((p) => html`<div>${msg(str`Initiales — ${p.name}`, { id: 'roles.initials' })}</div>`)}
      </div>
      ${this.renderActions()}`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    return inLocale(locale, () => html`<div class="root" part="root" lang=${locale}>${this.renderContent()}</div>`);
  }
}
