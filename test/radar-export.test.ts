import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartenariatRadar } from '../src/components/radar/radar.js';
import type { PartenariatErrorEvent } from '../src/events/events.js';
import '../src/partenariat-radar.js';
import { shadow, until } from './helpers.js';
import { norm, watchPage } from './watch-page.js';

/**
 * The radar's images are made by a module of their own (src/components/radar/export.ts), which
 * the radar loads the first time a person asks for one: in an app's bundle, a chunk that the page
 * fetches then, over a network that may have gone. This file runs in a page of its own, where
 * that module has not been loaded yet (test/radar.test.ts downloads both images through it).
 */
describe('<partenariat-radar> images, when their code cannot be loaded', () => {
  const series = [
    { label: 'Nous', values: { financier: 75, expertise: 50, reseautage: 25, 'innovation-sociale': 100 } },
    { label: 'Partenaire', values: { financier: 50, expertise: 50, reseautage: 50, 'innovation-sociale': 50 } },
  ];

  it('says so in the element and in a partenariat-error event, in its language, and throws nothing into the page', async () => {
    await executeServerCommand('fail-requests', { match: '/src/components/radar/export.' });
    const page = watchPage();
    try {
      for (const [lang, label, words] of [
        ['en', 'Download the image (SVG)', 'The image could not be made; reload the page to try again.'],
        ['fr', 'Télécharger l’image (PNG)', 'L’image n’a pas pu être créée ; rechargez la page pour réessayer.'],
      ]) {
        const el = await fixture<PartenariatRadar>(html`<partenariat-radar lang=${lang} style="width: 520px" .series=${series}></partenariat-radar>`);
        const errors: PartenariatErrorEvent['detail'][] = [];
        el.addEventListener('partenariat-error', (e) => errors.push(e.detail));
        [...shadow(el).querySelectorAll('button')].find((b) => norm(b.textContent) === label)!.click();
        await until(() => errors.length > 0, 'a partenariat-error event');
        await el.updateComplete;
        expect(errors.map((e) => ({ ...e, message: norm(e.message) }))).to.deep.equal([{ code: 'radar-export', message: norm(words), issues: [] }]);
        expect(norm(shadow(el).querySelector('[role="alert"]')?.textContent)).to.equal(norm(words));
        // The chart and its data stay as they were.
        expect(shadow(el).querySelectorAll('g.series')).to.have.length(2);
        await expect(el).to.be.accessible();
      }
      expect(await page.check()).to.deep.equal([]);
    } finally {
      page.restore();
      await executeServerCommand('fail-requests', { match: null });
    }
  });
});
