import tseslint from 'typescript-eslint';

const editorPackages = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*'];
/** Import patterns a layer may not use: each layer sees only those below it (detect ← vault ← keys-view ← lsp/cli). */
const above = (...layers) => layers.map((l) => `**/${l}/*`);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'test/eval/corpus/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  {
    // Type-aware: a promise nobody awaits loses its error (a failed keychain write must never pass silently).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [
        { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
      ] }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // The layering (CONTRIBUTING.md): the engine, the vault and the view model never reach up or into an editor.
  {
    // The types and messages both sides share: a leaf, so the extension's bundle pulls in no server code.
    files: ['server/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: editorPackages, patterns: [{ group: ['../*', '../**'], message: 'server/shared imports only from server/shared.' }] }] },
  },
  {
    files: ['server/detect/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: editorPackages, patterns: above('vault', 'keys-view', 'lsp', 'cli') }] },
  },
  {
    files: ['server/vault/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: editorPackages, patterns: above('keys-view', 'lsp', 'cli') }] },
  },
  {
    files: ['server/keys-view/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: editorPackages, patterns: above('lsp', 'cli') }] },
  },
  {
    files: ['server/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode', 'vscode-languageclient'] }] },
  },
  {
    files: ['server/lsp/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode', 'vscode-languageclient'], patterns: above('cli') }] },
  },
  // The extension is a thin client: it talks to the server through the protocol and shows the view model.
  {
    files: ['extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['**/server/*', '**/server/*/**', '!**/server/shared', '!**/server/shared/*'],
        message: 'The extension imports only server/shared (protocol, view types and the Logger type).',
      }] }],
    },
  },
);
