import {
  EntitiesListDocument,
  EntityPageDocument,
  ImportPortfolioDocument,
  MyDigestPreviewDocument,
  OverviewAffectedStoresDocument,
  OverviewExpiringDocumentsDocument,
  OverviewExpiryWeeksDocument,
  OverviewOpenCasesDocument,
  OverviewSummaryDocument,
  PortfolioDocumentsDocument,
  VerificationCasesDocument,
} from '@veridesk/dashboard/graphql';
import { print } from 'graphql';

/** The dashboard's operations the benchmarks send, as graphql-codegen compiled them. */
const OPERATIONS = {
  EntitiesList: EntitiesListDocument,
  EntityPage: EntityPageDocument,
  ImportPortfolio: ImportPortfolioDocument,
  MyDigestPreview: MyDigestPreviewDocument,
  OverviewAffectedStores: OverviewAffectedStoresDocument,
  OverviewExpiringDocuments: OverviewExpiringDocumentsDocument,
  OverviewExpiryWeeks: OverviewExpiryWeeksDocument,
  OverviewOpenCases: OverviewOpenCasesDocument,
  OverviewSummary: OverviewSummaryDocument,
  PortfolioDocuments: PortfolioDocumentsDocument,
  VerificationCases: VerificationCasesDocument,
};

export type DashboardOperation = keyof typeof OPERATIONS;

/** The dashboard's own operation `name` as query text (its fragments included). */
export function dashboardQuery(name: DashboardOperation): string {
  const document = OPERATIONS[name];
  if (!document)
    throw new Error(`No dashboard operation ${name} (tools/bench/dashboard-operations.ts)`);
  return print(document);
}
