import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { InstrumentSchema, ResultSchema, RoleTableSchema, localize, type Instrument } from '../src/schema/index.js';
import { defaultInstrument } from '../src/instruments/default.js';
import { miniInstrument } from './helpers.js';

const paths = (data: unknown) => {
  const parsed = InstrumentSchema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('schema', () => {
  it('accepts the default instrument and the test instrument', () => {
    expect(paths(defaultInstrument)).to.deep.equal([]);
    expect(paths(miniInstrument())).to.deep.equal([]);
  });

  it('the default instrument covers four impact dimensions, 25 to 40 items, in both languages', () => {
    const inst = defaultInstrument as Instrument;
    expect(inst.dimensions!.map((d) => d.id)).to.deep.equal(['financier', 'expertise', 'reseautage', 'innovation-sociale']);
    expect(inst.items.length).to.be.within(25, 40);
    for (const d of inst.dimensions!) {
      expect(inst.items.filter((i) => i.dimensions?.includes(d.id)).length, d.id).to.be.at.least(2);
    }
    const texts: unknown[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === 'object') {
        if ('fr' in v || 'en' in v) texts.push(v);
        else Object.values(v).forEach(walk);
      }
    };
    walk(inst);
    for (const t of texts as Array<{ fr?: string; en?: string }>) {
      expect(t.fr?.trim(), JSON.stringify(t)).to.be.a('string').and.not.equal('');
      expect(t.en?.trim(), JSON.stringify(t)).to.be.a('string').and.not.equal('');
      // Full doublets, never abbreviated forms such as « chacun·e », which screen readers stumble on.
      expect(t.fr, 'abbreviated inclusive form').not.to.match(/\w·\w/);
    }
    for (const item of inst.items) {
      expect(item.recommendation, item.id).to.exist;
      expect(item.source, item.id).to.exist;
    }
    expect(inst.profile?.every((f) => !f.required)).to.equal(true);
  });

  it('rejects malformed instruments, pointing at the faulty field', () => {
    const base = miniInstrument();
    expect(paths({ ...base, id: undefined })).to.deep.equal(['id']);
    expect(paths({ ...base, id: 'has spaces' })).to.deep.equal(['id']);
    expect(paths({ ...base, title: {} })).to.deep.equal(['title']);
    expect(paths({ ...base, items: [] })).to.deep.equal(['items']);
    expect(paths({ ...base, items: [...base.items, base.items[0]] })).to.deep.equal(['items.4.id']);
    expect(paths({ ...base, items: [{ ...base.items[0], section: 'zzz' }] })).to.deep.equal(['items.0.section']);
    expect(paths({ ...base, items: [{ ...base.items[0], dimensions: ['zzz'] }] })).to.deep.equal(['items.0.dimensions.0']);
    expect(paths({ ...base, items: [{ ...base.items[0], text: 42 }] })).to.deep.equal(['items.0.text']);
    expect(paths({ ...base, scale: { choices: [{ value: 2, label: 'b' }, { value: 1, label: 'a' }] } })).to.deep.equal(['scale.choices.1.value']);
    expect(paths({ ...base, scale: { choices: [{ value: 1, label: 'a' }] } })).to.deep.equal(['scale.choices']);
    expect(paths({ ...base, bands: [{ id: 'x', min: 10, label: 'X' }] })).to.deep.equal(['bands']);
    expect(paths({ ...base, bands: [{ id: 'x', min: 0, label: 'X' }, { id: 'y', min: 0, label: 'Y' }] })).to.deep.equal(['bands']);
    expect(paths({ ...base, profile: [{ id: 'region', label: 'Région', type: 'choice' }] })).to.deep.equal(['profile.0.choices']);
    expect(paths('not an object')).to.deep.equal(['']);
  });

  it('falls back to the other language when a text is given in one', () => {
    expect(localize({ fr: 'Bonjour' }, 'en')).to.equal('Bonjour');
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en')).to.equal('Hello');
    expect(localize('Même texte', 'fr')).to.equal('Même texte');
  });

  it('the published JSON Schema files are the ones the zod schemas give', async () => {
    for (const [name, schema] of [
      ['instrument', InstrumentSchema],
      ['result', ResultSchema],
      ['roles', RoleTableSchema],
    ] as const) {
      const published = await (await fetch(`/schema/${name}.schema.json`)).json();
      const { title, ...rest } = published;
      expect(title).to.be.a('string');
      expect(rest).to.deep.equal(z.toJSONSchema(schema, { target: 'draft-2020-12' }));
    }
  });

  it('the demo’s sample files follow the schemas', async () => {
    const instrument = await (await fetch('/demo/samples/instrument-federation.json')).json();
    expect(paths(instrument)).to.deep.equal([]);
    const result = await (await fetch('/demo/samples/result.json')).json();
    const parsed = ResultSchema.safeParse(result);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
  });
});

describe('schemas built on first use', () => {
  it('behave as zod schemas: parse, compose and describe themselves', () => {
    const Wrapper = z.object({ instrument: InstrumentSchema, results: z.array(ResultSchema) });
    expect(Wrapper.safeParse({ instrument: defaultInstrument, results: [] }).success).to.equal(true);
    const bad = Wrapper.safeParse({ instrument: { id: 'x' }, results: [] });
    expect(bad.success).to.equal(false);
    expect(bad.error!.issues[0].path[0]).to.equal('instrument');
    expect(InstrumentSchema.parse(defaultInstrument).id).to.equal('partenariat-autodiagnostic');
    expect(() => RoleTableSchema.parse({})).to.throw();
    expect('_zod' in RoleTableSchema).to.equal(true);
  });
});
