// The collector's admin page: no framework, no inline script, no HTML parsed from strings; every text that
// comes from a campaign is set with textContent. The token stays in this tab (sessionStorage).
const TEXT = {
  fr: {
    title: 'Partenariat — collecteur', token: 'Jeton d’administration', open: 'Ouvrir',
    tokenHint: 'Le jeton a été affiché au premier démarrage du collecteur. Il reste dans cet onglet seulement.',
    campaigns: 'Campagnes', caption: 'Campagnes de ce collecteur et nombre de résultats reçus',
    colId: 'Identifiant', colTitle: 'Titre', colState: 'État', colDates: 'Ouverture – fermeture',
    colCount: 'Résultats', colDownload: 'Télécharger', snippet: 'Code à coller sur le site des membres',
    snippetFor: 'Campagne', isOpen: 'ouverte', isClosed: 'fermée', none: 'aucune date',
    loading: 'Chargement…', loaded: (n) => `${n} campagne${n > 1 ? 's' : ''}.`, empty: 'Aucune campagne pour l’instant : créez-en une avec « partenariat-collect campaign put ».',
    refused: 'Jeton refusé.', failed: (s) => `Le collecteur a répondu ${s}.`, offline: 'Le collecteur ne répond pas.',
    download: (f) => `${f.toUpperCase()}`, other: 'English', otherLang: 'en',
    campaignChoice: 'Campagne montrée ci-dessous',
    snippetHint: 'Sur le site de chaque membre, après le script de Partenariat : le questionnaire de la campagne et l’envoi vers ce collecteur sont déjà indiqués.',
    copy: 'Copier le code', copied: 'Code copié.', selected: 'Code sélectionné : faites Ctrl+C (ou Cmd+C) pour le copier.',
    summaryHeading: 'Portrait des résultats reçus',
    previewHeading: 'Ce que voient les membres',
    previewHint: 'Un aperçu du questionnaire de la campagne : rien de ce qui est répondu ici n’est gardé ni envoyé.',
  },
  en: {
    title: 'Partenariat — collector', token: 'Admin token', open: 'Open',
    tokenHint: 'The token was shown when the collector first started. It is kept in this tab only.',
    campaigns: 'Campaigns', caption: 'Campaigns of this collector and number of results received',
    colId: 'Id', colTitle: 'Title', colState: 'State', colDates: 'Opens – closes',
    colCount: 'Results', colDownload: 'Download', snippet: 'Code to paste on member sites',
    snippetFor: 'Campaign', isOpen: 'open', isClosed: 'closed', none: 'no date',
    loading: 'Loading…', loaded: (n) => `${n} campaign${n > 1 ? 's' : ''}.`, empty: 'No campaign yet: create one with "partenariat-collect campaign put".',
    refused: 'Token refused.', failed: (s) => `The collector answered ${s}.`, offline: 'The collector does not answer.',
    download: (f) => `${f.toUpperCase()}`, other: 'Français', otherLang: 'fr',
    campaignChoice: 'Campaign shown below',
    snippetHint: 'On each member’s site, after the Partenariat script: the campaign’s questionnaire and the sending to this collector are already set.',
    copy: 'Copy the code', copied: 'Code copied.', selected: 'Code selected: press Ctrl+C (or Cmd+C) to copy it.',
    summaryHeading: 'Picture of the results received',
    previewHeading: 'What members see',
    previewHint: 'A preview of the campaign’s questionnaire: nothing answered here is kept or sent.',
  },
};

let lang = localStorage.getItem('partenariat-collect-lang') === 'en' ? 'en' : 'fr';
let campaigns = [];
// The status line, as a function of the language, so that it follows a change of language.
let status = () => '';
function say(message) {
  status = message;
  $('#status').textContent = status();
}
const $ = (selector) => document.querySelector(selector);
const t = () => TEXT[lang];

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t().title;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t()[el.dataset.t];
  $('#lang').textContent = t().other;
  $('#lang').lang = t().otherLang;
  $('#status').textContent = status();
  render();
}

const token = () => sessionStorage.getItem('partenariat-collect-token');

async function api(path) {
  const response = await fetch(path, { headers: { authorization: `Bearer ${token()}`, 'accept-language': lang } });
  if (response.status === 401) throw Object.assign(new Error(), { text: () => t().refused });
  if (!response.ok) throw Object.assign(new Error(), { text: () => t().failed(response.status) });
  return response;
}

