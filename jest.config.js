/** Three projects: pure and Node code, React components in jsdom, and the browser tests in Chromium. */
const tsJest = [
  'ts-jest',
  {
    tsconfig: { module: 'CommonJS', moduleResolution: 'Node', jsx: 'react-jsx', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true },
    diagnostics: false,
  },
];

module.exports = {
  // The default output, plus a closing line when the browser tests were skipped (no Chromium).
  reporters: ['default', '<rootDir>/test/browser-skip-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/e2e/'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/setup-dom.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      slowTestThreshold: 120,
    },
  ],
};
