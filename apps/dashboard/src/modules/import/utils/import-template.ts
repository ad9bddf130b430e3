import { buildCsv } from '../../documents/utils/csv';

/** The columns importPortfolio reads, in order (see the mutation's description). */
export const IMPORT_COLUMNS = [
  'uscc',
  'legal_name',
  'registered_representative_name',
  'business_scope',
  'license_expires_on',
  'site',
  'shop_name',
  'lazada_seller_id',
  'categories',
] as const;

// Two example rows with valid (computed, not real) USCCs: a dated licence and a long-term one.
const EXAMPLE_ROWS = [
  [
    '914403000000900017',
    '深圳市示例电子科技有限公司',
    '张三',
    'consumer-electronics;phone-accessories',
    '2027-06-30',
    'TH',
    '示例数码 TH',
    'TH900001',
    'phone-accessories',
  ],
  [
    '914401000000900020',
    '广州市示例家居用品有限公司',
    '李四',
    'home-decor;kitchenware',
    '长期',
    'MY',
    'Example Home MY',
    'MY900002',
    'kitchenware;home-decor',
  ],
];

/** The template as a UTF-8 CSV with a BOM, so Excel shows the Chinese names. */
export const importTemplateCsv = (): string => buildCsv([...IMPORT_COLUMNS], EXAMPLE_ROWS);

/** Reads an uploaded CSV: UTF-8 (with or without BOM), else GB18030 — what Chinese Excel saves. */
export const readCsvFile = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
};
