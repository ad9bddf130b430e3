import fc from 'fast-check';
import { addDaysToDate } from '../dates';
import {
  checkResidentId,
  checkTravelDocumentNumber,
  checkUscc,
  isPhoneNumber,
  maskIdNumber,
  maskPhone,
} from '../identifiers';
import { checkPassword, isValidEmail, normalizeEmail, slugify } from '../identity';

// Properties over generated identifiers. The check characters are computed here from the standards'
// definitions (DOMAIN.md), not with the code under test.

const TODAY = '2026-11-29';
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ID_CHECKS = '10X98765432';

/** GB 32100-2015: weight of position i is 3^i mod 31. */
function usccCheck(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    sum += USCC_ALPHABET.indexOf(first17[index]) * Number(3n ** BigInt(index) % 31n);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11643-1999: weight of position i is 2^(17-i) mod 11. */
function residentIdCheck(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    sum += Number(first17[index]) * Number(2n ** BigInt(17 - index) % 11n);
  }
  return ID_CHECKS[sum % 11];
}

const usccCharacter = fc.constantFrom(...USCC_ALPHABET);
const validUscc = fc
  .array(usccCharacter, { minLength: 17, maxLength: 17 })
  .map((characters) => characters.join(''))
  .map((first17) => first17 + usccCheck(first17));

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''));
// Every birth date from 1900-01-01 to TODAY.
const birthDate = fc
  .integer({ min: 0, max: 46_350 })
  .map((days) => addDaysToDate('1900-01-01', days))
  .filter((date) => date <= TODAY)
  .map((date) => date.replaceAll('-', ''));
const validResidentId = fc
  .tuple(digits(6), birthDate, digits(3))
  .map(([region, birth, sequence]) => `${region}${birth}${sequence}`)
  .map((first17) => first17 + residentIdCheck(first17));

