import { DOCUMENT_TYPES } from '@veridesk/domain';
import type {
  DocumentFilter,
  DocumentStatus,
  DocumentType,
  Site,
} from '../../../generated/graphql';

export const DOCUMENT_STATUS_VALUES: DocumentStatus[] = ['EXPIRED', 'EXPIRING_SOON', 'VALID'];
export const DOCUMENT_TYPE_VALUES = DOCUMENT_TYPES as readonly DocumentType[];
export const SITE_VALUES: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];

export type DocumentListParams = {
  status: DocumentStatus | null;
  type: DocumentType | null;
  site: Site | null;
  expiringWithinDays: number | null;
  sellerEntityId: string | null;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value && (values as readonly string[]).includes(value) ? (value as T) : null;

export const readDocumentListParams = (params: URLSearchParams): DocumentListParams => {
  const days = Number(params.get('expiringWithinDays'));
  return {
    status: oneOf(DOCUMENT_STATUS_VALUES, params.get('status')),
    type: oneOf(DOCUMENT_TYPE_VALUES, params.get('type')),
    site: oneOf(SITE_VALUES, params.get('site')),
    expiringWithinDays:
      params.get('expiringWithinDays') && Number.isInteger(days) && days >= 0 ? days : null,
    sellerEntityId: params.get('sellerEntityId') || null,
  };
};

export const toDocumentFilter = (params: DocumentListParams): DocumentFilter => {
  const filter: DocumentFilter = {};
  if (params.status) filter.status = params.status;
  if (params.type) filter.type = params.type;
  if (params.site) filter.site = params.site;
  if (params.expiringWithinDays !== null) filter.expiringWithinDays = params.expiringWithinDays;
  if (params.sellerEntityId) filter.sellerEntityId = params.sellerEntityId;
  return filter;
};
