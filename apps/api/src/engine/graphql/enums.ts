import { registerEnumType } from '@nestjs/graphql';
import { ROLES, Role } from '@veridesk/domain';

// GraphQL enums from the domain's own lists, so the two can never drift.
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const RoleEnum = asEnum<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role' });
