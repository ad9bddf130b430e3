import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DocumentStatus, DocumentType, Site } from '@veridesk/domain';
import { DocumentStatusEnum, DocumentTypeEnum, SiteEnum } from '../../engine/graphql/enums';
import { Connection } from '../../engine/graphql/pagination';
import { GraphQLDate } from '../../engine/graphql/scalars';

@ObjectType('Document')
export class DocumentObject {
  @Field(() => ID) id: string;
  @Field(() => DocumentTypeEnum) type: DocumentType;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => GraphQLDate, { nullable: true }) issuedOn: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'null = valid long-term (长期).' })
  expiresOn: string | null;
  @Field(() => DocumentStatusEnum, { description: "Judged on the agency's today." })
  status: DocumentStatus;
  @Field(() => Int, {
    nullable: true,
    description: 'expiresOn − today; negative once expired, null long-term.',
  })
  daysUntilExpiry: number | null;
  @Field(() => [SiteEnum], { description: 'Empty = every site of the entity.' }) sites: Site[];
  @Field() createdAt: Date;

  agencyId: string;
  sellerEntityId: string;
  representativeId: string | null;
  fileId: string | null;
}

@ObjectType('DocumentConnection')
export class DocumentConnection extends Connection(DocumentObject, 'Document') {}
