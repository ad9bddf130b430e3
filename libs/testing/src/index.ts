// Stand-ins for the outside services the test tiers talk to, shared by the API's tests and the
// Playwright journeys (test code only: eslint keeps the products from importing them).
export * from './lib/channel-receivers';
