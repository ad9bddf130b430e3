import i18next from 'i18next';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { describeApiError, describeFieldError } from '../modules/apollo/utils/describe-api-error';

const t = i18next.createInstance();

beforeAll(async () => {
  await t.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

describe('describeApiError', () => {
  it('translates a known code', () => {
    expect(
      describeApiError(t.t, {
        code: 'FORBIDDEN',
        message: 'Your role does not allow this.',
        fieldErrors: [],
      }),
    ).toBe('您的角色无权执行此操作。');
  });

  it('says how long to wait when rate limited', () => {
    expect(
      describeApiError(t.t, {
        code: 'RATE_LIMITED',
        message: 'x',
        fieldErrors: [],
        retryAfter: 30,
      }),
    ).toBe('尝试次数过多，请在 30 秒后重试。');
  });

  it('prefers the field-specific text of a CONFLICT with field errors', () => {
    const error = {
      code: 'CONFLICT',
      message: 'exists',
      fieldErrors: [{ field: 'email', code: 'TAKEN', message: 'x' }],
    };
    expect(describeApiError(t.t, error)).toBe('该邮箱已注册，请直接登录');
  });

  it('falls back to the server message for an unknown code', () => {
    expect(
      describeApiError(t.t, { code: 'TEAPOT', message: 'I am a teapot', fieldErrors: [] }),
    ).toBe('I am a teapot');
  });
});

describe('describeFieldError', () => {
  it('uses the field-specific text, then the code text, then the server message', () => {
    expect(describeFieldError(t.t, { field: 'token', code: 'EXPIRED', message: 'x' })).toContain(
      '已过期',
    );
    expect(describeFieldError(t.t, { field: 'agencyName', code: 'REQUIRED', message: 'x' })).toBe(
      '此项为必填项',
    );
    expect(
      describeFieldError(t.t, {
        field: 'uscc',
        code: 'INVALID_CHECKSUM',
        message: 'bad check digit',
      }),
    ).toBe('bad check digit');
  });
});
