import { Alert, App, Button, DatePicker, Flex, Form, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  isWithinRecommendedHours,
  SITE_TIME_ZONES,
  siteWallClockToInstant,
} from '@veridesk/domain';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { DualTime } from '../../ui/components/dual-time';
import { dateToPicker, pickerToDate, pickerToTime, timeToPicker } from '../../ui/utils/date-picker';
import { addDaysToDate, dateIn, utcOffset, wallClock } from '../../ui/utils/dates';
import { useScheduleAppointment } from '../hooks/use-case-mutations';

type BookingValues = { date?: Dayjs | null; time?: Dayjs | null };
const FIELDS = ['date', 'time'] as const;
// The API names the slot `startsAt`; this form shows it as a date and a time on the site's clock.
const FIELD_MAP = { startsAt: 'time' };

/** The next 10:00 on the site's clock that is still ahead: today's, or tomorrow's. */
const defaultSlot = (site: keyof typeof SITE_TIME_ZONES): BookingValues => {
  const zone = SITE_TIME_ZONES[site];
  const today = dateIn(new Date(), zone);
  const todayAtTen = siteWallClockToInstant(today, '10:00', site);
  const date = todayAtTen.getTime() > Date.now() ? today : addDaysToDate(today, 1);
  return { date: dateToPicker(date), time: timeToPicker('10:00') };
};

type BookingFormProps = {
  verificationCase: CaseDetailFieldsFragment;
  onDone: () => void;
  onCancel?: () => void;
};

/** Books the slot on the SITE's clock, showing the same instant on the viewer's before confirming. */
export const BookingForm = ({ verificationCase, onDone, onCancel }: BookingFormProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const [form] = Form.useForm<BookingValues>();
  const { scheduleAppointment, loading } = useScheduleAppointment();
  const site = verificationCase.site;
  const siteZone = SITE_TIME_ZONES[site];
  const { formError, showError, clearError } = useScopedFormError(
    form,
    FIELDS,
    'booking.errors',
    FIELD_MAP,
  );
  const date = Form.useWatch('date', form);
  const time = Form.useWatch('time', form);

  const current = verificationCase.appointment;
  const initialValues: BookingValues = current
    ? {
        date: dateToPicker(wallClock(current.startsAt, siteZone).slice(0, 10)),
        time: timeToPicker(wallClock(current.startsAt, siteZone).slice(11)),
      }
    : defaultSlot(site);

  const instant =
    date && time ? siteWallClockToInstant(pickerToDate(date), pickerToTime(time), site) : null;
  const afterDeadline =
    instant !== null && instant.getTime() > new Date(verificationCase.deadlineAt).getTime();
  const outsideHours = instant !== null && !isWithinRecommendedHours(instant, site);
  const city = t(`cities.${siteZone}`, { defaultValue: siteZone });
  const offset = utcOffset(instant ?? new Date(), siteZone);

  // The slot is read from the submitted values, never from a watched value a render behind.
  const onFinish = async (values: BookingValues) => {
    if (!values.date || !values.time) return;
    const startsAt = siteWallClockToInstant(
      pickerToDate(values.date),
      pickerToTime(values.time),
      site,
    );
    if (startsAt.getTime() > new Date(verificationCase.deadlineAt).getTime()) return;
    clearError();
    try {
      const updated = await scheduleAppointment({
        caseId: verificationCase.id,
        startsAt: startsAt.toISOString(),
      });
      const bookedAt = updated.appointment?.startsAt ?? startsAt.toISOString();
      void message.success(
        t('booking.booked', { site: wallClock(bookedAt, siteZone).slice(11), city }),
      );
      onDone();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={clearError}
      aria-label={t('booking.formLabel')}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('booking.hint', { city, offset })}
      </Typography.Paragraph>
      <Flex gap={12} wrap>
        <Form.Item
          label={t('booking.fields.date', { city, offset })}
          name="date"
          rules={[{ required: true, message: t('booking.validation.date') }]}
          style={{ flex: '1 1 180px' }}
        >
          <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          label={t('booking.fields.time', { city, offset })}
          name="time"
          rules={[{ required: true, message: t('booking.validation.time') }]}
          style={{ flex: '1 1 180px' }}
        >
          <TimePicker style={{ width: '100%' }} format="HH:mm" minuteStep={5} needConfirm={false} />
        </Form.Item>
      </Flex>
      {instant ? (
        <div
          style={{ marginBottom: 12, padding: '8px 12px', background: '#f0f5ff', borderRadius: 6 }}
          data-testid="booking-preview"
        >
          <Typography.Text type="secondary">{t('booking.preview')} </Typography.Text>
          <DualTime startsAt={instant.toISOString()} siteTimeZone={siteZone} />
        </div>
      ) : null}
      {afterDeadline ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('booking.afterDeadline', { at: formatDateTime(verificationCase.deadlineAt) })}
        />
      ) : outsideHours ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('booking.outsideHours', { city })}
        />
      ) : null}
      <FormErrorAlert error={formError} />
      <Flex gap={8}>
        {/* Not a submit button: Enter in the date or time field commits the picker, never the booking. */}
        <Button
          type="primary"
          loading={loading}
          disabled={!instant || afterDeadline}
          onClick={() => form.submit()}
        >
          {current ? t('booking.confirmRebook') : t('booking.confirm')}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </Flex>
    </Form>
  );
};
