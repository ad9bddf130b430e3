import {
  checkPassword,
  checkResidentId,
  checkTravelDocumentNumber,
  checkUscc,
  IdentifierCheck,
  IdentifierProblem,
  isPhoneNumber,
  isValidEmail,
  isIanaTimeZone,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  normalizeIdentifier,
} from '@veridesk/domain';
import { Transform } from 'class-transformer';
import {
  MaxLength,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';

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

/**
 * An identifier (USCC, Lazada seller id, ID number) as people paste it: normalised by the domain's
 * normalizeIdentifier before any length or format check runs, so `9131 0115 8TU7 6QN0 97` or a
 * full-width code is validated, compared and stored as the code it is.
 */
export const NormalizedIdentifier = () =>
  Transform(({ value }) => (typeof value === 'string' ? normalizeIdentifier(value) : value));

/** Registers one decorator per identifier problem, so the field error names the problem's code. */
function fromIdentifierCheck(
  name: string,
  messages: Record<IdentifierProblem, string>,
  check: (value: string, args: ValidationArguments) => IdentifierCheck | null,
) {
  return () => (object: object, propertyName: string) => {
    for (const problem of Object.keys(messages) as IdentifierProblem[]) {
      registerDecorator({
        name: `${name}${problem}`,
        target: object.constructor,
        propertyName,
        options: { message: messages[problem], context: { code: problem } },
        validator: {
          validate: (value: unknown, args: ValidationArguments) => {
            if (typeof value !== 'string') return problem !== 'INVALID_FORMAT';
            const result = check(value, args);
            return !result || result.ok || result.problem !== problem;
          },
        },
      });
    }
  };
}

/** A USCC (GB 32100-2015): REQUIRED, INVALID_FORMAT or INVALID_CHECKSUM. */
export const IsUscc = fromIdentifierCheck(
  'isUscc',
  {
    REQUIRED: 'is required',
    INVALID_FORMAT: 'must be 18 characters from 0-9 and A-Y without I, O, Z, S, V',
    INVALID_CHECKSUM: 'has a wrong check character (GB 32100-2015)',
    INVALID_DATE: 'is not a valid USCC',
  },
  (value) => checkUscc(value),
);

/**
 * An ID number checked by the input's idType: a resident ID's format, birth date and check digit,
 * a travel document's format. (Whether the birth date lies in the future is the service's: it needs
 * the agency's today.) An unknown idType is left to its enum.
 */
export const IsIdNumberOfType = fromIdentifierCheck(
  'isIdNumber',
  {
    REQUIRED: 'is required',
    INVALID_FORMAT: 'is not a valid number for this ID type',
    INVALID_CHECKSUM: 'has a wrong check digit (GB 11643-1999)',
    INVALID_DATE: 'does not contain a real birth date',
  },
  (value, args) => {
    const idType = (args.object as { idType?: unknown }).idType;
    if (idType === 'CN_RESIDENT_ID') return checkResidentId(value);
    return idType ? checkTravelDocumentNumber(value) : null;
  },
);

export const IsPhoneNumber = fromPredicate(
  'isPhoneNumber',
  'INVALID_FORMAT',
  'must be a phone number (digits, optional +)',
  (value) => typeof value === 'string' && (value.trim() === '' || isPhoneNumber(value)),
);
