import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { randomSecret } from './secrets';

@Injectable()
export class PasswordHasher {
  // Checked against when an account does not exist, so "no such email" takes as long as "wrong password".
  private decoy?: Promise<string>;

  // argon2id with the library's defaults (RFC 9106's second recommended setting).
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    this.decoy ??= this.hash(randomSecret());
    try {
      const matches = await argon2.verify(hash ?? (await this.decoy), password);
      return matches && hash !== undefined;
    } catch {
      return false;
    }
  }
}
