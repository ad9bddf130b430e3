import {
  normalizeIdentifier,
  checkResidentId,
  checkTravelDocumentNumber,
  checkUscc,
  isPhoneNumber,
  maskIdNumber,
  maskPhone,
} from '../identifiers';

describe('identifiers as people paste them', () => {
  it.each([
    ['9131 0115 8TU7 6QN0 97', '91310115 8TU76QN097'.replace(' ', '')],
    ['  91350100M000100Y43', '91350100M000100Y43'],
    ['\t91350100M000100Y43\t', '91350100M000100Y43'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
    ['9135\u3000 0100m000100y43\u200b', '91350100M000100Y43'],
    ['\ufeff1100 1234-ab', '11001234-AB'],
  ])('normalises %j to %s', (pasted, expected) => {
    expect(normalizeIdentifier(pasted)).toBe(expected);
  });

  it('accepts a pasted, spaced or full-width USCC as the code it is', () => {
    expect(checkUscc('9144 0300 7152 6726 xg')).toEqual({ ok: true, value: '9144030071526726XG' });
    expect(checkUscc('９１４４０３００７１５２６７２６ＸＧ')).toEqual({
      ok: true,
      value: '9144030071526726XG',
    });
  });

  it('accepts a resident ID typed in groups', () => {
    expect(checkResidentId('110105 19491231 002x')).toEqual({
      ok: true,
      value: '11010519491231002X',
    });
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y43'],
    ['914403001922038216'],
    ['91110000600037341L'],
    ['9144030071526726XG'],
    ['91440300708461136T'],
  ])('accepts the real code %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, value: code });
  });

  it('upper-cases and trims what it accepts', () => {
    expect(checkUscc(' 9144030071526726xg ')).toEqual({ ok: true, value: '9144030071526726XG' });
  });

  it.each([
    ['91350100M000100Y44', 'INVALID_CHECKSUM'],
    ['91440300708461136A', 'INVALID_CHECKSUM'],
    ['91350100M000100Y4', 'INVALID_FORMAT'],
    ['91350100M000100Y433', 'INVALID_FORMAT'],
    ['91350100I000100Y43', 'INVALID_FORMAT'], // I is not in the alphabet
    ['91350100O000100Y43', 'INVALID_FORMAT'], // nor O
    ['9135010-M000100Y43', 'INVALID_FORMAT'],
    ['   ', 'REQUIRED'],
  ])('refuses %s as %s', (code, problem) => {
    expect(checkUscc(code)).toEqual({ ok: false, problem });
  });
});

describe('resident ID number (GB 11643-1999)', () => {
  it.each([['11010519491231002X'], ['440308199901011234'], ['110101199003074477']])(
    'accepts %s',
    (id) => {
      expect(checkResidentId(id, '2026-11-29')).toEqual({ ok: true, value: id });
    },
  );

  it('accepts a lower-case x check character', () => {
    expect(checkResidentId('11010519491231002x', '2026-11-29')).toEqual({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it.each([
    ['110105194912310021', 'INVALID_CHECKSUM'],
    ['440308199901011235', 'INVALID_CHECKSUM'],
    ['110105194902300021', 'INVALID_DATE'], // 30 February
    ['110105194913010021', 'INVALID_DATE'], // month 13
    ['110105203001010021', 'INVALID_DATE'], // born after today
    ['11010519491231002', 'INVALID_FORMAT'],
    ['1101051949123100Y2', 'INVALID_FORMAT'],
    ['', 'REQUIRED'],
  ])('refuses %s as %s', (id, problem) => {
    expect(checkResidentId(id, '2026-11-29')).toEqual({ ok: false, problem });
  });
});

describe('other identifiers', () => {
  it.each([
    ['E12345678', true],
    ['h1234567', true],
    ['AB-123', false],
    ['1234', false],
  ])('passport or permit %s is acceptable: %s', (value, ok) => {
    expect(checkTravelDocumentNumber(value).ok).toBe(ok);
  });

  it('masks an ID number keeping the first 6 and last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
  });

  it('masks a phone number keeping the last 4 digits', () => {
    expect(maskPhone('+86 138 0013 8000')).toBe('*********8000');
    expect(isPhoneNumber('+86 138-0013-8000')).toBe(true);
    expect(isPhoneNumber('call me')).toBe(false);
  });
});
