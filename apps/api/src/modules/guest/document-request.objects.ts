import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DOCUMENT_REQUEST_STATUSES,
  type DocumentRequestStatus,
  type DocumentType,
} from '@veridesk/domain';
import { DocumentTypeEnum } from '../../engine/graphql/enums';
import { Connection } from '../../engine/graphql/pagination';
import { GraphQLDate } from '../../engine/graphql/scalars';

export const DocumentRequestStatusEnum = Object.fromEntries(
  DOCUMENT_REQUEST_STATUSES.map((status) => [status, status]),
) as { [K in DocumentRequestStatus]: K };
registerEnumType(DocumentRequestStatusEnum, { name: 'DocumentRequestStatus' });

/**
 * The agency's view of a request. `sellerEntity`, `representative`, `submittedFiles` and
 * `document` are field resolvers (DocumentRequestResolver).
 */
@ObjectType('DocumentRequest')
export class DocumentRequestObject {
  @Field(() => ID) id: string;
  @Field(() => DocumentTypeEnum) type: DocumentType;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => DocumentRequestStatusEnum) status: DocumentRequestStatus;
  @Field() url: string;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true }) submittedNumber: string | null;
  @Field(() => GraphQLDate, { nullable: true }) submittedIssuedOn: string | null;
  @Field(() => GraphQLDate, { nullable: true }) submittedExpiresOn: string | null;
  @Field(() => Boolean, { nullable: true }) submittedLongTerm: boolean | null;
  @Field(() => String, { nullable: true }) reviewNote: string | null;

  sellerEntityId: string;
  representativeId: string | null;
  documentId: string | null;
}

@ObjectType('DocumentRequestConnection')
export class DocumentRequestConnection extends Connection(
  DocumentRequestObject,
  'DocumentRequest',
) {}

/** What a request's link shows the seller: nothing of the agency beyond these. */
@ObjectType('GuestDocumentRequest')
export class GuestDocumentRequestObject {
  @Field() agencyName: string;
  @Field() sellerEntityName: string;
  @Field(() => DocumentTypeEnum) type: DocumentType;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => DocumentRequestStatusEnum) status: DocumentRequestStatus;
  @Field() expiresAt: Date;
  @Field(() => String, { nullable: true, description: 'Why the agency rejected the submission.' })
  reviewNote: string | null;
}
