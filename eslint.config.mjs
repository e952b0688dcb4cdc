import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'coverage/**', 'node_modules/**'] },
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
