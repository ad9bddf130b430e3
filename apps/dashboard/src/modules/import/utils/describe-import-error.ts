import { SITES } from '@veridesk/domain';
import type { TFunction } from 'i18next';
import type { ImportReportFieldsFragment } from '../../../generated/graphql';
import { CHINESE_HEADER, type ImportColumn } from './import-template';

type RowError = ImportReportFieldsFragment['errors'][number];

export const isColumn = (field: string | null): field is ImportColumn =>
  field !== null && field in CHINESE_HEADER;

/**
 * An error in the reader's language, from its code, column and refused value — what was refused
 * and what would work. The server's English message is the fallback for a code not known here.
 */
export const describeImportError = (t: TFunction, error: RowError): string =>
  t([`import.problems.${error.field ?? ''}.${error.code}`, `import.problems.${error.code}`], {
    value: error.value ?? '',
    zh: isColumn(error.field) ? CHINESE_HEADER[error.field] : '',
    en: error.field ?? '',
    sites: SITES.join(', '),
    defaultValue: error.message,
  });
