// argon2id at the library's defaults costs about half a CPU-second a hash (a second of wall time on
// a busy 2-core machine). Suites that sign up or invite dozens of logins with the same sample
// password spend most of their time there, hashing that one password over and over.
import { PasswordHasher } from '../../src/engine/auth/password-hasher.service';
import type { TestApi } from './test-api';

/**
 * Test-only, like seed:scale's hasher: the API hashes each distinct password once and reuses that
 * hash for the same password. Every hash is still the real hasher's (argon2id, defaults) on the
 * real value, the first time that value is seen; verification (sign-in, its decoy) is untouched.
 * Undone by jest.restoreAllMocks().
 */
export function hashEachPasswordOnce(api: TestApi): void {
  const hasher = api.app.get(PasswordHasher);
  const hash = hasher.hash.bind(hasher);
  const hashes = new Map<string, Promise<string>>();
  jest.spyOn(hasher, 'hash').mockImplementation((password) => {
    const hashed = hashes.get(password) ?? hash(password);
    hashes.set(password, hashed);
    return hashed;
  });
}
