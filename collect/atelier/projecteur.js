// The room screen of a live workshop, for the facilitator: where to join, the live count, the
// group's summary once there are enough answers and the facilitator shows it (server-sent events,
// reconnecting by themselves), « Figer » to hold it during the discussion, the role table, and the
// end. The facilitator's key comes in the address's fragment (never sent in a request line) and
// is traded for a cookie the page's script cannot read. No inline script or style.
const TEXT = {
  fr: {
    title: 'Atelier sur notre partenariat', key: 'Clé d’animation', open: 'Ouvrir',
    keyHint: 'La clé est dans l’adresse de l’écran de la salle, affichée dans le terminal au démarrage de l’atelier.',
    refused: 'Clé refusée.', offline: 'L’atelier ne répond pas : vérifiez qu’il tourne toujours dans le terminal.',
    reconnecting: 'Connexion perdue avec l’atelier : nouvelle tentative…',
    join: 'Pour répondre, avec votre téléphone', qrAlt: (url) => `Code QR menant à ${url}`,
    also: (list) => `Ou, selon le réseau : ${list}`,
    countHeading: 'Réponses reçues',
    count: (n) => (n === 0 ? 'Aucune réponse pour l’instant' : n === 1 ? '1 réponse reçue' : `${n} réponses reçues`),
    countHint: (min) => `Les résultats peuvent être montrés à partir de ${min} réponses : jamais ceux d’une seule personne.`,
    show: 'Montrer les résultats', freeze: 'Figer', unfreeze: 'Reprendre les mises à jour',
    frozen: (n) => (n ? `Portrait figé : ${n} nouvelle(s) réponse(s) en attente.` : 'Portrait figé pendant la discussion.'),
    resultsHeading: 'Le portrait du groupe', divergent: 'Là où les avis divergent',
    noDivergent: 'Les réponses ne divergent sur aucun énoncé.',
    spread: (value) => `écart type : ${value} % de l’échelle`,
    rolesHeading: 'Qui fait quoi : le tableau des rôles',
    rolesHint: 'Le groupe remplit ensemble le tableau des rôles ; il est écrit avec le portrait à la fin de l’atelier, et s’imprime en annexe.',
    openRoles: 'Ouvrir le tableau des rôles', closeRoles: 'Fermer le tableau des rôles',
    rolesSaved: 'Tableau des rôles gardé pour la fin de l’atelier.', rolesFailed: 'Le tableau des rôles n’a pas pu être gardé par l’atelier ; il reste affiché ici.',
    endHeading: 'Fin de l’atelier',
    endHint: (keep) => keep
      ? 'Terminer écrit le portrait du groupe et le tableau des rôles dans le dossier de l’atelier ; les réponses individuelles y sont gardées (--keep).'
      : 'Terminer écrit le portrait du groupe et le tableau des rôles dans le dossier de l’atelier, et efface les réponses individuelles.',
    end: 'Terminer l’atelier', endYes: 'Terminer', endNo: 'Continuer l’atelier',
    confirm: 'Terminer l’atelier ? Les téléphones ne pourront plus envoyer de réponses.',
    ended: (end) => `Atelier terminé : ${end.n} réponse(s). Fichiers écrits dans ${end.folder} : ${end.files.join(', ')}.`,
    other: 'English', otherLang: 'en',
  },
  en: {
    title: 'Workshop on our partnership', key: 'Facilitator key', open: 'Open',
    keyHint: 'The key is in the room screen’s address, shown in the terminal when the workshop started.',
    refused: 'Key refused.', offline: 'The workshop does not answer: check that it still runs in the terminal.',
    reconnecting: 'Connection to the workshop lost: trying again…',
    join: 'To answer, with your phone', qrAlt: (url) => `QR code leading to ${url}`,
    also: (list) => `Or, depending on the network: ${list}`,
    countHeading: 'Answers received',
    count: (n) => (n === 0 ? 'No answer yet' : n === 1 ? '1 answer received' : `${n} answers received`),
    countHint: (min) => `The results can be shown from ${min} answers on: never one person’s.`,
    show: 'Show the results', freeze: 'Freeze', unfreeze: 'Resume updates',
    frozen: (n) => (n ? `Summary frozen: ${n} new answer(s) waiting.` : 'Summary frozen during the discussion.'),
    resultsHeading: 'The group’s picture', divergent: 'Where views differ',
    noDivergent: 'Answers differ on no statement.',
    spread: (value) => `standard deviation: ${value}% of the scale`,
    rolesHeading: 'Who does what: the role table',
    rolesHint: 'The group fills in the role table together; it is written with the summary at the end of the workshop, and prints as an annex.',
    openRoles: 'Open the role table', closeRoles: 'Close the role table',
    rolesSaved: 'Role table kept for the end of the workshop.', rolesFailed: 'The workshop could not keep the role table; it stays shown here.',
    endHeading: 'End of the workshop',
    endHint: (keep) => keep
      ? 'Ending writes the group summary and the role table to the workshop’s folder; the individual answers are kept there (--keep).'
      : 'Ending writes the group summary and the role table to the workshop’s folder, and deletes the individual answers.',
    end: 'End the workshop', endYes: 'End', endNo: 'Go on with the workshop',
    confirm: 'End the workshop? Phones will no longer be able to send answers.',
    ended: (end) => `Workshop ended: ${end.n} answer(s). Files written to ${end.folder}: ${end.files.join(', ')}.`,
    other: 'Français', otherLang: 'fr',
  },
};

