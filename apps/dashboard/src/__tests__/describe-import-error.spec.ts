import i18next from 'i18next';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { describeImportError } from '../modules/import/utils/describe-import-error';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

const error = (field: string | null, code: string, value: string | null) => ({
  row: 3,
  field,
  code,
  value,
  message: `"${value}" server English`,
});

describe('describeImportError', () => {
  it.each([
    [
      'zh-CN',
      error('license_expires_on', 'INVALID_DATE', '2027/2/30'),
      /^“2027\/2\/30”不是有效日期：请写 2027\/3\/5/,
    ],
    [
      'en',
      error('license_expires_on', 'INVALID_DATE', '2027/2/30'),
      /^"2027\/2\/30" is not a date/,
    ],
    [
      'zh-CN',
      error('uscc', 'INVALID_CHECKSUM', '91350100M000100Y44'),
      /“91350100M000100Y44”的校验位不对/,
    ],
    [
      'zh-CN',
      error('site', 'INVALID_FORMAT', 'UK'),
      /“UK”不是站点：请填写 MY, SG, PH, TH, VN, ID 之一/,
    ],
    ['zh-CN', error('site', 'MISSING_COLUMN', null), /请在第 1 行添加“站点”（或 site）/],
    ['en', error('shop_name', 'REQUIRED', null), /^Required: fill it in$/],
  ])('says in %s what was refused and what would work', async (language, rowError, expected) => {
    await i18n.changeLanguage(language);
    const text = describeImportError(i18n.t, rowError);
    expect(text).toMatch(expected);
    expect(text).not.toContain('server English');
  });

  it('falls back to the server message for a code it does not know', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(describeImportError(i18n.t, error('uscc', 'SOMETHING_NEW', 'x'))).toBe(
      '"x" server English',
    );
  });
});
