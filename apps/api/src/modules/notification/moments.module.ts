import { Module } from '@nestjs/common';
import { MomentsService } from './services/moments.service';

/** What happened, decided once: alerts and channels both read it. */
@Module({ providers: [MomentsService], exports: [MomentsService] })
export class MomentsModule {}
