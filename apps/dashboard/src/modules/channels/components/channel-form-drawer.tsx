import { Button, Drawer, Flex, Form, Grid, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ChannelKind,
  MemberFieldsFragment,
  NotificationChannelFieldsFragment,
} from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { useChannelMutations } from '../hooks/use-notification-channels';
import {
  AGENCY_SCOPE,
  type ChannelFormValues,
  editChannelValues,
  newChannelValues,
  toCreateInput,
  toUpdateInput,
} from '../utils/channel-form';
import {
  CHANNEL_KINDS,
  kindTakesSecret,
  looksLikeDingTalkSecret,
  URL_PLACEHOLDERS,
} from '../utils/channel-kinds';
import { ChannelEventPicker } from './channel-event-picker';
import { ChannelKindHelp } from './channel-kind-help';
import { ChannelKindTag } from './channel-kind-tag';

const FORM_NAME = 'notification-channel';
const FIELDS = ['kind', 'name', 'url', 'secret', 'events', 'locale', 'scope'] as const;
// The API names the scope by the manager's member id.
const FIELD_MAP = { managerId: 'scope' };
const MONOSPACE = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

export type ChannelScopeChoice = {
  members: MemberFieldsFragment[];
  /** A MANAGER's own member id: their channels are always their own portfolio. */
  ownMemberId: string | null;
  ownMemberName: string;
};

/** What the page says after saving; a WEBHOOK's signing secret is shown this once. */
export type SavedChannel = { name: string; created: boolean; signingSecret: string | null };

type ChannelFormProps = ChannelScopeChoice & {
  channel: NotificationChannelFieldsFragment | null;
  onBusy: (busy: boolean) => void;
  onSaved: (created: SavedChannel) => void;
};

