import { ValidationError, ValidationPipe } from '@nestjs/common';
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

/** Validates every GraphQL input; failures become BAD_USER_INPUT with one entry per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainException.badInput(flatten(errors)),
  });
}
