import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig, parseEncryptionKeys } from '../config/configuration';

export type Sealed = { ciphertext: string; keyId: string };

/**
 * Seals personal data (ID numbers, phones) with AES-256-GCM. Each value records the id of the key
 * that sealed it, so a key can be rotated in while old rows still open with the old one.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly activeKeyId: string;
  private readonly hashKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keys = parseEncryptionKeys(config.ID_ENCRYPTION_KEYS) as Map<string, Buffer>;
    this.activeKeyId = config.ID_ENCRYPTION_ACTIVE_KEY ?? [...this.keys.keys()][0];
    this.hashKey = Buffer.from(config.ID_HASH_KEY, 'utf8');
  }

  get activeKey(): string {
    return this.activeKeyId;
  }

  /** "<iv>.<tag>.<ciphertext>", base64url each, under the active key. */
  seal(plaintext: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.activeKeyId), iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
    return { ciphertext: parts.join('.'), keyId: this.activeKeyId };
  }

  open({ ciphertext, keyId }: Sealed): string {
    const [iv, tag, body] = ciphertext.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }

  /** A keyed hash for equality lookups (the same ID number twice) without decrypting rows. */
  fingerprint(value: string): string {
    return createHmac('sha256', this.hashKey).update(value).digest('hex');
  }

  private key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Encryption key "${keyId}" is not configured (ID_ENCRYPTION_KEYS)`);
    return key;
  }
}
