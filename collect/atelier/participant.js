// The participants' page of a live workshop: the checklist, its sending set to the session, and in
// plain words who sees what. No inline script or style; every text is set with textContent.
const TEXT = {
  fr: {
    title: 'Atelier sur notre partenariat',
    aboutHeading: 'Avant de répondre',
    noName: 'Aucun nom n’est demandé.',
    onPhone: 'Vos réponses restent sur ce téléphone jusqu’à ce que vous choisissiez de les envoyer, à la fin, en cochant votre accord.',
    seen: (n) => `L’écran de la salle montre seulement les chiffres du groupe, jamais les réponses d’une personne, et seulement à partir de ${n} réponses.`,
    deleted: 'À la fin de l’atelier, les réponses de chaque personne sont effacées ; seul le portrait du groupe est gardé.',
    kept: 'L’animation garde les réponses envoyées après l’atelier, pour en faire le bilan ; vous pouvez retirer les vôtres à tout moment depuis cette page.',
    code: (code) => `Atelier ${code}`,
    recipient: 'l’animation de l’atelier',
    loading: 'Chargement de l’atelier…',
    offline: 'L’atelier ne répond pas. Vérifiez que ce téléphone est relié au réseau de la salle, puis rechargez la page.',
    ended: 'Cet atelier est terminé. Merci de votre participation !',
    other: 'English', otherLang: 'en',
  },
  en: {
    title: 'Workshop on our partnership',
    aboutHeading: 'Before you answer',
    noName: 'No name is asked.',
    onPhone: 'Your answers stay on this phone until you choose to send them, at the end, by ticking your agreement.',
    seen: (n) => `The room screen shows only the group’s figures, never one person’s answers, and only from ${n} answers on.`,
    deleted: 'At the end of the workshop, each person’s answers are deleted; only the group summary is kept.',
    kept: 'The facilitator keeps the answers sent after the workshop, to review it; you can withdraw yours at any time from this page.',
    code: (code) => `Workshop ${code}`,
    recipient: 'the workshop’s facilitator',
    loading: 'Loading the workshop…',
    offline: 'The workshop does not answer. Check that this phone is on the room’s network, then reload the page.',
    ended: 'This workshop has ended. Thank you for taking part!',
    other: 'Français', otherLang: 'fr',
  },
};

const $ = (selector) => document.querySelector(selector);
let session;
let lang = sessionStorage.getItem('partenariat-atelier-lang') ?? undefined;
let status = () => '';

function say(message) {
  status = message;
  $('#status').textContent = status();
}

function apply() {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
  $('#lang').textContent = t.other;
  $('#lang').lang = t.otherLang;
  $('#status').textContent = status();
  if (!session) return;
  $('#code').textContent = t.code(session.code);
  $('#seen').textContent = t.seen(session.minGroup);
  $('#after').textContent = session.keep ? t.kept : t.deleted;
  const checklist = $('#checklist');
  checklist.lang = lang;
  checklist.setAttribute('recipient', t.recipient);
}

async function start() {
  lang ??= 'fr';
  say(() => TEXT[lang].loading);
  apply();
  try {
    const response = await fetch('/atelier/session', { credentials: 'omit' });
    if (!response.ok) throw new Error(String(response.status));
    session = await response.json();
  } catch {
    say(() => TEXT[lang].offline);
    return;
  }
  if (!sessionStorage.getItem('partenariat-atelier-lang')) lang = session.lang;
  const checklist = $('#checklist');
  checklist.instrument = session.instrument;
  checklist.setAttribute('submit-url', session.submitUrl);
  // Each workshop keeps its own answers on the phone, apart from another workshop's.
  checklist.setAttribute('storage-key', session.code);
  checklist.hidden = false;
  say(() => (session.ended ? TEXT[lang].ended : ''));
  apply();
}

$('#lang').addEventListener('click', () => {
  lang = lang === 'fr' ? 'en' : 'fr';
  sessionStorage.setItem('partenariat-atelier-lang', lang);
  apply();
});
start();
