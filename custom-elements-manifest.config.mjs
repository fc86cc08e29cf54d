// Custom Elements Manifest analyzer: custom-elements.json from the elements' JSDoc.

/**
 * An element may declare its reactive properties in `static properties` rather than with Lit's
 * decorators (the radar does, which spares an app the decorators' code); its fields keep their
 * JSDoc, and the manifest must say of them what the decorators would make it say. The analyzer's
 * Lit plugin reads `static properties` but marks each of them `privacy: "public"` (a field is
 * public when the manifest says nothing), and takes a `state: true` one (internal, Lit gives it
 * no attribute) for an attribute: both are put right here.
 */
function litStaticProperties() {
  const states = new Map();
  return {
    name: 'partenariat-lit-static-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const names = new Set();
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(property.name.getText());
        }
        states.set(node.name.getText(), names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const names = states.get(declaration.name);
          if (!names) continue;
          for (const member of declaration.members ?? []) {
            if (member.privacy === 'public') delete member.privacy;
            if (names.has(member.name)) delete member.attribute;
          }
          declaration.attributes = declaration.attributes?.filter((attribute) => !names.has(attribute.fieldName));
        }
      }
    },
  };
}
export default {
  globs: ['src/components/**/*.ts', 'src/partenariat-*.ts', 'src/internal/localized-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    litStaticProperties(),
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
