export * from './channel-message';
