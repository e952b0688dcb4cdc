/** Jest: @swc/jest strips types fast; `npm run lint` runs tsc for the type check. */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  // The chart package is ES modules only; jest gets a stand-in (test/stubs/reactCharts.tsx says why).
  moduleNameMapper: { '^@fluentui/react-charts$': '<rootDir>/test/stubs/reactCharts.tsx' },
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
