import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'test/eval/corpus/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The engine and vault must stay editor-free (architecture.md's firm line).
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['server/detect/**/*.ts', 'server/vault/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', 'vscode-languageserver', 'vscode-languageclient'] }],
    },
  },
);
