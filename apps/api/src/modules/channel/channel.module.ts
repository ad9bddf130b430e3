import { Module } from '@nestjs/common';
import { DigestModule } from '../digest/digest.module';
import { DeliveryModule } from '../notification/delivery.module';
import { MomentsModule } from '../notification/moments.module';
import { ChannelResolver } from './channel.resolver';
import { ChannelsProcessor } from './jobs/channels.processor';
import { ChannelDisabledNotice } from './services/channel-disabled-notice.service';
import { ChannelDispatcher } from './services/channel-dispatcher.service';
import { ChannelEvents } from './services/channel-events.service';
import { ChannelSender } from './services/channel-sender.service';
import { ChannelService } from './services/channel.service';
import { ChannelTargets } from './services/channel-targets.service';

const SENDING = [ChannelTargets, ChannelSender, ChannelDisabledNotice];

/** Group robots and webhooks (issue 13), the API side: channels, test sends and redeliveries. */
@Module({
  imports: [DeliveryModule],
  providers: [...SENDING, ChannelService, ChannelResolver],
})
export class ChannelModule {}

/** The worker side: events become deliveries, sent within each platform's limits. */
@Module({
  imports: [DeliveryModule, MomentsModule, DigestModule],
  providers: [...SENDING, ChannelEvents, ChannelDispatcher, ChannelsProcessor],
})
export class ChannelWorkerModule {}
