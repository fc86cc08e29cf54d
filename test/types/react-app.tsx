// Type-checked by `npm run check` (tsc -p test/types): an app's use of the elements in React 19's
// JSX, as the README shows it. Each `@ts-expect-error` is a mistake the types must catch: if one
// stops being an error, tsc fails on the unused directive.
import type {} from '../../src/frameworks/react.js';
import type { Result } from '../../src/schema/index.js';

export function Autodiagnostic({ onResult }: { onResult: (result: Result) => void }) {
  return (
    <>
      <partenariat-checklist
        lang="fr"
        layout="single"
        autosave="local"
        submit-url="https://collecte.example.org/api/campaigns/bilan/submissions"
        recipient="la Fédération"
        onpartenariat-complete={(event) => onResult(event.detail)}
        onpartenariat-error={(event) => console.warn(event.detail.code, event.detail.message)}
        onpartenariat-submit={(event) => console.info(event.detail.status, event.detail.receipt)}
      />
      <partenariat-radar
        axes="dimensions"
        series={[{ label: 'Notre vue', values: { financier: 60, expertise: 45 } }]}
        max={100}
      />
      <partenariat-roles template="association-office" autosave="off" onchange={() => undefined} />
      <partenariat-summary group-by="type-organisme" min-group={5} results={[]} />
    </>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: no such layout */}
      <partenariat-checklist layout="foo" />
      {/* @ts-expect-error: series is a list of series, not a string */}
      <partenariat-radar series="x" />
      {/* @ts-expect-error: min is a number */}
      <partenariat-radar min="zero" />
      {/* @ts-expect-error: the detail of a complete event is a result, which has no `code` */}
      <partenariat-checklist onpartenariat-complete={(event) => event.detail.code} />
      {/* @ts-expect-error: no such template */}
      <partenariat-roles template="autre-chose" />
      {/* @ts-expect-error: not one of our elements */}
      <partenariat-questionnaire />
    </>
  );
}
