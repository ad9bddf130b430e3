import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Access } from '../../engine/auth/access.decorator';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import { PageArgs } from '../../engine/graphql/pagination';
import { DocumentObject } from '../document/document.object';
import { DocumentService } from '../document/services/document.service';
import { StoredFileObject } from '../file/stored-file.object';
import { RepresentativeObject } from '../representative/representative.object';
import { RepresentativeService } from '../representative/services/representative.service';
import { SellerEntityObject } from '../seller-entity/seller-entity.object';
import { SellerEntityService } from '../seller-entity/services/seller-entity.service';
import { RequestDocumentInput, SubmitDocumentRequestInput } from './dtos/document-request.inputs';
import {
  DocumentRequestConnection,
  DocumentRequestObject,
  DocumentRequestStatusEnum,
  GuestDocumentRequestObject,
} from './document-request.objects';
import { DocumentRequestService } from './services/document-request.service';
import type { DocumentRequestStatus } from '@veridesk/domain';

type GuestContext = { req: Request };

@Resolver(() => DocumentRequestObject)
export class DocumentRequestResolver {
  constructor(
    private readonly requests: DocumentRequestService,
    private readonly sellerEntities: SellerEntityService,
    private readonly representatives: RepresentativeService,
    private readonly documents: DocumentService,
  ) {}

  @Query(() => DocumentRequestConnection, { description: 'Newest first.' })
  documentRequests(
    @Args() page: PageArgs,
    @Args('status', { type: () => DocumentRequestStatusEnum, nullable: true })
    status?: DocumentRequestStatus,
    @Args('sellerEntityId', { type: () => ID, nullable: true }) sellerEntityId?: string,
  ) {
    return this.requests.list({ status, sellerEntityId }, page);
  }

  @Access('writer')
  @Mutation(() => DocumentRequestObject, {
    description: 'The url (with its token) is given here only; the link is valid expiresInDays.',
  })
  requestDocument(@Args('input') input: RequestDocumentInput) {
    return this.requests.request(input);
  }

  @Access('writer')
  @Mutation(() => DocumentRequestObject)
  revokeDocumentRequest(@Args('id', { type: () => ID }) id: string) {
    return this.requests.revoke(id);
  }

  @Access('writer')
  @Mutation(() => DocumentRequestObject)
  reviewDocumentRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.requests.review(id, accept, note);
  }

  @Access('public')
  @Query(() => GuestDocumentRequestObject, {
    description: 'Public (no credentials): what a document request link asks for.',
  })
  guestDocumentRequest(@Args('token') token: string, @Context() context: GuestContext) {
    return this.requests.guestView(clientAddress(context.req), token);
  }

  @Access('public')
  @Mutation(() => GuestDocumentRequestObject, {
    description: 'Public (no credentials), with a document request token.',
  })
  submitDocumentRequest(
    @Args('token') token: string,
    @Args('input') input: SubmitDocumentRequestInput,
    @Context() context: GuestContext,
  ) {
    return this.requests.submit(clientAddress(context.req), token, input);
  }

  @ResolveField(() => SellerEntityObject)
  sellerEntity(request: DocumentRequestObject) {
    return this.sellerEntities.load(request.sellerEntityId);
  }

  @ResolveField(() => RepresentativeObject, { nullable: true })
  representative(request: DocumentRequestObject) {
    return request.representativeId ? this.representatives.load(request.representativeId) : null;
  }

  @ResolveField(() => [StoredFileObject])
  submittedFiles(request: DocumentRequestObject) {
    return this.requests.submittedFiles(request.id);
  }

  @ResolveField(() => DocumentObject, {
    nullable: true,
    description: 'Set when accepted: the document it recorded.',
  })
  document(request: DocumentRequestObject) {
    return request.documentId ? this.documents.load(request.documentId) : null;
  }
}
