import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { CHANNEL_FAILURES_BEFORE_DISABLE } from '@veridesk/domain';
import { EmailLocale, renderAlert } from '@veridesk/emails';
import type { Queue } from 'bull';
import { In } from 'typeorm';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { QueueName } from '../../../engine/queue/queues';
import { MembershipEntity } from '../../member/membership.entity';
import { DeliveryService } from '../../notification/services/delivery.service';
import type { NotificationChannelEntity } from '../notification-channel.entity';

const KIND_NAMES: Record<EmailLocale, Record<NotificationChannelEntity['kind'], string>> = {
  'zh-CN': { DINGTALK: '钉钉', WECOM: '企业微信', FEISHU: '飞书', WEBHOOK: 'Webhook' },
  en: { DINGTALK: 'DingTalk', WECOM: 'WeCom', FEISHU: 'Feishu', WEBHOOK: 'Webhook' },
};

/**
 * Tells the agency's OWNERs and ADMINs, by email, that a channel was disabled after
 * CHANNEL_FAILURES_BEFORE_DISABLE failed attempts in a row (RULES.md "Channels", Retries): one
 * exactly-once email delivery each, sent by the notifications queue like every alert.
 */
@Injectable()
export class ChannelDisabledNotice {
  constructor(
    private readonly db: TenantDatabase,
    private readonly deliveries: DeliveryService,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async tell(channel: NotificationChannelEntity): Promise<void> {
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/settings/channels`;
    const ids = await this.db.transaction(async (manager) => {
      const admins = await manager.find(MembershipEntity, {
        where: { role: In(['OWNER', 'ADMIN']) },
        relations: { user: true },
      });
      const claimed: string[] = [];
      for (const member of admins) {
        if (!member.user) continue;
        const locale: EmailLocale = member.user.locale === 'en' ? 'en' : 'zh-CN';
        const zh = locale === 'zh-CN';
        const kind = KIND_NAMES[locale][channel.kind];
        const content = await renderAlert({
          locale,
          kind: 'CHANNEL_DISABLED',
          readerName: member.user.name,
          headline: zh
            ? `通知渠道「${channel.name}」（${kind}）已停用`
            : `Notification channel "${channel.name}" (${kind}) was disabled`,
          detail: zh
            ? `连续 ${CHANNEL_FAILURES_BEFORE_DISABLE} 次发送失败，VeriDesk 已停止向 ${channel.targetHint} 发送通知。请检查机器人地址和密钥（或接收端），然后在「设置 → 通知渠道」中发送测试消息并重新启用。${channel.disabledReason ?? ''}`
            : `After ${CHANNEL_FAILURES_BEFORE_DISABLE} failed attempts in a row VeriDesk stopped posting to ${channel.targetHint}. Check the robot's URL and secret (or the endpoint), send a test message and enable it again in Settings → Channels. ${channel.disabledReason ?? ''}`,
          link,
        });
        const id = await this.deliveries.claim(manager, {
          agencyId: channel.agencyId,
          userId: member.userId,
          kind: 'ALERT',
          // Once per disabling: enabling again and failing again is a new notice.
          dedupeKey: `alert:channel-disabled:${channel.id}:${channel.updatedAt.getTime()}:${member.userId}`,
          toEmail: member.user.email,
          content,
        });
        if (id) claimed.push(id);
      }
      return claimed;
    });
    if (ids.length)
      await this.queue.addBulk(
        ids.map((id) => ({
          name: 'send',
          data: { agencyId: channel.agencyId, deliveryId: id },
          opts: {
            jobId: `send:${id}:0`,
            attempts: 8,
            backoff: { type: 'exponential', delay: this.config.MAIL_RETRY_DELAY_MS },
          },
        })),
      );
  }
}