const ChannelForm = ({
  channel,
  members,
  ownMemberId,
  ownMemberName,
  onBusy,
  onSaved,
}: ChannelFormProps) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChannelFormValues>();
  const kind: ChannelKind = Form.useWatch('kind', form) ?? channel?.kind ?? 'DINGTALK';
  const { createChannel, updateChannel } = useChannelMutations();
  const { formError, showError, clearError } = useScopedFormError(
    form,
    FIELDS,
    'channels.errors',
    FIELD_MAP,
  );
  const editing = channel !== null;

  const onFinish = async (values: ChannelFormValues) => {
    clearError();
    onBusy(true);
    try {
      if (channel) {
        const updated = await updateChannel(channel.id, toUpdateInput(values, ownMemberId));
        onSaved({ name: updated.name, created: false, signingSecret: null });
      } else {
        const created = await createChannel(toCreateInput(values, ownMemberId));
        onSaved({
          name: created.channel.name,
          created: true,
          signingSecret: created.signingSecret ?? null,
        });
      }
    } catch (error) {
      showError(error);
    } finally {
      onBusy(false);
    }
  };

  const keepHint = (current: string) => (
    <>
      {t('channels.form.keepHint')}{' '}
      <Typography.Text code style={{ wordBreak: 'break-all' }}>
        {current}
      </Typography.Text>
    </>
  );

  return (
    <Form<ChannelFormValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      requiredMark={false}
      initialValues={channel ? editChannelValues(channel) : newChannelValues()}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<ChannelFormValues>) => {
        // A secret typed for one app means nothing to another.
        if (changed.kind) form.setFieldsValue({ secret: '' });
      }}
    >
      {editing ? (
        <>
          <Form.Item name="kind" hidden>
            <Input />
          </Form.Item>
          <Form.Item label={t('channels.form.kind')}>
            <ChannelKindTag kind={channel.kind} />
          </Form.Item>
        </>
      ) : (
        <Form.Item label={t('channels.form.kind')} name="kind">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={CHANNEL_KINDS.map((value) => ({
              value,
              label: t(`channels.kinds.${value}`),
            }))}
          />
        </Form.Item>
      )}
      <div style={{ marginBottom: 24 }}>
        <ChannelKindHelp kind={kind} />
      </div>
      <Form.Item
        label={t('channels.form.name')}
        name="name"
        extra={t('channels.form.nameHint')}
        rules={[{ required: true, whitespace: true, message: t('channels.validation.name') }]}
      >
        <Input
          autoComplete="off"
          maxLength={100}
          placeholder={t('channels.form.namePlaceholder')}
        />
      </Form.Item>
      <Form.Item
        label={t(`channels.form.url.${kind}`)}
        name="url"
        extra={editing ? keepHint(channel.targetHint) : t(`channels.form.urlHint.${kind}`)}
        rules={
          editing
            ? []
            : [{ required: true, whitespace: true, message: t('channels.validation.url') }]
        }
      >
        <Input
          autoComplete="off"
          spellCheck={false}
          placeholder={editing ? t('channels.form.unchanged') : URL_PLACEHOLDERS[kind]}
          style={MONOSPACE}
        />
      </Form.Item>
      {kindTakesSecret(kind) ? (
        <Form.Item
          label={t(`channels.form.secret.${kind}`)}
          name="secret"
          extra={
            editing ? t('channels.form.secretKeepHint') : t(`channels.form.secretHint.${kind}`)
          }
          rules={
            kind === 'DINGTALK'
              ? [
                  {
                    validator: (_, value: string | undefined) =>
                      !value?.trim() || looksLikeDingTalkSecret(value)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('channels.validation.dingTalkSecret'))),
                  },
                ]
              : []
          }
        >
          <Input.Password
            autoComplete="new-password"
            spellCheck={false}
            placeholder={editing ? t('channels.form.unchanged') : kind === 'DINGTALK' ? 'SEC…' : ''}
            style={MONOSPACE}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        label={t('channels.form.events')}
        name="events"
        extra={t('channels.form.eventsHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('channels.validation.events') },
        ]}
      >
        <ChannelEventPicker />
      </Form.Item>
      <Form.Item
        label={t('channels.form.locale')}
        name="locale"
        extra={t('channels.form.localeHint')}
      >
        <Radio.Group
          options={[
            { value: 'zh-CN', label: t('channels.locales.zh-CN') },
            { value: 'en', label: t('channels.locales.en') },
          ]}
        />
      </Form.Item>
      {ownMemberId ? (
        <Form.Item label={t('channels.form.scope')} extra={t('channels.form.managerScopeHint')}>
          <Typography.Text data-testid="channel-own-scope">
            {t('channels.scope.manager', { name: ownMemberName })}
          </Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item
          label={t('channels.form.scope')}
          name="scope"
          extra={t('channels.form.scopeHint')}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: AGENCY_SCOPE, label: t('channels.scope.agency') },
              ...members.map((member) => ({
                value: member.id,
                label: t('channels.scope.manager', { name: member.user.name }),
              })),
            ]}
          />
        </Form.Item>
      )}
      <FormErrorAlert error={formError} />
    </Form>
  );
};

type ChannelFormDrawerProps = ChannelScopeChoice & {
  open: boolean;
  channel: NotificationChannelFieldsFragment | null;
  onClose: () => void;
  onSaved: (created: SavedChannel) => void;
};

/** Connecting a group or an endpoint, or changing one: kind first, then where to find its URL. */
export const ChannelFormDrawer = ({
  open,
  channel,
  onClose,
  onSaved,
  ...scope
}: ChannelFormDrawerProps) => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [saving, setSaving] = useState(false);
  return (
    <Drawer
      open={open}
      title={
        channel
          ? t('channels.form.editTitle', { name: channel.name })
          : t('channels.form.createTitle')
      }
      size={screens.md ? 640 : '100%'}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={FORM_NAME} loading={saving}>
            {channel ? t('channels.form.save') : t('channels.form.create')}
          </Button>
        </Flex>
      }
    >
      {open ? (
        <ChannelForm
          key={channel?.id ?? 'new'}
          channel={channel}
          onBusy={setSaving}
          onSaved={onSaved}
          {...scope}
        />
      ) : null}
    </Drawer>
  );
};
