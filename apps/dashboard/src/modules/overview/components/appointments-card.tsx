import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewOpenCasesQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { DualTime } from '../../ui/components/dual-time';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';
import { useNow } from '../../ui/hooks/use-now';
import { type AppointmentDay, appointmentDayClassifier } from '../utils/appointment-days';

type OpenCase = OverviewOpenCasesQuery['verificationCases']['edges'][number]['node'];
type Booked = {
  verificationCase: OpenCase;
  startsAt: string;
  siteTimeZone: string;
  day: AppointmentDay;
};

type AppointmentsCardProps = {
  cases: OpenCase[];
  viewerTimeZone: string;
  loading: boolean;
  error: unknown;
};

/** Today's and tomorrow's video calls, on the site's clock and the viewer's side by side. */
export const AppointmentsCard = memo(function AppointmentsCard({
  cases,
  viewerTimeZone,
  loading,
  error,
}: AppointmentsCardProps) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const booked = useMemo(() => {
    const dayOf = appointmentDayClassifier(viewerTimeZone, now);
    return cases
      .flatMap<Booked>((verificationCase) => {
        const appointment = verificationCase.appointment;
        const day = appointment ? dayOf(appointment.startsAt) : null;
        return appointment && day
          ? [
              {
                verificationCase,
                startsAt: appointment.startsAt,
                siteTimeZone: appointment.siteTimeZone,
                day,
              },
            ]
          : [];
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }, [cases, viewerTimeZone, now]);

  return (
    <Card
      title={t('overview.appointments.title', { count: booked.length })}
      data-testid="overview-appointments"
    >
      {error ? (
        <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
      ) : null}
      {loading ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {!loading && booked.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('overview.appointments.empty')}
        />
      ) : null}
      {/* A busy day scrolls inside the card, so the matrix below stays in reach. */}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 340, overflowY: 'auto' }}>
        {booked.map(({ verificationCase, startsAt, siteTimeZone, day }, index) => (
          <li
            key={verificationCase.id}
            style={{ paddingBlock: 10, borderTop: index === 0 ? undefined : '1px solid #f0f0f0' }}
          >
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={6} align="center" wrap>
                  <Tag color={day === 'today' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
                    {t(`overview.appointments.${day}`)}
                  </Tag>
                  <DualTime
                    startsAt={startsAt}
                    siteTimeZone={siteTimeZone}
                    viewerTimeZone={viewerTimeZone}
                  />
                </Flex>
                <Flex gap={6} align="center" wrap>
                  <SiteTag site={verificationCase.site} />
                  <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                    {verificationCase.sellerEntity.legalName}
                  </Typography.Text>
                  <StatusTag kind="case" status={verificationCase.status} />
                </Flex>
              </Flex>
              <Link
                to={`/cases/${verificationCase.id}`}
                aria-label={t('overview.appointments.openCaseOf', {
                  name: verificationCase.sellerEntity.legalName,
                })}
                style={{ whiteSpace: 'nowrap' }}
              >
                {t('overview.appointments.openCase')}
              </Link>
            </Flex>
          </li>
        ))}
      </ul>
    </Card>
  );
});
