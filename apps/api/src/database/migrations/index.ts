import { Foundation1764400000000 } from './1764400000000-foundation';

/** Every migration, in order (listed, not globbed, so the bundled build finds them). */
export const MIGRATIONS = [Foundation1764400000000];
