import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../generated/graphql';
import { readApiError } from '../modules/apollo/utils/api-error';
import { describeApiError } from '../modules/apollo/utils/describe-api-error';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { canAdministerAgency } from '../modules/auth/utils/roles';
import { InvitationLinkModal } from '../modules/members/components/invitation-link-modal';
import { InvitationsTable } from '../modules/members/components/invitations-table';
import { InviteMemberModal } from '../modules/members/components/invite-member-modal';
import { MembersTable } from '../modules/members/components/members-table';
import { useInvitations } from '../modules/members/hooks/use-invitations';
import { useInviteMember } from '../modules/members/hooks/use-invite-member';
import { useMembers } from '../modules/members/hooks/use-members';

export const MembersPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const isAdmin = canAdministerAgency(viewer.role);
  const { members, loading: membersLoading, error: membersError } = useMembers();
  const { invitations, loading: invitationsLoading } = useInvitations({ skip: !isAdmin });
  const { inviteMember } = useInviteMember();
  const [inviting, setInviting] = useState(false);
  const [createdInvitation, setCreatedInvitation] = useState<InvitationFieldsFragment | null>(null);

  const onReinvite = async (invitation: InvitationFieldsFragment) => {
    try {
      const renewed = await inviteMember({
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
      });
      setCreatedInvitation(renewed);
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  return (
    <>
      <PageHeader
        title={t('nav.members')}
        description={isAdmin ? t('members.description') : t('members.readOnlyDescription')}
        actions={
          isAdmin ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setInviting(true)}
            >
              {t('members.invite')}
            </Button>
          ) : null
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {membersError ? (
          <Alert type="error" showIcon title={describeApiError(t, readApiError(membersError))} />
        ) : null}
        <Card title={t('members.listTitle', { count: members.length })}>
          <MembersTable
            members={members}
            loading={membersLoading && members.length === 0}
            viewer={viewer}
          />
        </Card>
        {isAdmin ? (
          <Card title={t('invitations.listTitle', { count: invitations.length })}>
            <InvitationsTable
              invitations={invitations}
              loading={invitationsLoading && invitations.length === 0}
              onReinvite={onReinvite}
            />
          </Card>
        ) : null}
      </Space>
      {isAdmin ? (
        <InviteMemberModal
          open={inviting}
          viewerRole={viewer.role}
          onClose={() => setInviting(false)}
          onInvited={(invitation) => {
            setInviting(false);
            setCreatedInvitation(invitation);
          }}
        />
      ) : null}
      <InvitationLinkModal
        invitation={createdInvitation}
        onClose={() => setCreatedInvitation(null)}
      />
    </>
  );
};

export default MembersPage;
