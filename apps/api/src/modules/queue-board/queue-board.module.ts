import { Module } from '@nestjs/common';
import { QueueBoardResolver } from './queue-board.resolver';

@Module({ providers: [QueueBoardResolver] })
export class QueueBoardModule {}
