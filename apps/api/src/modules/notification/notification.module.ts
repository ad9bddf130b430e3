import { Module } from '@nestjs/common';
import { DigestModule } from '../digest/digest.module';
import { DeliveryModule } from './delivery.module';
import { MomentsModule } from './moments.module';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { NotificationResolver } from './notification.resolver';
import { AlertService } from './services/alert.service';
import { DigestUnsubscribeService } from './services/digest-unsubscribe.service';
import { NotificationSettingsService } from './services/notification-settings.service';
import { NotificationScheduler } from './services/notification-scheduler.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** The API side: preferences, delivery history, reminder ladders, the unsubscribe link. */
@Module({
  imports: [DeliveryModule],
  controllers: [UnsubscribeController],
  providers: [NotificationSettingsService, DigestUnsubscribeService, NotificationResolver],
})
export class NotificationModule {}

/** The worker side: the tick, alerts and exactly-once sending. */
@Module({
  imports: [DigestModule, DeliveryModule, MomentsModule],
  providers: [NotificationsProcessor, NotificationScheduler, AlertService],
})
export class NotificationWorkerModule {}
