import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../engine/graphql/pagination';
import { GraphQLJSON } from '../../engine/graphql/scalars';

@ObjectType('AuditEvent')
export class AuditEventObject {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field({ description: '"user:<email>" or "api-key:<prefix>".' }) actor: string;
  @Field({ description: 'e.g. sellerEntity.create, representative.revealIdNumber' }) action: string;
  @Field() subjectType: string;
  @Field(() => ID, { nullable: true }) subjectId: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Changed fields; never secrets or ID numbers.',
  })
  changes: Record<string, unknown> | null;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventObject, 'AuditEvent') {}
