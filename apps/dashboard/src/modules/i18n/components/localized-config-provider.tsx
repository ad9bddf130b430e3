import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect } from 'react';
import { useLocale } from '../hooks/use-locale';

/** antd (and dayjs) follow the app's language; antd's App gives messages and modals that context. */
export const LocalizedConfigProvider = ({ children }: { children: ReactNode }) => {
  const locale = useLocale();
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      // "登录", not "登 录": accessible names must match what people (and tests) read.
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 6 } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
};
