import tseslint from 'typescript-eslint';

// ---- renderer layering ----------------------------------------------------------------------
// Floors, top to bottom: shell (App.tsx, main.tsx, shell/) -> features -> ui/ and api/ -> contract.
// A feature imports ui/, api/, the contract and its own files; another feature only through that
// feature's public index.ts (reader/index.ts: the text map), else the shell composes the two.
// ui/ and api/ import no feature and no shell; nobody imports shell/ but App.tsx and main.tsx.
const RENDERER_FEATURES = ['annotations', 'reader', 'library', 'export', 'trash', 'settings'];
/** Features that offer a public index.ts other features may import (never their other files). */
const FEATURES_WITH_INDEX = new Set(['reader']);
const ELECTRON_ONLY = { name: 'electron', message: 'Only main/electron/ may import electron.' };
const NO_SHELL = { group: ['**/shell', '**/shell/*', '**/App'], message: 'Only App.tsx and main.tsx import the shell: pass what is needed down as props or callbacks.' };

/** The import patterns that reach into `feature` from outside it. */
function featureInternals(feature) {
  const group = FEATURES_WITH_INDEX.has(feature) ? [`**/${feature}/*`] : [`**/${feature}`, `**/${feature}/*`];
  const hint = FEATURES_WITH_INDEX.has(feature) ? `import '../${feature}' (its index.ts)` : 'move the shared piece to ui/ or let the shell compose them';
  return { group, message: `Features do not import ${feature}/'s files: ${hint}.` };
}

/** One config block: files under `folder` may not import the given features' internals, nor the shell. */
function rendererLayer(folder, forbiddenFeatures) {
  return {
    files: [`renderer/${folder}/**`],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [...forbiddenFeatures.map(featureInternals), NO_SHELL] }],
    },
  };
}

const rendererLayering = [
  ...RENDERER_FEATURES.map((feature) => rendererLayer(feature, RENDERER_FEATURES.filter((other) => other !== feature))),
  // ui/ and api/ sit below every feature: not even a feature's index.
  ...['ui', 'api'].map((folder) => ({
    ...rendererLayer(folder, []),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON_ONLY],
          patterns: [{ group: RENDERER_FEATURES.flatMap((f) => [`**/${f}`, `**/${f}/*`]), message: `${folder}/ imports no feature: it is the floor features stand on.` }, NO_SHELL],
        },
      ],
    },
  })),
];
// ---- end of renderer layering ---------------------------------------------------------------

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }] }],
    },
  },
  {
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // renderer layering (see the header above): each block repeats the electron rule, since a later block's options replace an earlier one's.
  ...rendererLayering,
);
