// The demo pages' script: the language switch, the event log and the JSON panel.
import '../src/index.js';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';

const root = document.documentElement;
const switcher = document.querySelector<HTMLButtonElement>('#lang-switch')!;
const log = document.querySelector<HTMLOListElement>('#log');
const json = document.querySelector<HTMLPreElement>('#json');

function setLang(lang: 'fr-CA' | 'en-CA') {
  root.lang = lang;
  switcher.textContent = lang === 'fr-CA' ? 'English' : 'Français';
  switcher.lang = lang === 'fr-CA' ? 'en' : 'fr';
  const url = new URL(location.href);
  url.searchParams.set('lang', lang.slice(0, 2));
  history.replaceState(null, '', url);
  document
    .querySelector('#collected')
    ?.setAttribute('recipient', lang === 'fr-CA' ? 'la fédération (collecteur de démonstration)' : 'the federation (demo collector)');
}
setLang(new URLSearchParams(location.search).get('lang') === 'en' ? 'en-CA' : 'fr-CA');
switcher.addEventListener('click', () => setLang(root.lang === 'fr-CA' ? 'en-CA' : 'fr-CA'));

function write(line: string) {
  if (!log) return;
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString(root.lang)} ${line}`;
  log.prepend(item);
  while (log.children.length > 50) log.lastElementChild!.remove();
}

const form = document.querySelector<HTMLFormElement>('#federation-form');
const main = document.querySelector<PartenariatChecklist>(form ? '#federation' : '#autodiagnostic');

for (const el of document.querySelectorAll<HTMLElement>('partenariat-checklist, partenariat-radar, partenariat-roles')) {
  const name = `#${el.id}`;
  el.addEventListener('change', () => write(`${name} change`));
  el.addEventListener('partenariat-change', (e) =>
    write(`${name} partenariat-change — ${Object.keys(e.detail.answers).length} réponses / answers`),
  );
  el.addEventListener('partenariat-complete', (e) =>
    write(`${name} partenariat-complete — ${e.detail.scores.overall.percent ?? '—'} %`),
  );
  el.addEventListener('partenariat-error', (e) => write(`${name} partenariat-error — ${e.detail.code}`));
  el.addEventListener('partenariat-submit', (e) =>
    write(`${name} partenariat-submit — ${e.detail.status}${e.detail.receipt ? ` (${e.detail.receipt})` : ''}`),
  );
}

function showResult() {
  if (!json || !main) return;
  if (form) {
    const sent = new FormData(form).get('autodiagnostic');
    json.textContent =
      typeof sent === 'string'
        ? JSON.stringify(JSON.parse(sent), null, 2)
        : root.lang.startsWith('fr')
          ? '(rien : pas encore de consentement)'
          : '(nothing: no consent yet)';
  } else {
    json.textContent = JSON.stringify(main.result, null, 2);
  }
}
main?.addEventListener('partenariat-change', showResult);
main?.addEventListener('partenariat-complete', showResult);
main?.addEventListener('change', showResult);
customElements.whenDefined('partenariat-checklist').then(() => main?.updateComplete).then(showResult);

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  showResult();
  write(`#federation submit — ${new FormData(form).has('autodiagnostic') ? 'résultat joint / result attached' : '—'}`);
});
