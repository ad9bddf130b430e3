import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../config/configuration';
import { PersonalDataCipher } from '../personal-data-cipher.service';

const key = () => randomBytes(32).toString('base64');
const config = (keys: string, active?: string) =>
  loadConfig({
    DATABASE_URL: 'postgres://x@127.0.0.1/x',
    AUTH_SECRET: 'a'.repeat(32),
    ID_ENCRYPTION_KEYS: keys,
    ...(active ? { ID_ENCRYPTION_ACTIVE_KEY: active } : {}),
    ID_HASH_KEY: 'h'.repeat(32),
  });

describe('personal data cipher', () => {
  const k1 = `k1:${key()}`;
  const k2 = `k2:${key()}`;

  it('seals so that the ciphertext holds no trace of the number, and opens it again', () => {
    const cipher = new PersonalDataCipher(config(k1));
    const sealed = cipher.seal('11010519491231002X');
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext).not.toContain('1101051949');
    expect(cipher.open(sealed)).toBe('11010519491231002X');
    expect(cipher.seal('11010519491231002X').ciphertext).not.toBe(sealed.ciphertext);
  });

  it('opens values sealed under an older key after the active key rotates', () => {
    const before = new PersonalDataCipher(config(k1));
    const sealed = before.seal('440308199901011234');
    const after = new PersonalDataCipher(config(`${k1},${k2}`, 'k2'));
    expect(after.seal('x').keyId).toBe('k2');
    expect(after.open(sealed)).toBe('440308199901011234');
  });

  it('refuses a tampered ciphertext', () => {
    const cipher = new PersonalDataCipher(config(k1));
    const sealed = cipher.seal('440308199901011234');
    const [iv, tag, body] = sealed.ciphertext.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() =>
      cipher.open({ ...sealed, ciphertext: [iv, tag, flipped.toString('base64url')].join('.') }),
    ).toThrow();
  });

  it('fingerprints equal numbers equally and different numbers differently', () => {
    const cipher = new PersonalDataCipher(config(k1));
    expect(cipher.fingerprint('A')).toBe(cipher.fingerprint('A'));
    expect(cipher.fingerprint('A')).not.toBe(cipher.fingerprint('B'));
  });
});
