import type {
  ChannelEvent,
  ChannelKind,
  CreateNotificationChannelInput,
  NotificationChannelFieldsFragment,
  UpdateNotificationChannelInput,
} from '../../../generated/graphql';
import { DEFAULT_CHANNEL_EVENTS, orderedEvents } from './channel-events';
import { kindTakesSecret } from './channel-kinds';

/** The whole agency, or one manager's portfolio (their member id). */
export const AGENCY_SCOPE = 'AGENCY';

export type ChannelFormValues = {
  kind: ChannelKind;
  name: string;
  url: string;
  /** Absent when the kind takes none (the form shows no secret field then). */
  secret?: string;
  events: ChannelEvent[];
  locale: string;
  /** AGENCY_SCOPE or a member id; absent for a MANAGER, whose scope is not a field. */
  scope?: string;
};

/**
 * Who the channel is for: a MANAGER's channel is always their own portfolio (`ownMemberId`);
 * OWNER and ADMIN choose.
 */
const managerIdOf = (values: ChannelFormValues, ownMemberId: string | null): string | null => {
  if (ownMemberId) return ownMemberId;
  return !values.scope || values.scope === AGENCY_SCOPE ? null : values.scope;
};

export const newChannelValues = (kind: ChannelKind = 'DINGTALK'): ChannelFormValues => ({
  kind,
  name: '',
  url: '',
  secret: '',
  events: [...DEFAULT_CHANNEL_EVENTS],
  locale: 'zh-CN',
  scope: AGENCY_SCOPE,
});

/** An existing channel in the form: its URL and secret are never sent back, so both start empty. */
export const editChannelValues = (
  channel: NotificationChannelFieldsFragment,
): ChannelFormValues => ({
  kind: channel.kind,
  name: channel.name,
  url: '',
  secret: '',
  events: orderedEvents(channel.events),
  locale: channel.locale,
  scope: channel.manager?.id ?? AGENCY_SCOPE,
});

export const toCreateInput = (
  values: ChannelFormValues,
  ownMemberId: string | null,
): CreateNotificationChannelInput => {
  const secret = values.secret?.trim() ?? '';
  return {
    kind: values.kind,
    name: values.name.trim(),
    url: values.url.trim(),
    // Only the robots that sign take one; the API refuses it for WECOM and WEBHOOK.
    ...(kindTakesSecret(values.kind) && secret ? { secret } : {}),
    events: orderedEvents(values.events),
    locale: values.locale,
    managerId: managerIdOf(values, ownMemberId),
  };
};

/**
 * The changes to send: an empty URL or secret means "unchanged" and is left out (the API would
 * take an empty secret as "no longer signed"). A MANAGER never sends a scope: theirs cannot change.
 */
export const toUpdateInput = (
  values: ChannelFormValues,
  ownMemberId: string | null,
): UpdateNotificationChannelInput => {
  const url = values.url?.trim() ?? '';
  const secret = values.secret?.trim() ?? '';
  return {
    name: values.name.trim(),
    ...(url ? { url } : {}),
    ...(kindTakesSecret(values.kind) && secret ? { secret } : {}),
    events: orderedEvents(values.events),
    locale: values.locale,
    ...(ownMemberId ? {} : { managerId: managerIdOf(values, null) }),
  };
};
