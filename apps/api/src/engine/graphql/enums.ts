import { registerEnumType } from '@nestjs/graphql';
import {
  ATTEMPT_OUTCOMES,
  AttemptOutcome,
  CASE_STATUSES,
  CaseStatus,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  DocumentStatus,
  DocumentType,
  FAILURE_REASONS,
  FailureReason,
  READINESS_CODES,
  ReadinessCode,
  ROLES,
  Role,
  Severity,
  Site,
  SITES,
  TRIGGER_REASONS,
  TriggerReason,
  VERIFICATION_STATUSES,
  VerificationStatus,
} from '@veridesk/domain';

// GraphQL enums from the domain's own lists, so the two can never drift.
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const RoleEnum = asEnum<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role' });

export const SiteEnum = asEnum<Site>(SITES);
registerEnumType(SiteEnum, {
  name: 'Site',
  description: 'Lazada site: MY SG PH (UTC+8), TH VN ID (UTC+7).',
});

export const StoreStatusEnum = asEnum([
  'ACTIVE',
  'RESTRICTED',
  'FROZEN',
  'UNDER_REVIEW',
  'CLOSED',
] as const);
registerEnumType(StoreStatusEnum, { name: 'StoreStatus' });

export const StoreModuleEnum = asEnum(['PRODUCT_LISTING', 'ORDERS', 'FINANCE'] as const);
registerEnumType(StoreModuleEnum, { name: 'StoreModule' });

export const RepresentativeRoleEnum = asEnum([
  'LEGAL_REPRESENTATIVE',
  'AUTHORIZED_SIGNATORY',
] as const);
registerEnumType(RepresentativeRoleEnum, { name: 'RepresentativeRole' });

export const IdTypeEnum = asEnum(['CN_RESIDENT_ID', 'HK_MACAO_TAIWAN_PERMIT', 'PASSPORT'] as const);
registerEnumType(IdTypeEnum, { name: 'IdType' });

export const DocumentTypeEnum = asEnum<DocumentType>(DOCUMENT_TYPES);
registerEnumType(DocumentTypeEnum, { name: 'DocumentType' });

export const DocumentStatusEnum = asEnum<DocumentStatus>(DOCUMENT_STATUSES);
registerEnumType(DocumentStatusEnum, { name: 'DocumentStatus' });

export const TriggerReasonEnum = asEnum<TriggerReason>(TRIGGER_REASONS);
registerEnumType(TriggerReasonEnum, { name: 'TriggerReason' });

export const CaseStatusEnum = asEnum<CaseStatus>(CASE_STATUSES);
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });

export const VerificationStatusEnum = asEnum<VerificationStatus>(VERIFICATION_STATUSES);
registerEnumType(VerificationStatusEnum, { name: 'VerificationStatus' });

export const AttemptOutcomeEnum = asEnum<AttemptOutcome>(ATTEMPT_OUTCOMES);
registerEnumType(AttemptOutcomeEnum, { name: 'AttemptOutcome' });

export const FailureReasonEnum = asEnum<FailureReason>(FAILURE_REASONS);
registerEnumType(FailureReasonEnum, { name: 'FailureReason' });

export const SeverityEnum = asEnum<Severity>(['BLOCKER', 'WARNING']);
registerEnumType(SeverityEnum, { name: 'Severity' });

export const ReadinessCodeEnum = asEnum<ReadinessCode>(READINESS_CODES);
registerEnumType(ReadinessCodeEnum, { name: 'ReadinessCode' });

export const IMPACT_CODES = [
  'OPEN_VERIFICATION_CASE',
  'VERIFICATION_OVERDUE',
  'STORE_RESTRICTED',
  'LICENSE_EXPIRED',
  'LICENSE_EXPIRING',
  'ID_EXPIRED',
  'ID_EXPIRING',
  'DOCUMENT_EXPIRED',
  'DOCUMENT_EXPIRING',
] as const;
export type ImpactCode = (typeof IMPACT_CODES)[number];
export const ImpactCodeEnum = asEnum<ImpactCode>(IMPACT_CODES);
registerEnumType(ImpactCodeEnum, { name: 'ImpactCode' });
