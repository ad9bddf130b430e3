import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CaseStatus, DocumentStatus, DocumentType, Site } from '@veridesk/domain';
import {
  CaseStatusEnum,
  DocumentStatusEnum,
  DocumentTypeEnum,
  SiteEnum,
} from '../../engine/graphql/enums';
import { GraphQLDate } from '../../engine/graphql/scalars';
import {
  AppointmentObject,
  ChecklistItemObject,
} from '../verification-case/verification-case.object';

@ObjectType('CallPrepLink', {
  description: 'The legal representative\'s call-prep link of a case (RULES.md "Guest links").',
})
export class CallPrepLinkObject {
  @Field(() => ID) id: string;
  @Field({
    description:
      "The page's address, `<PUBLIC_URL>/p/<token>`: only in createCallPrepLink's answer (the token is stored hashed); an empty string everywhere else.",
  })
  url: string;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastOpenedAt: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The representative\'s answer: true "ready", false "needs another slot", null until they answer.',
  })
  ready: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: "The representative's note with the answer.",
  })
  answerNote: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
}

@ObjectType('GuestDocument', {
  description: "A document of the case's entity, as a guest sees it: no number.",
})
export class GuestDocumentObject {
  @Field(() => DocumentTypeEnum) type: DocumentType;
  @Field(() => GraphQLDate, { nullable: true, description: 'null = valid long-term (长期).' })
  expiresOn: string | null;
  @Field(() => DocumentStatusEnum) status: DocumentStatus;
}

@ObjectType('CallPrep', { description: 'The page a representative opens from a call-prep link.' })
export class CallPrepObject {
  @Field() agencyName: string;
  @Field() sellerEntityName: string;
  @Field() representativeName: string;
  @Field(() => SiteEnum) site: Site;
  @Field(() => CaseStatusEnum) status: CaseStatus;
  @Field() deadlineAt: Date;
  @Field(() => AppointmentObject, { nullable: true }) appointment: AppointmentObject | null;
  @Field(() => [String], {
    description: "What would fail the call, in the reader's words (zh-CN).",
  })
  blockers: string[];
  @Field(() => [String]) warnings: string[];
  @Field(() => [ChecklistItemObject]) checklist: ChecklistItemObject[];
  @Field(() => [GuestDocumentObject]) documents: GuestDocumentObject[];
  @Field(() => String, { nullable: true }) managerName: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "The representative's answer: null until they answer.",
  })
  ready: boolean | null;
}
