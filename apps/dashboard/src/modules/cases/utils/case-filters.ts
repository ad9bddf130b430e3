import type { CaseStatus, Site, VerificationCaseFilter } from '../../../generated/graphql';

export const CASE_STATUS_VALUES: CaseStatus[] = [
  'AWAITING_BOOKING',
  'SCHEDULED',
  'FAILED',
  'OVERDUE',
  'PASSED',
  'CANCELLED',
];
export const SITE_VALUES: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];

export type CaseListParams = {
  status: CaseStatus | null;
  site: Site | null;
  dueWithinHours: number | null;
  sellerEntityId: string | null;
  managerId: string | null;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the list's filters from the URL; anything unknown is ignored rather than sent. */
export const readCaseListParams = (params: URLSearchParams): CaseListParams => {
  const hours = Number(params.get('dueWithinHours'));
  return {
    status: oneOf(CASE_STATUS_VALUES, params.get('status')),
    site: oneOf(SITE_VALUES, params.get('site')),
    dueWithinHours:
      params.get('dueWithinHours') && Number.isInteger(hours) && hours >= 0 ? hours : null,
    sellerEntityId: params.get('sellerEntityId') || null,
    managerId: params.get('managerId') || null,
  };
};

/** The API filter for the URL's filters. */
export const toCaseFilter = (params: CaseListParams): VerificationCaseFilter => {
  const filter: VerificationCaseFilter = {};
  if (params.status) filter.status = params.status;
  if (params.site) filter.site = params.site;
  if (params.dueWithinHours !== null) filter.dueWithinHours = params.dueWithinHours;
  if (params.sellerEntityId) filter.sellerEntityId = params.sellerEntityId;
  if (params.managerId) filter.managerId = params.managerId;
  return filter;
};
