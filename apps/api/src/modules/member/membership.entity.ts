import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Role } from '@veridesk/domain';
import { AgencyEntity } from '../agency/agency.entity';
import { UserEntity } from '../user/user.entity';

@Entity('memberships')
@Index('IDX_memberships_agency_user', ['agencyId', 'userId'], { unique: true })
@Unique('UQ_memberships_agency_id', ['agencyId', 'id'])
@Index('IDX_memberships_user', ['userId'])
@Check('CHK_memberships_role', `role IN ('OWNER', 'ADMIN', 'MANAGER', 'VIEWER')`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_memberships_agency' })
  agency?: AgencyEntity;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_memberships_user' })
  user?: UserEntity;

  @Column('text')
  role: Role;

  /** Morning digest on or off (the signed unsubscribe link turns it off). */
  @Column('boolean', { default: true })
  digestEnabled: boolean;

  /** DAILY, or WEEKLY (Mondays). */
  @Column('text', { default: 'DAILY' })
  digestFrequency: 'DAILY' | 'WEEKLY';

  /** Urgent alert kinds this member muted (an overdue case cannot be muted). */
  @Column('text', { array: true, default: () => "'{}'" })
  mutedAlerts: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
