import { expect } from '@open-wc/testing';
import type { PartenariatRadar } from '../src/components/radar/radar.js';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import '../src/partenariat-checklist.js';
import '../src/partenariat-radar.js';
import { until } from './helpers.js';

/**
 * A page that a server rendered with React 19 and that React hydrates, as Next.js does: the
 * elements must cause no hydration mismatch (they add no attribute of their own on upgrade), and
 * the README's way around React's handling of custom elements at hydration — properties and
 * listeners given in an effect, through a ref — must give the radar its series and the checklist
 * its listener. React comes from `/__react.js` (see web-test-runner.config.js).
 */
interface ReactModules {
  React: typeof import('react');
  hydrateRoot: typeof import('react-dom/client').hydrateRoot;
  renderToString: typeof import('react-dom/server').renderToString;
}
const loadReact = () => import(/* @vite-ignore */ String('/__react.js')) as Promise<ReactModules>;

describe('server rendering and hydration with React 19', function () {
  this.timeout(20000);

  it('hydrates without a mismatch, and properties and listeners set in an effect reach the elements', async () => {
    const { React, hydrateRoot, renderToString } = await loadReact();
    const h = React.createElement;
    const series = [{ label: 'Notre vue', values: { financier: 60, expertise: 40, reseautage: 50, 'innovation-sociale': 70 } }];
    const heard: string[] = [];

    function App() {
      const radar = React.useRef<PartenariatRadar>(null);
      const checklist = React.useRef<PartenariatChecklist>(null);
      // Properties and listeners after mount, through refs (React does not apply them at hydration).
      React.useEffect(() => {
        radar.current!.series = series;
      }, []);
      React.useEffect(() => {
        const element = checklist.current!;
        const listener = (event: Event) => heard.push((event as CustomEvent<{ id: string }>).detail.id);
        element.addEventListener('partenariat-complete', listener);
        return () => element.removeEventListener('partenariat-complete', listener);
      }, []);
      return h('div', null, h('partenariat-checklist', { lang: 'fr', ref: checklist }), h('partenariat-radar', { lang: 'fr', ref: radar }));
    }

    const container = document.createElement('div');
    container.innerHTML = renderToString(h(App));
    expect(container.innerHTML).to.equal('<div><partenariat-checklist lang="fr"></partenariat-checklist><partenariat-radar lang="fr"></partenariat-radar></div>');
    document.body.append(container);
    const checklist = container.querySelector('partenariat-checklist')!;
    const radar = container.querySelector('partenariat-radar')!;
    // The elements upgrade before React hydrates, as in a page whose script came first.
    await checklist.updateComplete;
    await radar.updateComplete;

    const mismatches: unknown[] = [];
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
    };
    try {
      const root = hydrateRoot(container, h(App), { onRecoverableError: (error) => mismatches.push(error) });
      await until(() => radar.series.length === 1, 'the radar’s series after hydration');
      expect(mismatches).to.deep.equal([]);
      expect(errors.filter((e) => /hydrat|did not match|didn't match/i.test(e))).to.deep.equal([]);
      // The radar draws the series; the checklist's listener hears its event.
      expect(radar.shadowRoot!.textContent).to.match(/Financier 60\s%, Expertise 40\s%/);
      checklist.dispatchEvent(new CustomEvent('partenariat-complete', { detail: { id: 'r-1' }, bubbles: true, composed: true }));
      expect(heard).to.deep.equal(['r-1']);
      root.unmount();
    } finally {
      console.error = original;
      container.remove();
    }
  });
});
