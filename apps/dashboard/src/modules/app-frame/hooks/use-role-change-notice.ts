import { useApolloClient } from '@apollo/client/react';
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';

/**
 * When someone changes this user's role mid-session (seen at the next session renewal), say so and
 * refetch what is on screen, since what they may see and do has changed.
 */
export const useRoleChangeNotice = (role: Role) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const previousRole = useRef(role);

  useEffect(() => {
    if (previousRole.current === role) return;
    previousRole.current = role;
    void message.info(t('frame.roleChanged', { role: t(`roles.${role}`) }));
    void client.refetchQueries({ include: 'active' });
  }, [client, message, role, t]);
};
