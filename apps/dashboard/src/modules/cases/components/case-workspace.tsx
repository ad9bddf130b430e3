import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Result, Row, Skeleton, Space, Typography } from 'antd';
import { canWritePortfolio } from '@veridesk/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hasErrorCode, readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { useViewer } from '../../auth/hooks/use-viewer';
import { DeadlineCountdown } from '../../ui/components/deadline-countdown';
import { SiteTag } from '../../ui/components/site-tag';
import { CallPrepLinkCard } from '../../guest-links/components/call-prep-link-card';
import { StatusTag } from '../../ui/components/status-tag';
import { useIsPhone } from '../../ui/hooks/use-is-phone';
import { useVerificationCase } from '../hooks/use-verification-case';
import { isClosedCase } from '../utils/case-status';
import { AffectedStoresCard } from './affected-stores-card';
import { AttemptForm } from './attempt-form';
import { AttemptsHistory } from './attempts-history';
import { BookingCard } from './booking-card';
import { CancelCaseButton } from './cancel-case-button';
import { CaseSummary } from './case-summary';
import { ChecklistCard } from './checklist-card';
import { PassConfirmation } from './pass-confirmation';
import { ReadinessCard } from './readiness-card';

const BackToList = () => {
  const { t } = useTranslation();
  return (
    <Link to="/cases">
      <ArrowLeftOutlined aria-hidden /> {t('caseWorkspace.back')}
    </Link>
  );
};

/** /cases/:id — everything needed to get one entity through its video call. */
export const CaseWorkspace = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const phone = useIsPhone();
  const { verificationCase, loading, error } = useVerificationCase(id);

  if (!verificationCase) {
    if (loading) return <Skeleton active paragraph={{ rows: 10 }} />;
    if (error && hasErrorCode(error, 'NOT_FOUND')) {
      return <Result status="404" title={t('caseWorkspace.notFound')} extra={<BackToList />} />;
    }
    return (
      <Alert
        type="error"
        showIcon
        title={error ? describeApiError(t, readApiError(error)) : t('caseWorkspace.notFound')}
        action={<BackToList />}
      />
    );
  }

  const closed = isClosedCase(verificationCase.status);
  const editable = canWritePortfolio(viewer.role) && !closed;
  const overdue = verificationCase.status === 'OVERDUE';

  const summary = (
    <Card title={t('caseWorkspace.summary.title')} data-testid="case-details">
      <CaseSummary verificationCase={verificationCase} />
    </Card>
  );
  const booking = closed ? null : (
    <BookingCard verificationCase={verificationCase} editable={editable} />
  );
  const attempts = (
    <Card id="attempts" title={t('attempts.title')}>
      {editable ? (
        <>
          <AttemptForm caseId={verificationCase.id} />
          <Typography.Title level={2} style={{ fontSize: 15, marginTop: 24 }}>
            {t('attempts.history')}
          </Typography.Title>
        </>
      ) : null}
      <AttemptsHistory attempts={verificationCase.attempts} />
    </Card>
  );
  const readiness = closed ? null : (
    <ReadinessCard verificationCase={verificationCase} editable={editable} />
  );
  const callPrep = closed ? null : (
    <CallPrepLinkCard verificationCase={verificationCase} editable={editable} />
  );
  const checklist = <ChecklistCard verificationCase={verificationCase} editable={editable} />;
  const affected = <AffectedStoresCard stores={verificationCase.affectedStores} />;

  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <BackToList />
      </div>
      <PageHeader
        title={t('caseWorkspace.title', { name: verificationCase.sellerEntity.legalName })}
        description={
          <Flex gap={8} wrap align="center" component="span">
            <SiteTag site={verificationCase.site} />
            <StatusTag kind="case" status={verificationCase.status} />
            {closed ? null : <DeadlineCountdown deadlineAt={verificationCase.deadlineAt} strong />}
          </Flex>
        }
        actions={editable ? <CancelCaseButton caseId={verificationCase.id} /> : null}
      />
      {error ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={describeApiError(t, readApiError(error))}
        />
      ) : null}
      {overdue ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('caseWorkspace.overdue')}
        />
      ) : null}
      {verificationCase.status === 'PASSED' ? (
        <PassConfirmation stores={verificationCase.sellerEntity.stores} />
      ) : null}
      {verificationCase.status === 'CANCELLED' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('caseWorkspace.cancelled')}
        />
      ) : null}
      {phone ? (
        // On a phone, one column led by what decides the call: the booked slot on both clocks and
        // the readiness blockers (the countdown is in the header above), then the details.
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {booking}
          {readiness}
          {summary}
          {attempts}
          {callPrep}
          {checklist}
          {affected}
        </Space>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={13}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {summary}
              {booking}
              {attempts}
            </Space>
          </Col>
          <Col xs={24} xl={11}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {readiness}
              {callPrep}
              {checklist}
            </Space>
          </Col>
          <Col span={24}>{affected}</Col>
        </Row>
      )}
    </>
  );
};