const $ = (selector) => document.querySelector(selector);
let lang = localStorage.getItem('partenariat-atelier-screen-lang') ?? 'fr';
let session;
let state = { n: 0, summary: null, minGroup: 5 };
let shownState;
let showing = false;
let frozen = false;
let waiting = 0;
let events;
let status = () => '';
const t = () => TEXT[lang];

function say(message) {
  status = message;
  $('#status').textContent = status();
}

function apply() {
  document.documentElement.lang = lang;
  document.title = `${t().title}`;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t()[el.dataset.t];
  $('#lang').textContent = t().other;
  $('#lang').lang = t().otherLang;
  $('#status').textContent = status();
  $('#summary').lang = lang;
  $('#roles').lang = lang;
  $('#freeze').textContent = frozen ? t().unfreeze : t().freeze;
  $('#open-roles').textContent = $('#roles').hidden ? t().openRoles : t().closeRoles;
  if (session) {
    $('#qr').alt = t().qrAlt(session.urls[0]);
    $('#address').textContent = session.urls[0];
    $('#also').textContent = session.urls.length > 1 ? t().also(session.urls.slice(1).join(', ')) : '';
    $('#end-hint').textContent = t().endHint(session.keep);
  }
  renderCount();
  renderResults();
}

function renderCount() {
  $('#count').textContent = t().count(state.n);
  $('#count-hint').textContent = t().countHint(state.minGroup);
  const ready = Boolean(state.summary);
  $('#show').disabled = !ready;
  $('#show').hidden = showing;
  $('#freeze').hidden = !showing;
  $('#frozen').textContent = frozen ? t().frozen(waiting) : '';
}

function renderResults() {
  $('#results').hidden = !showing || !shownState?.summary;
  const summary = shownState?.summary;
  if (!showing || !summary) return;
  const element = $('#summary');
  if (element.summary !== summary) {
    element.instrument = session.instrument;
    element.summary = summary;
  }
  // The items where views differ most come first, in large type.
  const text = (item) => {
    const value = session.instrument.items.find((i) => i.id === item)?.text;
    return typeof value === 'string' ? value : value?.[lang] ?? value?.fr ?? item;
  };
  const list = $('#divergent');
  const spreadOf = (id) => summary.items.find((i) => i.id === id)?.spread ?? 0;
  const format = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 0 });
  list.replaceChildren(
    ...(summary.widestSpread.length
      ? summary.widestSpread.map((id) => {
          const li = document.createElement('li');
          const span = document.createElement('span');
          span.className = 'muted';
          span.textContent = ` (${t().spread(format.format(spreadOf(id)))})`;
          li.append(text(id), span);
          return li;
        })
      : [Object.assign(document.createElement('li'), { textContent: t().noDivergent })]),
  );
}

