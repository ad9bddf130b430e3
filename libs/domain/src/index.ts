export * from './lib/dates';
export * from './lib/documents';
export * from './lib/identifiers';
export * from './lib/identity';
export * from './lib/readiness';
export * from './lib/roles';
export * from './lib/sites';
export * from './lib/verification';
