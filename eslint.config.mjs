import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-wps/**', 'lib/**', '.bench/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'react',
            'react-dom',
            'exceljs',
            '@fluentui/*',
            '../node/*',
            '../taskpane/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process'],
    },
  },
  // Dependencies point one way: the pane and the hosts meet only in src/host/contract.ts; the entry
  // (src/taskpane/index.tsx) is the one pane module that picks a host.
  {
    files: ['src/host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../office/*', '../wps/*', '../taskpane/*'] }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../office/*', '../../office/*', '../wps/*', '../../wps/*'] },
      ],
    },
  },
  // Build scripts, configs and the bin run in Node.
  {
    files: ['**/*.{js,cjs,mjs}', 'scripts/**', 'bin/**'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  { files: ['**/*.cjs', 'bin/**'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
