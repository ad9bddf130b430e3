// Independent generators of valid Chinese identifiers for tests that need many of them, computed from
// the standards (DOMAIN.md) rather than with the code under test.

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100-2015 check character of the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, char, index) => total + USCC_ALPHABET.indexOf(char) * USCC_WEIGHTS[index],
    0,
  );
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** A valid USCC: a Shenzhen company prefix, the number as 9 digits, its check character. */
export function makeUscc(n: number): string {
  const first17 = `91440300${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** The same USCC with a check character that does not match. */
export function withWrongUsccCheck(uscc: string): string {
  const right = uscc[17];
  const wrong = USCC_ALPHABET[(USCC_ALPHABET.indexOf(right) + 1) % USCC_ALPHABET.length];
  return uscc.slice(0, 17) + wrong;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECKS = '10X98765432';

/** A resident ID (GB 11643-1999) with a correct check character; `birth` is YYYYMMDD, not checked. */
export function makeResidentId(birth: string, sequence = 123, region = '110105'): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  const sum = [...first17].reduce(
    (total, char, index) => total + Number(char) * ID_WEIGHTS[index],
    0,
  );
  return first17 + ID_CHECKS[sum % 11];
}

/** The same resident ID with a check character that does not match. */
export function withWrongIdCheck(id: string): string {
  const right = id[17];
  const wrong = ID_CHECKS[(ID_CHECKS.indexOf(right) + 1) % ID_CHECKS.length];
  return id.slice(0, 17) + wrong;
}

/** An identifier as people paste it from a licence scan: groups of four, spaces around. */
export function spaced(identifier: string): string {
  return ` ${identifier.match(/.{1,4}/g)!.join(' ')} `;
}

/** An identifier typed with a Chinese input method in full-width mode (９１３５…ＡＢＣ), lower-cased. */
export function fullWidth(identifier: string): string {
  return [...identifier.toLowerCase()]
    .map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))
    .join('');
}
