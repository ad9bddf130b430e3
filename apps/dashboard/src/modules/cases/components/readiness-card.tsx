import { CheckCircleFilled, CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { RequestDocumentButton } from '../../guest-links/components/request-document-button';
import { documentForReadinessCode } from '../../guest-links/utils/link-state';
import { StatusTag } from '../../ui/components/status-tag';
import {
  entityFixPath,
  goToSection,
  READINESS_FIX_TARGETS,
  readinessParams,
} from '../utils/readiness';

type Issue = CaseDetailFieldsFragment['readiness']['issues'][number];

type IssueRowProps = {
  issue: Issue;
  entityId: string;
  representativeId: string | null;
  canRequest: boolean;
};

const IssueRow = ({ issue, entityId, representativeId, canRequest }: IssueRowProps) => {
  const { t } = useTranslation();
  // A document the seller holds (执照 expiring → 请卖家上传新执照): ask for it by link.
  const requestable = canRequest ? documentForReadinessCode(issue.code) : null;
  const params = readinessParams(issue.params);
  const target = READINESS_FIX_TARGETS[issue.code];
  const blocker = issue.severity === 'BLOCKER';
  const linkLabel =
    target.kind === 'entity'
      ? t(`readiness.links.${target.tab ?? 'entity'}`)
      : t(`readiness.links.${target.section}`);
  return (
    <li
      data-testid="readiness-issue"
      data-code={issue.code}
      style={{
        listStyle: 'none',
        padding: '10px 12px',
        borderRadius: 6,
        background: blocker ? '#fff1f0' : '#fffbe6',
        border: `1px solid ${blocker ? '#ffccc7' : '#ffe58f'}`,
      }}
    >
      <Flex gap={8} align="flex-start">
        {blocker ? (
          <CloseCircleFilled style={{ color: '#cf1322', marginTop: 4 }} aria-hidden />
        ) : (
          <WarningFilled style={{ color: '#d48806', marginTop: 4 }} aria-hidden />
        )}
        <div style={{ minWidth: 0, flex: 1 }}>
          <Flex gap={8} wrap align="center">
            <StatusTag kind="severity" status={issue.severity} />
            <Typography.Text strong>
              {t(`readiness.codes.${issue.code}.title`, { ...params, defaultValue: issue.message })}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {t(`readiness.codes.${issue.code}.fix`, params)}{' '}
            {target.kind === 'entity' ? (
              <Link to={entityFixPath(entityId, target.tab)}>{linkLabel}</Link>
            ) : (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => goToSection(target.section)}
              >
                {linkLabel}
              </Button>
            )}
          </Typography.Paragraph>
          {requestable ? (
            <div style={{ marginTop: 6 }}>
              <RequestDocumentButton
                sellerEntityId={entityId}
                representativeId={representativeId}
                type={requestable}
                size="small"
              />
            </div>
          ) : null}
        </div>
      </Flex>
    </li>
  );
};

/** What would fail the call: blockers first, each with how to fix it and where. */
export const ReadinessCard = ({
  verificationCase,
  editable = false,
}: {
  verificationCase: CaseDetailFieldsFragment;
  editable?: boolean;
}) => {
  const { t } = useTranslation();
  const { ready, issues } = verificationCase.readiness;
  const blockers = issues.filter((issue) => issue.severity === 'BLOCKER').length;
  const warnings = issues.length - blockers;
  return (
    <Card title={t('readiness.title')} id="readiness">
      <Alert
        type={ready ? 'success' : 'error'}
        showIcon
        icon={ready ? <CheckCircleFilled aria-hidden /> : undefined}
        title={ready ? t('readiness.ready') : t('readiness.notReady', { count: blockers })}
        description={
          ready
            ? warnings > 0
              ? t('readiness.readyWithWarnings', { count: warnings })
              : t('readiness.readyNoWarnings')
            : t('readiness.notReadyHint')
        }
        style={{ marginBottom: issues.length ? 12 : 0 }}
        data-testid="readiness-banner"
      />
      {issues.length ? (
        <Flex vertical gap={8} component="ul" style={{ margin: 0, padding: 0 }}>
          {issues.map((issue, index) => (
            <IssueRow
              key={`${issue.code}-${issue.subjectId ?? index}`}
              issue={issue}
              entityId={verificationCase.sellerEntity.id}
              representativeId={verificationCase.representative?.id ?? null}
              canRequest={editable}
            />
          ))}
        </Flex>
      ) : null}
    </Card>
  );
};
