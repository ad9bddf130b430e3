// Every jest project in one run (`npm test` uses this): the domain and shared libraries, the API's
// unit and integration tests, the dashboard's and the tooling's (the scale seed).
module.exports = {
  // Global options (a project's own testTimeout is ignored when run as one of several projects).
  testTimeout: 30_000,
  projects: [
    '<rootDir>/libs/domain/jest.config.cts',
    '<rootDir>/libs/emails/jest.config.cts',
    '<rootDir>/apps/api/jest.config.cts',
    '<rootDir>/apps/dashboard/jest.config.cts',
    '<rootDir>/tools/jest.config.cts',
  ],
};
