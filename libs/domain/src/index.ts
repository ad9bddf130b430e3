export * from './lib/identity';
export * from './lib/roles';
export * from './lib/sites';
