import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';
import { MembershipEntity } from '../member/membership.entity';

/**
 * A member's secret calendar URL (RULES.md "Calendar feed"). Looked up by the token's SHA-256; the
 * token itself is sealed (PersonalDataCipher, with its key id) so the member can copy the URL again.
 * One live feed per member; rotating sets `revoked_at` and creates the next.
 */
@Entity('calendar_feeds')
@Unique('UQ_calendar_feeds_agency_id', ['agencyId', 'id'])
@Unique('UQ_calendar_feeds_token_hash', ['tokenHash'])
@Index('UQ_calendar_feeds_live_membership', ['agencyId', 'membershipId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_calendar_feeds_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => MembershipEntity, ['agencyId', 'membershipId'], ['agencyId', 'id'], {
  name: 'FK_calendar_feeds_membership',
  onDelete: 'CASCADE',
})
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_calendar_feeds' })
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  membershipId: string;

  /** SHA-256 of the URL's token, hex: the only way a request finds the feed. */
  @Column('text')
  tokenHash: string;

  /** The token, sealed: the URL is shown again every time the member opens the settings page. */
  @Column('text')
  tokenCiphertext: string;

  @Column('text')
  tokenKeyId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
