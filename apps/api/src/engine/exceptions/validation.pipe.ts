import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@veridesk/shared';
import { DomainException } from './domain.exception';

// class-validator constraint → the contract's stable field error code.
const CONSTRAINT_CODES: Record<string, string> = {
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  arrayMaxSize: 'TOO_LONG',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  isInt: 'INVALID_FORMAT',
  isEmail: 'INVALID_FORMAT',
  isEnum: 'INVALID_FORMAT',
  isUUID: 'INVALID_FORMAT',
};

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code:
        (error.contexts?.[constraint]?.code as string | undefined) ??
        CONSTRAINT_CODES[constraint] ??
        'INVALID_FORMAT',
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// PostgreSQL text cannot hold NUL, and an unpaired UTF-16 surrogate has no UTF-8 form (the driver
// would silently store U+FFFD, jsonb refuses it): no input string may carry either.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The fields (dotted paths; list items named by their list) holding an unstorable string. */
function unstorableFields(value: unknown, path: string): string[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item) => unstorableFields(item, path));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) =>
      unstorableFields(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * Validates every GraphQL input (and REST parameter): first that no string anywhere in it is
 * unstorable, then the input type's class-validator rules. Failures become BAD_USER_INPUT with one
 * entry per field.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // Custom parameters (the caller, an uploaded file) are not client input of this kind.
    if (metadata.type !== 'custom') {
      // An input object's fields are named as such; a scalar or list argument by its own name.
      const isInputObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      const fields = [
        ...new Set(unstorableFields(value, isInputObject ? '' : (metadata.data ?? ''))),
      ];
      if (fields.length) {
        throw DomainException.badInput(
          fields.map((field) => ({
            field,
            code: 'INVALID_CHARACTERS',
            message: 'must not contain NUL characters or unpaired surrogates',
          })),
        );
      }
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainException.badInput(flatten(errors)),
  });
}
