import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';

/** The tenant. Its row is visible only inside its own context (RLS on `id`). */
@Entity('agencies')
@Unique('UQ_agencies_slug', ['slug'])
export class AgencyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('text', { default: 'Asia/Shanghai' })
  timeZone: string;

  @Column('int', { default: 30 })
  expiryWarningDays: number;

  /** OWNERs and ADMINs must turn two-factor sign-in on before they may do anything else. */
  @Column('boolean', { default: false })
  requireTwoFactor: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
