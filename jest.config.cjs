// Every jest project in one run. `npm test` runs them in two tiers (tools/test.mjs, --selectProjects):
//   unit: domain, emails, api-unit, dashboard — pure code, no PostgreSQL or Redis, seconds;
//   integration: api-integration and tools (the scale seed) — real PostgreSQL and Redis, a fresh
//   database per run.
module.exports = {
  // Global options (a project's own testTimeout is ignored when run as one of several projects).
  testTimeout: 30_000,
  projects: [
    '<rootDir>/libs/domain/jest.config.cts',
    '<rootDir>/libs/emails/jest.config.cts',
    '<rootDir>/apps/api/jest.unit.config.cts',
    '<rootDir>/apps/dashboard/jest.config.cts',
    '<rootDir>/apps/api/jest.integration.config.cts',
    '<rootDir>/tools/jest.config.cts',
  ],
};
