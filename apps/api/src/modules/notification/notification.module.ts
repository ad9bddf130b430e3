import { Module } from '@nestjs/common';
import { DigestModule } from '../digest/digest.module';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { NotificationResolver } from './notification.resolver';
import { AlertService } from './services/alert.service';
import { DeliveryService } from './services/delivery.service';
import { NotificationScheduler } from './services/notification-scheduler.service';
import { UnsubscribeTokens } from './services/unsubscribe-token.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** The API side: preferences, delivery history, reminder ladders, the unsubscribe link. */
@Module({
  controllers: [UnsubscribeController],
  providers: [NotificationResolver, UnsubscribeTokens],
})
export class NotificationModule {}

/** The worker side: the tick, alerts and exactly-once sending. */
@Module({
  imports: [DigestModule],
  providers: [
    NotificationsProcessor,
    NotificationScheduler,
    AlertService,
    DeliveryService,
    UnsubscribeTokens,
  ],
})
export class NotificationWorkerModule {}
