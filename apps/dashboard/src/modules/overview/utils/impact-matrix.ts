import type { ImpactCode, OverviewAffectedStoresQuery, Site } from '../../../generated/graphql';

export type AffectedStore = OverviewAffectedStoresQuery['affectedStores']['edges'][number]['node'];

export const MATRIX_SITES: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];

// How urgent each reason is: what stops the stores now before what will stop them soon.
const URGENCY: Record<ImpactCode, number> = {
  VERIFICATION_OVERDUE: 0,
  STORE_RESTRICTED: 1,
  LICENSE_EXPIRED: 2,
  ID_EXPIRED: 2,
  DOCUMENT_EXPIRED: 3,
  OPEN_VERIFICATION_CASE: 4,
  LICENSE_EXPIRING: 5,
  ID_EXPIRING: 5,
  DOCUMENT_EXPIRING: 6,
};

/** antd tag colours, the same red → gold scale as the status tags. */
export const IMPACT_COLORS: Record<ImpactCode, string> = {
  VERIFICATION_OVERDUE: 'magenta',
  STORE_RESTRICTED: 'red',
  LICENSE_EXPIRED: 'red',
  ID_EXPIRED: 'red',
  DOCUMENT_EXPIRED: 'volcano',
  OPEN_VERIFICATION_CASE: 'orange',
  LICENSE_EXPIRING: 'gold',
  ID_EXPIRING: 'gold',
  DOCUMENT_EXPIRING: 'gold',
};

export const urgencyOf = (code: ImpactCode): number => URGENCY[code];

export type MatrixCell = {
  /** The most urgent reason over the entity's stores on this site. */
  code: ImpactCode;
  stores: AffectedStore[];
};

export type MatrixRow = {
  entityId: string;
  legalName: string;
  englishName: string | null;
  /** The row's most urgent reason, to order rows. */
  urgency: number;
  cells: Partial<Record<Site, MatrixCell>>;
};

const mostUrgent = (store: AffectedStore): ImpactCode =>
  store.reasons.reduce<ImpactCode>(
    (best, reason) => (urgencyOf(reason.code) < urgencyOf(best) ? reason.code : best),
    store.reasons[0]?.code ?? 'DOCUMENT_EXPIRING',
  );

/** One row per entity with affected stores, one cell per site; the API's order breaks ties. */
export const buildImpactMatrix = (affected: AffectedStore[]): MatrixRow[] => {
  const rows = new Map<string, MatrixRow>();
  for (const item of affected) {
    const entity = item.store.sellerEntity;
    let row = rows.get(entity.id);
    if (!row) {
      row = {
        entityId: entity.id,
        legalName: entity.legalName,
        englishName: entity.englishName,
        urgency: Number.POSITIVE_INFINITY,
        cells: {},
      };
      rows.set(entity.id, row);
    }
    const code = mostUrgent(item);
    const cell = row.cells[item.store.site];
    if (!cell) row.cells[item.store.site] = { code, stores: [item] };
    else {
      cell.stores.push(item);
      if (urgencyOf(code) < urgencyOf(cell.code)) cell.code = code;
    }
    row.urgency = Math.min(row.urgency, urgencyOf(code));
  }
  // Array.prototype.sort is stable: rows equally urgent keep the API's (due-date) order.
  return [...rows.values()].sort((a, b) => a.urgency - b.urgency);
};
