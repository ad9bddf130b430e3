// Both API tiers, so `npx jest -c apps/api/jest.config.cts <path>` runs any API test file. The
// integration tier's globalSetup (a fresh database) runs only when one of its files is selected.
module.exports = {
  // A project's own testTimeout is ignored when run as one of several projects.
  testTimeout: 30_000,
  projects: ['<rootDir>/jest.unit.config.cts', '<rootDir>/jest.integration.config.cts'],
};
