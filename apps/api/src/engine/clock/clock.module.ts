import { DynamicModule, Global, Module } from '@nestjs/common';
import { RequestLoaders } from '../dataloader/request-loaders.service';
import { AgencyClock } from './agency-clock.service';
import { Clock, SystemClock } from './clock';

/** The clock (replaceable in tests), the agency's view of it, and per-request loaders. */
@Global()
@Module({})
export class ClockModule {
  static register(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: ClockModule,
      providers: [{ provide: Clock, useValue: clock }, AgencyClock, RequestLoaders],
      exports: [Clock, AgencyClock, RequestLoaders],
    };
  }
}
