import { Module } from '@nestjs/common';
import { ChannelResolver } from './channel.resolver';
import { ChannelSender } from './services/channel-sender.service';
import { ChannelService } from './services/channel.service';
import { ChannelTargets } from './services/channel-targets.service';

/** Group robots and webhooks (issue 13): channels, test sends and redeliveries. */
@Module({ providers: [ChannelTargets, ChannelSender, ChannelService, ChannelResolver] })
export class ChannelModule {}
