import { OnModuleInit } from '@nestjs/common';
import { Args, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { documentValidity, DocumentStatus } from '@veridesk/domain';
import { Access } from '../../engine/auth/access.decorator';
import { AgencyClock } from '../../engine/clock/agency-clock.service';
import { DocumentStatusEnum } from '../../engine/graphql/enums';
import { CONNECTION_NODES, requestedFields } from '../../engine/graphql/lookahead';
import { PageArgs } from '../../engine/graphql/pagination';
import { RepresentativeObject } from '../representative/representative.object';
import { RepresentativeService } from '../representative/services/representative.service';
import { SellerEntityObject } from '../seller-entity/seller-entity.object';
import { EntityRelationsRegistry } from '../seller-entity/services/entity-relations.registry';
import { DocumentConnection, DocumentObject } from './document.object';
import { DocumentFilter, RecordDocumentInput, UpdateDocumentInput } from './dtos/document.inputs';
import { DocumentService } from './services/document.service';

@Resolver(() => DocumentObject)
export class DocumentResolver {
  constructor(
    private readonly documentService: DocumentService,
    private readonly representativeService: RepresentativeService,
    private readonly clock: AgencyClock,
  ) {}

  @Query(() => DocumentConnection, {
    description: 'Soonest expiry first; long-term documents last.',
  })
  documents(
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => DocumentFilter, nullable: true }) filter?: DocumentFilter,
  ) {
    return this.documentService.list(filter ?? {}, page, requestedFields(info, CONNECTION_NODES));
  }

  @Access('writer')
  @Mutation(() => DocumentObject)
  recordDocument(@Args('input') input: RecordDocumentInput) {
    return this.documentService.record(input);
  }

  @Access('writer')
  @Mutation(() => DocumentObject)
  updateDocument(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDocumentInput,
  ) {
    return this.documentService.update(id, input);
  }

  @ResolveField(() => DocumentStatusEnum)
  status(document: DocumentObject): DocumentStatus | Promise<DocumentStatus> {
    return this.clock.judge(
      ({ today, expiryWarningDays }) =>
        documentValidity(document.expiresOn, today, expiryWarningDays).status,
    );
  }

  @ResolveField(() => Int, { nullable: true })
  daysUntilExpiry(document: DocumentObject): number | null | Promise<number | null> {
    return this.clock.judge(
      ({ today, expiryWarningDays }) =>
        documentValidity(document.expiresOn, today, expiryWarningDays).daysUntilExpiry,
    );
  }

  @ResolveField(() => RepresentativeObject, { nullable: true })
  representative(document: DocumentObject) {
    const id = document.representativeId;
    return id
      ? (this.representativeService.loaded(id) ?? this.representativeService.load(id))
      : null;
  }
}

@Resolver(() => SellerEntityObject)
export class SellerEntityDocumentsResolver implements OnModuleInit {
  constructor(
    private readonly documentService: DocumentService,
    private readonly relations: EntityRelationsRegistry,
  ) {}

  onModuleInit() {
    this.relations.register('documents', (entities) =>
      Promise.all(entities.map((entity) => this.documentService.loadByEntity(entity.id))),
    );
    // The licences alone, unless the query reads every document anyway (the licence is among them).
    this.relations.register('businessLicense', async (entities, fields) => {
      if (!fields.has('documents'))
        await this.documentService.preloadBusinessLicenses(entities.map((entity) => entity.id));
    });
  }

  @ResolveField(() => [DocumentObject], { description: 'Soonest expiry first.' })
  documents(entity: SellerEntityObject) {
    return (
      this.documentService.loadedByEntity(entity.id) ?? this.documentService.loadByEntity(entity.id)
    );
  }

  @ResolveField(() => DocumentObject, {
    nullable: true,
    description: 'The business licence recorded last.',
  })
  businessLicense(entity: SellerEntityObject) {
    const licence = this.documentService.loadedBusinessLicense(entity.id);
    return licence !== undefined ? licence : this.documentService.loadBusinessLicense(entity.id);
  }
}

@Resolver(() => RepresentativeObject)
export class RepresentativeDocumentsResolver {
  constructor(private readonly documentService: DocumentService) {}

  @ResolveField(() => [DocumentObject])
  documents(representative: RepresentativeObject) {
    return this.documentService.loadByRepresentative(
      representative.id,
      representative.sellerEntityId,
    );
  }
}