/** Any string at all, lone surrogates and NUL included. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'0123456789Xx -\u0000\u200f\ud800'), maxLength: 24 }),
);

const replaceAt = (value: string, index: number, character: string) =>
  value.slice(0, index) + character + value.slice(index + 1);

describe('unified social credit code properties', () => {
  it('accepts every code whose check character is computed by the standard', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(checkUscc(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('accepts it lower-cased and padded, returning it upper-case', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(checkUscc(` ${code.toLowerCase()}\t`)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('refuses any single-character change as a wrong check character', () => {
    fc.assert(
      fc.property(
        validUscc,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (code, index, shift) => {
          const changed = USCC_ALPHABET[(USCC_ALPHABET.indexOf(code[index]) + shift) % 31];
          expect(checkUscc(replaceAt(code, index, changed))).toEqual({
            ok: false,
            problem: 'INVALID_CHECKSUM',
          });
        },
      ),
    );
  });

  it('refuses any swap of two different neighbours among the first 17 characters', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 15 }), (code, index) => {
        fc.pre(code[index] !== code[index + 1]);
        const swapped = replaceAt(replaceAt(code, index, code[index + 1]), index + 1, code[index]);
        expect(checkUscc(swapped).ok).toBe(false);
      }),
    );
  });

  it('refuses a character outside the alphabet (I, O, Z, S, V, punctuation) as a format error', () => {
    fc.assert(
      fc.property(
        validUscc,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom('I', 'O', 'Z', 'S', 'V', '-', '.', 'Ｏ', '\u0000', '\u200b', '😀'),
        (code, index, character) => {
          expect(checkUscc(replaceAt(code, index, character))).toEqual({
            ok: false,
            problem: 'INVALID_FORMAT',
          });
        },
      ),
    );
  });
});

describe('pasted identifiers', () => {
  // Full-width forms of ASCII letters and digits sit at U+FF01 + (code - 0x21).
  const fullWidth = (text: string) =>
    [...text].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');

  it('accepts any valid code typed full-width, in lower case, or split by spaces and tabs', () => {
    fc.assert(
      fc.property(
        validUscc,
        fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
        fc.constantFrom(' ', '\t', '\u3000', '  '),
        (code, cuts, gap) => {
          const spaced = [...code].map((c, i) => (cuts.includes(i) ? gap + c : c)).join('');
          expect(checkUscc(fullWidth(code))).toEqual({ ok: true, value: code });
          expect(checkUscc(`  ${spaced.toLowerCase()}\t`)).toEqual({ ok: true, value: code });
        },
      ),
    );
  });
});

describe('resident ID number properties', () => {
  it('accepts every number with a real birth date and the computed check character', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        expect(checkResidentId(id, TODAY)).toEqual({ ok: true, value: id });
      }),
    );
  });

  it('refuses any single-digit change among the first 17, and any other check character', () => {
    fc.assert(
      fc.property(
        validResidentId,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (id, index, shift) => {
          const changed =
            index === 17
              ? ID_CHECKS[(ID_CHECKS.indexOf(id[17]) + shift) % 11]
              : String((Number(id[index]) + shift) % 10);
          fc.pre(changed !== id[index]);
          const result = checkResidentId(replaceAt(id, index, changed), TODAY);
          expect(result.ok).toBe(false);
          // A changed birth-date digit may also make the date unreal; any other change is the checksum.
          if (index < 6 || index >= 14)
            expect(result).toMatchObject({ problem: 'INVALID_CHECKSUM' });
        },
      ),
    );
  });

  it('refuses a birth date after today, whatever the check character', () => {
    fc.assert(
      fc.property(
        digits(6),
        fc.integer({ min: 1, max: 3000 }),
        digits(3),
        (region, days, sequence) => {
          const first17 = `${region}${addDaysToDate(TODAY, days).replaceAll('-', '')}${sequence}`;
          expect(checkResidentId(first17 + residentIdCheck(first17), TODAY)).toEqual({
            ok: false,
            problem: 'INVALID_DATE',
          });
        },
      ),
    );
  });
});

describe('validators never throw and accept only canonical values', () => {
  it('identifier checks answer every string with a verdict', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const uscc = checkUscc(value);
        if (uscc.ok) expect(uscc.value).toMatch(/^[0-9A-HJ-NP-RTUWXY]{18}$/);
        const id = checkResidentId(value, TODAY);
        if (id.ok) expect(id.value).toMatch(/^\d{17}[\dX]$/);
        const travel = checkTravelDocumentNumber(value);
        if (travel.ok) expect(travel.value).toMatch(/^[A-Z0-9]{5,20}$/);
      }),
    );
  });

  it('phone, email, password and slug helpers take any string', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        expect(typeof isPhoneNumber(value)).toBe('boolean');
        if (isValidEmail(value)) expect(value).toMatch(/^[\x21-\x7e]+@[a-zA-Z0-9.-]+$/);
        expect(normalizeEmail(value)).toBe(normalizeEmail(normalizeEmail(value)));
        expect([null, 'TOO_SHORT', 'TOO_LONG']).toContain(checkPassword(value));
        expect(slugify(value)).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/);
      }),
    );
  });
});

describe('masking', () => {
  it('keeps exactly the first 6 and last 4 characters of a resident ID number', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        expect(maskIdNumber(id)).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
      }),
    );
  });

  it('keeps at most 4 characters of a passport or permit number, and hides at least one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{5,20}$/), (value) => {
        const masked = maskIdNumber(value);
        expect(masked).toHaveLength(value.length);
        const kept = [...masked].filter((character) => character !== '*').length;
        expect(kept).toBeLessThanOrEqual(value.length > 10 ? 10 : 4);
        expect(kept).toBeLessThan(value.length);
        [...masked].forEach((character, index) => {
          if (character !== '*') expect(character).toBe(value[index]);
        });
      }),
    );
  });

  it('hides every character of any value too short to mask partially', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), (value) => {
        expect(maskIdNumber(value)).toBe('*'.repeat(value.length));
      }),
    );
  });

  it('shows no more than the last 4 digits of a phone number', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const masked = maskPhone(value);
        const revealed = masked.replace(/\*/g, '');
        expect(revealed).toMatch(/^\d{0,4}$/);
        if (isPhoneNumber(value)) expect(revealed).toBe(value.replace(/\D/g, '').slice(-4));
      }),
    );
  });
});
