import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an operation. `member` (any role) is the default, so an undecorated resolver is
 * never public by accident.
 */
export type AccessLevel = 'public' | 'member' | 'writer' | 'admin';

export const ACCESS_METADATA = 'veridesk:access';

export const Access = (level: AccessLevel) => SetMetadata(ACCESS_METADATA, level);
