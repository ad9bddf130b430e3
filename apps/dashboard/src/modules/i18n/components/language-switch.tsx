import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/use-locale';
import { changeLocale } from '../utils/i18n';

/** One button that offers the other language, named in that language ("English" / "中文"). */
export const LanguageSwitch = ({ type = 'text' }: { type?: 'text' | 'default' }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const target = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      type={type}
      icon={<GlobalOutlined aria-hidden />}
      lang={target}
      title={t('language.switchTitle')}
      onClick={() => void changeLocale(target, { persist: true })}
    >
      {target === 'en' ? 'English' : '中文'}
    </Button>
  );
};
