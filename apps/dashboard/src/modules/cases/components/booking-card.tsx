import { CalendarOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { isWithinRecommendedHours, type Site } from '@veridesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { DualTime } from '../../ui/components/dual-time';
import { BookingForm } from './booking-form';

type BookingCardProps = { verificationCase: CaseDetailFieldsFragment; editable: boolean };

/** The booked slot on both clocks, or the form to book one. */
export const BookingCard = ({ verificationCase, editable }: BookingCardProps) => {
  const { t } = useTranslation();
  const [rebooking, setRebooking] = useState(false);
  const appointment = verificationCase.appointment;
  const showForm = editable && (!appointment || rebooking);

  return (
    <Card
      id="booking"
      title={
        <Flex gap={8} align="center">
          <CalendarOutlined aria-hidden />
          {t('booking.title')}
        </Flex>
      }
      extra={
        appointment && editable && !rebooking ? (
          <Button onClick={() => setRebooking(true)}>{t('booking.rebook')}</Button>
        ) : null
      }
    >
      {appointment ? (
        <div style={{ marginBottom: showForm ? 16 : 0 }} data-testid="booked-appointment">
          <Typography.Text type="secondary">{t('booking.bookedLabel')} </Typography.Text>
          <DualTime startsAt={appointment.startsAt} siteTimeZone={appointment.siteTimeZone} />
          {!isWithinRecommendedHours(new Date(appointment.startsAt), appointment.site as Site) ? (
            <Typography.Paragraph type="warning" style={{ margin: '4px 0 0' }}>
              {t('booking.outsideHoursBooked')}
            </Typography.Paragraph>
          ) : null}
        </div>
      ) : !showForm ? (
        <Typography.Text type="secondary">{t('booking.none')}</Typography.Text>
      ) : null}
      {showForm ? (
        <BookingForm
          key={appointment?.startsAt ?? 'new'}
          verificationCase={verificationCase}
          onDone={() => setRebooking(false)}
          onCancel={appointment ? () => setRebooking(false) : undefined}
        />
      ) : null}
    </Card>
  );
};