function receive(next) {
  const before = state.n;
  state = next;
  if (frozen) waiting += Math.max(0, next.n - before);
  else shownState = next;
  renderCount();
  renderResults();
}

function listen() {
  events?.close();
  events = new EventSource('/atelier/events');
  events.addEventListener('state', (event) => {
    if (status() === t().reconnecting) say(() => '');
    receive(JSON.parse(event.data));
  });
  events.addEventListener('ended', (event) => {
    events.close();
    const end = JSON.parse(event.data);
    say(() => t().ended(end));
    for (const button of document.querySelectorAll('#room button')) button.disabled = true;
  });
  // The browser reconnects by itself (the stream says after 1 s); the page says so meanwhile.
  events.addEventListener('error', () => {
    if (events.readyState !== EventSource.CLOSED) say(() => t().reconnecting);
  });
}

async function enter() {
  const response = await fetch('/atelier/state');
  if (response.status === 401) {
    $('#login').hidden = false;
    $('#room').hidden = true;
    return false;
  }
  if (!response.ok) throw new Error(String(response.status));
  const first = await response.json();
  session = await (await fetch('/atelier/session')).json();
  $('#qr').src = '/atelier/qr.svg';
  $('#login').hidden = true;
  $('#room').hidden = false;
  if (first.roles) $('#roles').value = first.roles;
  state = first;
  shownState = first;
  apply();
  listen();
  return true;
}

async function login(key) {
  const response = await fetch('/atelier/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key }) });
  if (!response.ok) {
    say(() => t().refused);
    return;
  }
  say(() => '');
  await enter();
}

let saveTimer;
function saveRoles() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(async () => {
    try {
      const response = await fetch('/atelier/roles', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify($('#roles').value) });
      $('#roles-status').textContent = response.ok ? t().rolesSaved : t().rolesFailed;
    } catch {
      $('#roles-status').textContent = t().rolesFailed;
    }
  }, 500);
}

$('#lang').addEventListener('click', () => {
  lang = lang === 'fr' ? 'en' : 'fr';
  localStorage.setItem('partenariat-atelier-screen-lang', lang);
  apply();
});
$('#login').addEventListener('submit', (event) => {
  event.preventDefault();
  const key = $('#key').value.trim();
  $('#key').value = '';
  login(key).catch(() => say(() => t().offline));
});
$('#show').addEventListener('click', () => {
  showing = true;
  shownState = state;
  renderCount();
  renderResults();
  $('#results-heading').tabIndex = -1;
  $('#results-heading').focus();
});
$('#freeze').addEventListener('click', () => {
  frozen = !frozen;
  $('#freeze').setAttribute('aria-pressed', String(frozen));
  $('#freeze').textContent = frozen ? t().unfreeze : t().freeze;
  if (!frozen) {
    waiting = 0;
    shownState = state;
    renderResults();
  }
  renderCount();
});
$('#open-roles').addEventListener('click', () => {
  const roles = $('#roles');
  roles.hidden = !roles.hidden;
  $('#open-roles').setAttribute('aria-expanded', String(!roles.hidden));
  $('#open-roles').textContent = roles.hidden ? t().openRoles : t().closeRoles;
  if (!roles.hidden) saveRoles();
});
$('#roles').addEventListener('change', saveRoles);
$('#end').addEventListener('click', () => {
  $('#confirm-text').textContent = t().confirm;
  $('#confirm').showModal();
  $('#confirm-no').focus();
});
$('#confirm-no').addEventListener('click', () => $('#confirm').close());
$('#confirm-yes').addEventListener('click', async () => {
  $('#confirm').close();
  try {
    const response = await fetch('/atelier/end', { method: 'POST' });
    if (response.ok) {
      const end = await response.json();
      say(() => t().ended(end));
      for (const button of document.querySelectorAll('#room button')) button.disabled = true;
    }
  } catch {
    say(() => t().offline);
  }
});

// The key in the fragment (#cle=…) is traded for the cookie, then taken out of the address bar.
const fragment = new URLSearchParams(location.hash.slice(1));
const key = fragment.get('cle') ?? fragment.get('key');
if (key) history.replaceState(null, '', location.pathname);
apply();
(key ? login(key) : enter()).catch(() => say(() => t().offline));
