import { buildCsv } from '../../ui/utils/csv';

/** The columns the import reads, in the template's order (see the mutation's description). */
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
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The Chinese template's header: the first Chinese name the server accepts for each column. */
export const CHINESE_HEADER: Record<ImportColumn, string> = {
  uscc: '统一社会信用代码',
  legal_name: '主体名称',
  registered_representative_name: '法定代表人',
  business_scope: '经营范围',
  license_expires_on: '营业执照到期日',
  site: '站点',
  shop_name: '店铺名称',
  lazada_seller_id: '卖家ID',
  categories: '类目',
};

export type TemplateLanguage = 'zh' | 'en';

// Two example rows with valid (computed, not real) USCCs: a dated licence and a long-term one.
const EXAMPLE_ROWS = [
  [
    '914403000000900017',
    '深圳市示例电子科技有限公司',
    '张三',
    'consumer-electronics;phone-accessories',
    '2027/6/30',
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

/**
 * The template with a Chinese or an English header row, as a UTF-8 CSV with a BOM, so Excel opens
 * it in UTF-8 and shows the Chinese names. Dates as Chinese Excel writes them (2027/6/30) and 长期.
 */
export const importTemplateCsv = (language: TemplateLanguage): string =>
  buildCsv(
    IMPORT_COLUMNS.map((column) => (language === 'zh' ? CHINESE_HEADER[column] : column)),
    EXAMPLE_ROWS,
  );

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
