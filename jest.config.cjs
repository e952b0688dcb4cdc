/** Jest: @swc/jest strips types fast; `npm run lint` runs tsc for the type check. */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  collectCoverageFrom: ['src/core/**/*.ts'],
  coverageThreshold: { './src/core/': { lines: 95 } },
  coverageReporters: ['text-summary', 'text'],
  collectCoverage: true,
  testTimeout: 60000,
  // Names the one folder the browser tests share their pane build in (test/browser/host/harness.ts).
  globalSetup: '<rootDir>/test/globalSetup.cjs',
  globalTeardown: '<rootDir>/test/browser/globalTeardown.cjs',
};
