import {
  checkPassword,
  isValidEmail,
  isIanaTimeZone,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from '@veridesk/domain';
import { MaxLength, registerDecorator, ValidationOptions } from 'class-validator';

/** Adapts a pure domain predicate into a class-validator decorator with a stable error code. */
function fromPredicate(
  name: string,
  code: string,
  message: string,
  test: (value: unknown) => boolean,
) {
  return (options?: ValidationOptions) => (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message, context: { code }, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

export const IsEmailAddress = fromPredicate(
  'isEmailAddress',
  'INVALID_FORMAT',
  'must be a valid email address',
  (value) => typeof value === 'string' && isValidEmail(value.trim()),
);

export const IsIanaTimeZone = fromPredicate(
  'isIanaTimeZone',
  'INVALID_FORMAT',
  'must be an IANA time zone such as Asia/Shanghai',
  (value) => typeof value === 'string' && isIanaTimeZone(value),
);

const HasMinimumPasswordLength = fromPredicate(
  'isPassword',
  'TOO_SHORT',
  `must be at least ${MIN_PASSWORD_LENGTH} characters`,
  (value) => typeof value === 'string' && checkPassword(value) !== 'TOO_SHORT',
);

/** A new password: TOO_SHORT or TOO_LONG (the domain's rule), each with its own message. */
export const IsPassword = () => (object: object, propertyName: string) => {
  HasMinimumPasswordLength()(object, propertyName);
  MaxLength(MAX_PASSWORD_LENGTH)(object, propertyName);
};

export const IsNotBlank = fromPredicate(
  'isNotBlank',
  'REQUIRED',
  'must not be empty',
  (value) => typeof value === 'string' && value.trim().length > 0,
);
