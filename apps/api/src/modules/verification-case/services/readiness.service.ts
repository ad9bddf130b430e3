import { Injectable } from '@nestjs/common';
import { assessReadiness, dateIn } from '@veridesk/domain';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { DocumentService } from '../../document/services/document.service';
import { RepresentativeService } from '../../representative/services/representative.service';
import { SellerEntityService } from '../../seller-entity/services/seller-entity.service';
import { StoreService } from '../../store/services/store.service';
import { checklistItems } from '../checklist';
import type { ReadinessObject } from '../verification-case.object';
import type { VerificationCaseEntity } from '../verification-case.entity';

// The document types readiness looks at besides the licence.
const SUPPORTING_TYPES = new Set(['PRODUCT_FILING', 'DTI_REGISTRATION', 'TAX_REGISTRATION']);

/** Gathers a case's facts through the request's loaders and applies the domain's readiness rules. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly clock: AgencyClock,
    private readonly sellerEntities: SellerEntityService,
    private readonly representatives: RepresentativeService,
    private readonly documents: DocumentService,
    private readonly stores: StoreService,
  ) {}

  async assess(verificationCase: VerificationCaseEntity): Promise<ReadinessObject> {
    const [time, entity, representative, documents, stores, license] = await Promise.all([
      this.clock.current(),
      this.sellerEntities.load(verificationCase.sellerEntityId),
      this.representatives.load(verificationCase.representativeId),
      this.documents.loadByEntity(verificationCase.sellerEntityId),
      this.stores.loadByEntity(verificationCase.sellerEntityId),
      this.documents.loadBusinessLicense(verificationCase.sellerEntityId),
    ]);
    if (!entity || !representative)
      throw new Error('A case points at a missing entity or representative');
    const idCard = documents
      .filter(
        (document) =>
          document.type === 'RESIDENT_ID_CARD' && document.representativeId === representative.id,
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    const startsAt = verificationCase.appointmentStartsAt;
    return assessReadiness({
      caseId: verificationCase.id,
      site: verificationCase.site,
      deadlineAt: verificationCase.deadlineAt,
      appointmentStartsAt: startsAt,
      appointmentDate: startsAt ? dateIn(startsAt, time.timeZone) : null,
      today: time.today,
      entity,
      representative: {
        id: representative.id,
        fullName: representative.fullName,
        idExpiresOn: representative.idExpiresOn,
        idDocumentId: idCard?.id ?? null,
      },
      businessLicense: license ? { id: license.id, expiresOn: license.expiresOn } : null,
      stores: stores
        .filter((store) => store.status !== 'CLOSED')
        .map((store) => ({ id: store.id, site: store.site, categories: store.categories })),
      documents: documents
        .filter((document) => SUPPORTING_TYPES.has(document.type))
        .map((document) => ({
          id: document.id,
          type: document.type,
          expiresOn: document.expiresOn,
          sites: document.sites,
        })),
      checklist: checklistItems(verificationCase.checklist),
    });
  }
}
