// Custom Elements Manifest analyzer: custom-elements.json from the elements' JSDoc.
export default {
  globs: ['src/components/**/*.ts', 'src/partenariat-*.ts', 'src/internal/localized-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new SomeEvent(…))` under the name of a
      // variable; the events that exist are the ones documented with @fires.
      name: 'partenariat-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.description);
          }
        }
      },
    },
  ],
};
