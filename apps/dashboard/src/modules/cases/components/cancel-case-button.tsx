import { StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useCancelVerificationCase } from '../hooks/use-case-mutations';

/** Cancels the case after a confirmation (e.g. Lazada withdrew the notice). */
export const CancelCaseButton = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { cancelVerificationCase, loading } = useCancelVerificationCase();
  const onConfirm = async () => {
    try {
      await cancelVerificationCase(caseId);
      void message.success(t('caseWorkspace.cancel.done'));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };
  return (
    <Popconfirm
      title={t('caseWorkspace.cancel.confirmTitle')}
      description={t('caseWorkspace.cancel.confirmDescription')}
      okText={t('caseWorkspace.cancel.confirm')}
      cancelText={t('caseWorkspace.cancel.keep')}
      okButtonProps={{ danger: true, loading }}
      onConfirm={onConfirm}
    >
      <Button danger icon={<StopOutlined aria-hidden />}>
        {t('caseWorkspace.cancel.button')}
      </Button>
    </Popconfirm>
  );
};