async function load() {
  say(() => t().loading);
  summaryFor = '';
  try {
    campaigns = await (await api('/api/campaigns')).json();
    say(() => (campaigns.length ? t().loaded(campaigns.length) : t().empty));
    $('#campaigns').hidden = false;
  } catch (error) {
    say(() => (error.text ? error.text() : t().offline));
    $('#campaigns').hidden = true;
  }
  render();
}

async function download(id, format) {
  try {
    const blob = await (await api(`/api/campaigns/${encodeURIComponent(id)}/submissions?format=${format}`)).blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${id}.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    say(() => (error.text ? error.text() : t().offline));
  }
}

const cell = (text) => {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
};

function render() {
  const body = $('#campaigns tbody');
  body.replaceChildren(...campaigns.map((c) => {
    const tr = document.createElement('tr');
    const when = (iso) => (iso ? new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : t().none);
    const dates = `${when(c.opensAt)} – ${when(c.closesAt)}`;
    tr.append(cell(c.id), cell(c.title[lang]), cell(c.open ? t().isOpen : t().isClosed), cell(dates), cell(new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(c.n)));
    const td = document.createElement('td');
    for (const format of ['csv', 'json', 'ndjson']) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = t().download(format);
      button.setAttribute('aria-label', `${t().colDownload} ${c.id} ${format.toUpperCase()}`);
      button.addEventListener('click', () => download(c.id, format));
      td.append(button);
    }
    tr.append(td);
    return tr;
  }));
  const select = $('#campaign-choice');
  const chosen = select.value;
  select.replaceChildren(...campaigns.map((c) => {
    const option = document.createElement('option');
    option.value = c.id;
    option.textContent = `${c.id} — ${c.title[lang]}`;
    return option;
  }));
  if (campaigns.some((c) => c.id === chosen)) select.value = chosen;
  const id = select.value;
  const base = `${location.origin}/api/campaigns/${encodeURIComponent(id)}`;
  $('#snippet-code').textContent = id
    ? `<partenariat-checklist\n  src="${base}/instrument"\n  submit-url="${base}/submissions">\n</partenariat-checklist>`
    : '';
  $('#copy').disabled = !id;
  showSummary(id);
}

// The chosen campaign's summary, drawn by <partenariat-summary> from the collector's own
// aggregate (never the raw results), and its questionnaire as members see it, in
// <partenariat-checklist> with nothing kept (autosave="off") and nothing sent (no submit-url).
let summaryFor = '';
async function showSummary(id) {
  const summaryElement = $('#summary');
  const preview = $('#preview');
  summaryElement.lang = lang;
  preview.lang = lang;
  if (!id || id === summaryFor) return;
  summaryFor = id;
  try {
    const path = `/api/campaigns/${encodeURIComponent(id)}`;
    const [instrument, summary] = await Promise.all([(await api(`${path}/instrument`)).json(), (await api(`${path}/summary`)).json()]);
    if (summaryFor !== id) return;
    summaryElement.instrument = instrument;
    summaryElement.summary = summary;
    summaryElement.hidden = false;
    preview.instrument = instrument;
    preview.hidden = false;
  } catch (error) {
    summaryFor = '';
    summaryElement.hidden = true;
    preview.hidden = true;
    say(() => (error.text ? error.text() : t().offline));
  }
}

// Copies the snippet; where the clipboard is not allowed (a page not served over HTTPS or from
// this computer), selects it and says how to copy it.
async function copySnippet() {
  const code = $('#snippet-code');
  try {
    await navigator.clipboard.writeText(code.textContent);
    $('#copied').textContent = t().copied;
  } catch {
    getSelection().selectAllChildren(code);
    $('#copied').textContent = t().selected;
  }
}

$('#login').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem('partenariat-collect-token', $('#token').value.trim());
  $('#token').value = '';
  load();
});
$('#lang').addEventListener('click', () => {
  lang = lang === 'fr' ? 'en' : 'fr';
  localStorage.setItem('partenariat-collect-lang', lang);
  applyLanguage();
});
$('#campaign-choice').addEventListener('change', () => {
  $('#copied').textContent = '';
  render();
});
$('#copy').addEventListener('click', copySnippet);
applyLanguage();
if (token()) load();
