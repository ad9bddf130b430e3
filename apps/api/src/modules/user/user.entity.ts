import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A person who signs in. Global: one login can belong to several agencies via memberships. */
@Entity('users')
@Unique('UQ_users_email', ['email'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalized (trimmed, lower-case). */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text', { select: false })
  passwordHash: string;

  @Column('text', { default: 'Asia/Shanghai' })
  timeZone: string;

  @Column('text', { default: 'zh-CN' })
  locale: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The TOTP secret (base32), sealed by PersonalDataCipher; set while two-factor sign-in is on. */
  @Column('text', { nullable: true, select: false })
  twoFactorCiphertext?: string | null;

  @Column('text', { nullable: true, select: false })
  twoFactorKeyId?: string | null;

  @Column('timestamptz', { nullable: true })
  twoFactorEnabledAt?: Date | null;

  /** A secret handed out by startTwoFactorSetup, waiting for its first code. */
  @Column('text', { nullable: true, select: false })
  twoFactorPendingCiphertext?: string | null;

  @Column('text', { nullable: true, select: false })
  twoFactorPendingKeyId?: string | null;

  /** The last time step a code was accepted for: no code is accepted twice. */
  @Column('bigint', { nullable: true, select: false })
  twoFactorLastStep?: string | null;

  /** SHA-256 of each unused recovery code. */
  @Column('text', { array: true, default: () => "'{}'", select: false })
  twoFactorRecoveryHashes?: string[];
}
