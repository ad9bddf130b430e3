import { CheckCircleFilled, ClockCircleOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useCreateCallPrepLink, useRevokeCallPrepLink } from '../hooks/use-guest-links';
import { isLiveLink } from '../utils/link-state';
import { LinkShare } from './link-share';

type CallPrepLinkCardProps = { verificationCase: CaseDetailFieldsFragment; editable: boolean };

type Link = NonNullable<CaseDetailFieldsFragment['callPrepLink']>;

const LinkState = ({ link }: { link: Link }) => {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const lines = [
    t('guestLinks.callPrep.created', { at: format(link.createdAt) }),
    link.revokedAt
      ? t('guestLinks.callPrep.revoked', { at: format(link.revokedAt) })
      : t('guestLinks.callPrep.expires', { at: format(link.expiresAt) }),
    link.lastOpenedAt
      ? t('guestLinks.callPrep.opened', { at: format(link.lastOpenedAt) })
      : t('guestLinks.callPrep.notOpened'),
  ];
  return (
    <Flex vertical gap={8} data-testid="call-prep-link-state">
      {link.ready === null || link.ready === undefined ? (
        <Typography.Text type="secondary">
          <ClockCircleOutlined aria-hidden /> {t('guestLinks.callPrep.noAnswer')}
        </Typography.Text>
      ) : (
        <Alert
          type={link.ready ? 'success' : 'warning'}
          showIcon
          icon={link.ready ? <CheckCircleFilled aria-hidden /> : <WarningFilled aria-hidden />}
          data-testid="call-prep-answer"
          title={
            link.ready
              ? t('guestLinks.callPrep.answerReady', { at: format(link.answeredAt ?? '') })
              : t('guestLinks.callPrep.answerReschedule', { at: format(link.answeredAt ?? '') })
          }
          description={
            link.answerNote ? t('guestLinks.callPrep.answerNote', { note: link.answerNote }) : null
          }
        />
      )}
      <Typography.Text type="secondary">{lines.join(' · ')}</Typography.Text>
    </Flex>
  );
};

/** 发给法人: the call-prep link for the legal representative, its QR code, and what they did with it. */
export const CallPrepLinkCard = ({ verificationCase, editable }: CallPrepLinkCardProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = verificationCase.callPrepLink ?? null;
  const live = link ? isLiveLink(link, new Date()) : false;
  const { createCallPrepLink, loading: creating } = useCreateCallPrepLink(verificationCase.id);
  const { revokeCallPrepLink, loading: revoking } = useRevokeCallPrepLink();
  // The token exists in clear only in the creating answer: shown until the page is left.
  const [created, setCreated] = useState<{ id: string; url: string } | null>(null);
  const shownUrl = created && link && created.id === link.id && live ? created.url : null;

  const create = async () => {
    try {
      const answer = await createCallPrepLink();
      setCreated({ id: answer.id, url: answer.url });
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  const revoke = async () => {
    if (!link) return;
    try {
      await revokeCallPrepLink(link.id);
      void message.success(t('guestLinks.callPrep.revokedDone'));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  const createButton = live ? (
    <Popconfirm title={t('guestLinks.callPrep.recreateConfirm')} onConfirm={() => void create()}>
      <Button loading={creating}>{t('guestLinks.callPrep.recreate')}</Button>
    </Popconfirm>
  ) : (
    <Button type="primary" loading={creating} onClick={() => void create()}>
      {t('guestLinks.callPrep.create')}
    </Button>
  );

  return (
    <Card id="call-prep-link" title={t('guestLinks.callPrep.title')} data-testid="call-prep-link">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('guestLinks.callPrep.intro')}
        </Typography.Paragraph>
        {shownUrl ? (
          <LinkShare
            url={shownUrl}
            label={t('guestLinks.callPrep.link')}
            copyLabel={t('guestLinks.callPrep.copy')}
            qrAlt={t('guestLinks.callPrep.qrAlt')}
            hint={t('guestLinks.callPrep.shownOnce')}
          />
        ) : null}
        {link ? (
          <LinkState link={link} />
        ) : (
          <Typography.Text type="secondary">{t('guestLinks.callPrep.none')}</Typography.Text>
        )}
        {editable ? (
          <Flex gap={8} wrap>
            {createButton}
            {live && link ? (
              <Popconfirm
                title={t('guestLinks.callPrep.revokeConfirm')}
                onConfirm={() => void revoke()}
              >
                <Button danger loading={revoking}>
                  {t('guestLinks.callPrep.revoke')}
                </Button>
              </Popconfirm>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
};
