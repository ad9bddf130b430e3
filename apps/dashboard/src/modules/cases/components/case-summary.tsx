import { Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { DeadlineCountdown } from '../../ui/components/deadline-countdown';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';
import { useIsPhone } from '../../ui/hooks/use-is-phone';
import { isClosedCase } from '../utils/case-status';

/** Who, which site, why, and by when. */
export const CaseSummary = ({
  verificationCase,
}: {
  verificationCase: CaseDetailFieldsFragment;
}) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  // A 120 px label column leaves a phone a few characters a line: labels go above their values.
  const phone = useIsPhone();
  const { sellerEntity, representative } = verificationCase;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={phone ? 'vertical' : 'horizontal'}
      styles={{ label: { width: phone ? undefined : 120 } }}
      items={[
        {
          key: 'entity',
          label: t('caseWorkspace.summary.entity'),
          children: (
            <div>
              <Link to={`/entities/${sellerEntity.id}`}>{sellerEntity.legalName}</Link>
              <br />
              <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
                {sellerEntity.uscc}
              </Typography.Text>
            </div>
          ),
        },
        {
          key: 'representative',
          label: t('caseWorkspace.summary.representative'),
          children: (
            <Space size={6} wrap>
              <Typography.Text strong>{representative.fullName}</Typography.Text>
              <Typography.Text type="secondary">
                {t(`cases.representativeRoles.${representative.role}`)}
              </Typography.Text>
              <Typography.Text code>{representative.idNumberMasked}</Typography.Text>
              <StatusTag kind="verification" status={representative.verificationStatus} />
            </Space>
          ),
        },
        {
          key: 'site',
          label: t('caseWorkspace.summary.site'),
          children: (
            <Space size={4}>
              <SiteTag site={verificationCase.site} />
              {t(`sites.${verificationCase.site}`)}
            </Space>
          ),
        },
        {
          key: 'trigger',
          label: t('caseWorkspace.summary.trigger'),
          children: t(`cases.triggers.${verificationCase.trigger}`),
        },
        {
          key: 'notice',
          label: t('caseWorkspace.summary.noticeReceivedAt'),
          children: formatDateTime(verificationCase.noticeReceivedAt),
        },
        {
          key: 'deadline',
          label: t('caseWorkspace.summary.deadlineAt'),
          children: (
            <Space size={8} wrap>
              {formatDateTime(verificationCase.deadlineAt)}
              {isClosedCase(verificationCase.status) ? null : (
                <DeadlineCountdown deadlineAt={verificationCase.deadlineAt} />
              )}
            </Space>
          ),
        },
        ...(verificationCase.passedAt
          ? [
              {
                key: 'passed',
                label: t('caseWorkspace.summary.passedAt'),
                children: formatDateTime(verificationCase.passedAt),
              },
            ]
          : []),
        ...(verificationCase.cancelledAt
          ? [
              {
                key: 'cancelled',
                label: t('caseWorkspace.summary.cancelledAt'),
                children: formatDateTime(verificationCase.cancelledAt),
              },
            ]
          : []),
      ]}
    />
  );
};
