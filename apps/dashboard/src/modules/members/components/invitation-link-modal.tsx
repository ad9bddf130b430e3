import { Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../../generated/graphql';
import { CopyField } from '../../ui/components/copy-field';

type InvitationLinkModalProps = {
  invitation: InvitationFieldsFragment | null;
  onClose: () => void;
};

/** Shows a new invitation's link once: the lists only ever see it without its token. */
export const InvitationLinkModal = ({ invitation, onClose }: InvitationLinkModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={invitation !== null}
      title={t('inviteLink.title')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.done')}
        </Button>
      }
      destroyOnHidden
    >
      {invitation ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('inviteLink.description', { name: invitation.name, email: invitation.email })}
          </Typography.Paragraph>
          <CopyField
            label={t('inviteLink.linkLabel')}
            value={invitation.acceptUrl}
            copyLabel={t('inviteLink.copy')}
          />
          <Typography.Text type="secondary">{t('inviteLink.onceHint')}</Typography.Text>
        </Space>
      ) : null}
    </Modal>
  );
};
