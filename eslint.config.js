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
/** The renderer reaches main/ only through the contract files (types, constants, the default template, the desktop bridge's types). */
const ONLY_CONTRACT = {
  group: ['**/main/*', '**/main/**', '!**/main/contract', '!**/main/contract-constants', '!**/main/contract-templates', '!**/main/desktop-contract'],
  message: 'The renderer imports from main/ only contract.ts, contract-constants.ts, contract-templates.ts and desktop-contract.ts.',
};
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
      'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [...forbiddenFeatures.map(featureInternals), NO_SHELL, ONLY_CONTRACT] }],
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
          patterns: [{ group: RENDERER_FEATURES.flatMap((f) => [`**/${f}`, `**/${f}/*`]), message: `${folder}/ imports no feature: it is the floor features stand on.` }, NO_SHELL, ONLY_CONTRACT],
        },
      ],
    },
  })),
  // The shell and the entry files: any feature, but main/ still only through the contract.
  { files: ['renderer/*.ts', 'renderer/*.tsx', 'renderer/shell/**'], rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [ONLY_CONTRACT] }] } },
];
// ---- end of renderer layering ---------------------------------------------------------------

// ---- main layering ----------------------------------------------------------------------------
// Floors, top to bottom: transports (main/electron, main/http) -> main/transport (their shared helpers)
// -> core features (main/core/<feature>/) -> main/core/store -> the contract. No arrow points back up:
// core never imports a transport, the store never imports a feature, features never import the
// composition root (main/core/library.ts) that wires them together.
const CORE_FEATURES = ['annotations', 'articles', 'export', 'search', 'reading', 'library-folder', 'links'];
const NO_TRANSPORTS = { group: ['**/electron/*', '**/http/*', '**/transport/*'], message: 'main/core/ never imports a transport (main/electron, main/http, main/transport): the transports call the core.' };
const NO_COMPOSITION_ROOT = { group: ['**/core/library', '**/core/library.js', '../library', '../library.js'], message: 'Features do not import the composition root (main/core/library.ts); it imports them.' };
const mainLayering = [
  { files: ['main/core/**'], rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [NO_TRANSPORTS] }] } },
  ...CORE_FEATURES.map((feature) => ({
    files: [`main/core/${feature}/**`],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [NO_TRANSPORTS, NO_COMPOSITION_ROOT] }] },
  })),
  {
    files: ['main/core/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON_ONLY],
          patterns: [NO_TRANSPORTS, NO_COMPOSITION_ROOT, { group: CORE_FEATURES.flatMap((f) => [`**/${f}/*`, `../${f}`]), message: 'The store is the floor features stand on: it imports no feature.' }],
        },
      ],
    },
  },
  { files: ['main/transport/**'], rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [{ group: ['**/electron/*', '**/http/*'], message: 'main/transport/ holds what both transports share: it imports neither.' }] }] } },
  { files: ['main/http/**'], rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [{ group: ['**/electron/*'], message: 'Serve mode does not import the desktop transport.' }] }] } },
  { files: ['main/contract*.ts', 'main/desktop-contract.ts'], rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY], patterns: [{ group: ['./core/*', './electron/*', './http/*', './transport/*'], message: 'The contract files import only zod and each other: both sides read them.' }] }] } },
];
// ---- end of main layering -----------------------------------------------------------------

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }] }],
    },
  },
  ...mainLayering,
  // The Node side gets DOM types anyway (@types/jsdom references lib "dom"), so the lint rule says what tsconfig cannot.
  {
    files: ['main/**'],
    ignores: ['main/contract*.ts', 'main/desktop-contract.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'customElements'].map((name) => ({ name, message: `${name} is the browser's: main/ runs in Node.` }))],
    },
  },
  {
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/http/*'], message: 'The desktop transport does not import serve mode.' }] }] },
  },
  // renderer layering (see the header above): each block repeats the electron rule, since a later block's options replace an earlier one's.
  ...rendererLayering,
);
