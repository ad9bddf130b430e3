import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect } from 'react';
import { useIsPhone } from '../../ui/hooks/use-is-phone';
import { useLocale } from '../hooks/use-locale';

// A finger needs 40 px: on a phone every button, input and select is that tall.
const DESKTOP_THEME = { token: { colorPrimary: '#1d4ed8', borderRadius: 6 } };
const PHONE_THEME = { token: { ...DESKTOP_THEME.token, controlHeight: 40, controlHeightSM: 32 } };

/**
 * antd (and dayjs) follow the app's language; antd's App gives messages and modals that context.
 * On a phone the controls grow to touch size.
 */
export const LocalizedConfigProvider = ({ children }: { children: ReactNode }) => {
  const locale = useLocale();
  const phone = useIsPhone();
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      // "登录", not "登 录": accessible names must match what people (and tests) read.
      button={{ autoInsertSpace: false }}
      theme={phone ? PHONE_THEME : DESKTOP_THEME}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
};
