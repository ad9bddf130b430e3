import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { MIN_PASSWORD_LENGTH } from '@veridesk/domain';

export { MIN_PASSWORD_LENGTH };

/** Counts characters the way the server does (code points), so emoji count once. */
export const passwordLength = (password: string): number => [...password].length;

export const newPasswordRules = (t: TFunction): FormRule[] => [
  { required: true, message: t('validation.passwordRequired') },
  {
    validator: async (_rule, value: string | undefined) => {
      if (value && passwordLength(value) < MIN_PASSWORD_LENGTH) {
        throw new Error(t('validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
      }
    },
  },
];
