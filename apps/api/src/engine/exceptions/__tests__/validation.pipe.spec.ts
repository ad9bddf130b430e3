import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { SignUpInput } from '../../../modules/auth/dtos/sign-up.input';
import { CreateSellerEntityInput } from '../../../modules/seller-entity/dtos/seller-entity.inputs';
import { DomainException } from '../domain.exception';
import { createValidationPipe } from '../validation.pipe';

const pipe = createValidationPipe();
const asInput = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'body',
  metatype,
  data: 'input',
});

async function refusal(value: unknown, metadata: ArgumentMetadata) {
  const error = await pipe.transform(value, metadata).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainException)) throw new Error(`expected a refusal, got ${error}`);
  return { code: error.code, fields: error.fieldErrors.map((e) => `${e.field}:${e.code}`) };
}

const entity = {
  legalName: '厦门华宇进出口有限公司',
  uscc: '91350100M000100Y43',
  registeredRepresentativeName: '陈静',
};

describe('the input validation pipe', () => {
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s in any string of an input, naming each field', async (_label, bad) => {
    expect(
      await refusal(
        { ...entity, legalName: bad, businessScope: ['food', bad] },
        asInput(CreateSellerEntityInput),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['legalName:INVALID_CHARACTERS', 'businessScope:INVALID_CHARACTERS'],
    });
  });

  it('refuses them in a scalar argument under its own name', async () => {
    expect(await refusal('uscc\u0000', { type: 'body', metatype: String, data: 'csv' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['csv:INVALID_CHARACTERS'],
    });
  });

  it('keeps paired surrogates (emoji, rare CJK) and other characters as they are', async () => {
    const name = ' 😀𠜎 \u202e\u200b\u0007 ';
    await expect(
      pipe.transform({ ...entity, legalName: name }, asInput(CreateSellerEntityInput)),
    ).resolves.toMatchObject({ legalName: name });
  });

  it('leaves custom parameters (the caller, an upload) alone', async () => {
    const upload = { originalname: 'a\u0000.pdf' };
    await expect(pipe.transform(upload, { type: 'custom', data: undefined })).resolves.toBe(upload);
  });

  it('tells a password that is too long from one that is too short', async () => {
    const signUp = { agencyName: '服务商', name: '李娜', email: 'li@example.com' };
    expect(await refusal({ ...signUp, password: 'x'.repeat(257) }, asInput(SignUpInput))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['password:TOO_LONG'],
    });
    expect(await refusal({ ...signUp, password: 'short' }, asInput(SignUpInput))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['password:TOO_SHORT'],
    });
  });
});
