import { Injectable } from '@nestjs/common';
import {
  checkResidentId,
  checkTravelDocumentNumber,
  IdentifierProblem,
  isPhoneNumber,
  maskIdNumber,
  maskPhone,
} from '@veridesk/domain';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { PersonalDataCipher } from '../../../engine/crypto/personal-data-cipher.service';
import { byKey, groupBy, RequestLoaders } from '../../../engine/dataloader/request-loaders.service';
import { isUniqueViolation } from '../../../engine/database/errors';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { DocumentEntity } from '../../document/document.entity';
import { SellerEntityService } from '../../seller-entity/services/seller-entity.service';
import { AddRepresentativeInput } from '../dtos/add-representative.input';
import { RepresentativeEntity } from '../representative.entity';
import { plainRows } from '../../../engine/database/sql';

const ID_MESSAGES: Record<IdentifierProblem, string> = {
  REQUIRED: 'is required',
  INVALID_FORMAT: 'is not a valid number for this ID type',
  INVALID_CHECKSUM: 'has a wrong check digit (GB 11643-1999)',
  INVALID_DATE: 'does not contain a real birth date',
};

@Injectable()
export class RepresentativeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: AgencyClock,
    private readonly loaders: RequestLoaders,
    private readonly sellerEntities: SellerEntityService,
  ) {}

  /**
   * Adds a representative; the ID number is validated by type, sealed, fingerprinted and masked.
   * A resident ID card also becomes a RESIDENT_ID_CARD document carrying its expiry.
   */
  async add(input: AddRepresentativeInput): Promise<RepresentativeEntity> {
    const { today } = await this.clock.current();
    const check =
      input.idType === 'CN_RESIDENT_ID'
        ? checkResidentId(input.idNumber, today)
        : checkTravelDocumentNumber(input.idNumber);
    if (!check.ok)
      throw DomainException.field('idNumber', check.problem, ID_MESSAGES[check.problem]);
    if (input.phone && !isPhoneNumber(input.phone)) {
      throw DomainException.field(
        'phone',
        'INVALID_FORMAT',
        'must be a phone number (digits, optional +)',
      );
    }
    const idNumber = check.value;
    return this.db.transaction(async (manager) => {
      const entity = await this.sellerEntities.findForUpdate(manager, input.sellerEntityId);
      const sealed = this.cipher.seal(idNumber);
      const phone = input.phone ? input.phone.replace(/[\s-]/g, '') : null;
      const sealedPhone = phone ? this.cipher.seal(phone) : null;
      const representative = manager.create(RepresentativeEntity, {
        agencyId: this.tenantContext.agencyId,
        sellerEntityId: entity.id,
        fullName: input.fullName.trim(),
        role: input.role,
        idType: input.idType,
        idNumberCiphertext: sealed.ciphertext,
        idNumberKeyId: sealed.keyId,
        idNumberHash: this.cipher.fingerprint(`${input.idType}:${idNumber}`),
        idNumberMasked: maskIdNumber(idNumber),
        idExpiresOn: input.idExpiresOn ?? null,
        phoneCiphertext: sealedPhone?.ciphertext ?? null,
        phoneKeyId: sealedPhone?.keyId ?? null,
        phoneMasked: phone ? maskPhone(phone) : null,
        verifiedAt: null,
      });
      try {
        await manager.save(representative);
      } catch (error) {
        if (isUniqueViolation(error, 'UQ_representatives_entity_id_hash')) {
          throw DomainException.conflict(
            'This ID number is already a representative of this entity.',
            [{ field: 'idNumber', code: 'TAKEN', message: 'is already on file for this entity' }],
          );
        }
        throw error;
      }
      if (input.idType === 'CN_RESIDENT_ID') {
        await manager.insert(
          DocumentEntity,
          manager.create(DocumentEntity, {
            agencyId: representative.agencyId,
            sellerEntityId: entity.id,
            representativeId: representative.id,
            type: 'RESIDENT_ID_CARD',
            number: representative.idNumberMasked,
            expiresOn: representative.idExpiresOn,
            sites: [],
          }),
        );
      }
      await this.audit.record({
        action: 'representative.add',
        subjectType: 'Representative',
        sellerEntityId: representative.sellerEntityId,
        subjectId: representative.id,
        // The mask only: an ID number never reaches the audit log.
        changes: {
          sellerEntityId: entity.id,
          fullName: representative.fullName,
          role: representative.role,
          idType: representative.idType,
          idNumber: representative.idNumberMasked,
          idExpiresOn: representative.idExpiresOn,
        },
      });
      return representative;
    });
  }

  /** The whole ID number, for OWNER and ADMIN only (the resolver checks), and every reveal audited. */
  async reveal(representativeId: string): Promise<string> {
    return this.db.transaction(async (manager) => {
      const representative = await manager.findOne(RepresentativeEntity, {
        where: { id: assertId(representativeId, 'Representative') },
        select: {
          id: true,
          idNumberCiphertext: true,
          idNumberKeyId: true,
          idNumberMasked: true,
          sellerEntityId: true,
        },
      });
      if (!representative) throw DomainException.notFound('Representative');
      const idNumber = this.cipher.open({
        ciphertext: representative.idNumberCiphertext,
        keyId: representative.idNumberKeyId,
      });
      await this.audit.record({
        action: 'representative.revealIdNumber',
        subjectType: 'Representative',
        sellerEntityId: representative.sellerEntityId,
        subjectId: representative.id,
        changes: {
          idNumber: representative.idNumberMasked,
          sellerEntityId: representative.sellerEntityId,
        },
      });
      return idNumber;
    });
  }

  async get(id: string): Promise<RepresentativeEntity> {
    const representative = await this.load(assertId(id, 'Representative'));
    if (!representative) throw DomainException.notFound('Representative');
    return representative;
  }

  /** The representative if this request has loaded it already (preload): its fields answer at once. */
  loaded(id: string): RepresentativeEntity | undefined {
    return this.loaders.known('representative:byId', id);
  }

  /** Loads a page's representatives in one batch before its rows are resolved (see loaded). */
  async preload(ids: ReadonlyArray<string | null>): Promise<void> {
    await Promise.all(ids.flatMap((id) => (id ? [this.load(id)] : [])));
  }

  load(id: string): Promise<RepresentativeEntity | null> {
    return this.loaders.load('representative:byId', id, (ids) =>
      this.db.transaction(async (manager) =>
        byKey(
          ids,
          await plainRows(manager, RepresentativeEntity, 'r', 'WHERE r.id = ANY($1)', [[...ids]]),
          (row) => row.id,
        ),
      ),
    );
  }

  /** The entity's representatives if this request has loaded them already (a page's preload). */
  loadedByEntity(sellerEntityId: string): RepresentativeEntity[] | undefined {
    return this.loaders.known('representative:byEntity', sellerEntityId);
  }

  loadByEntity(sellerEntityId: string): Promise<RepresentativeEntity[]> {
    return this.loaders.load('representative:byEntity', sellerEntityId, (ids) =>
      this.db.transaction(async (manager) =>
        groupBy(
          ids,
          await plainRows(
            manager,
            RepresentativeEntity,
            'r',
            'WHERE r.seller_entity_id = ANY($1) ORDER BY r.created_at, r.id',
            [ids],
          ),
          (row) => row.sellerEntityId,
        ),
      ),
    );
  }
}
