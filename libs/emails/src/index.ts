export * from './lib/digest-messages';
export * from './lib/digest-model';
export * from './lib/render-digest';
export * from './lib/alert';
export * from './lib/expiring-section';
export * from './lib/unsubscribe-page';
export * from './lib/failure-section';
export * from './lib/export-ready';
