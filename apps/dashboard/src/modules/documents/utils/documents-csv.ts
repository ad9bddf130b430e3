import type { PortfolioDocumentFieldsFragment } from '../../../generated/graphql';
import { buildCsv } from '../../ui/utils/csv';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The export's rows, in the reader's language, one per document. */
export const buildDocumentsCsv = (
  documents: PortfolioDocumentFieldsFragment[],
  t: Translate,
): string =>
  buildCsv(
    [
      t('documents.csv.entity'),
      t('documents.csv.uscc'),
      t('documents.csv.type'),
      t('documents.csv.number'),
      t('documents.csv.holder'),
      t('documents.csv.expiresOn'),
      t('documents.csv.status'),
      t('documents.csv.daysLeft'),
      t('documents.csv.sites'),
    ],
    documents.map((document) => [
      document.sellerEntity.legalName,
      document.sellerEntity.uscc,
      t(`documents.types.${document.type}`),
      document.number ?? '',
      document.representative?.fullName ?? '',
      document.expiresOn ?? t('documents.longTerm'),
      t(`status.document.${document.status}`),
      document.daysUntilExpiry,
      document.sites.length ? document.sites.join(';') : t('documents.allSites'),
    ]),
  );
