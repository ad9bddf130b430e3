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
}
