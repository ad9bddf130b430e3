import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an operation. `member` (any role) is the default, so an undecorated resolver is
 * never public by accident.
 */
export type AccessLevel = 'public' | 'member' | 'writer' | 'admin';

export const ACCESS_METADATA = 'veridesk:access';

export const Access = (level: AccessLevel) => SetMetadata(ACCESS_METADATA, level);

export const BEFORE_TWO_FACTOR_METADATA = 'veridesk:before-two-factor';

/**
 * Answers a member whose agency requires two-factor sign-in before they have turned it on (`me`,
 * the setup itself, their sessions); every other operation refuses them TWO_FACTOR_SETUP_REQUIRED.
 */
export const AllowBeforeTwoFactor = () => SetMetadata(BEFORE_TWO_FACTOR_METADATA, true);
