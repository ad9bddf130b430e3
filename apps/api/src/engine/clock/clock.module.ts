import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { RequestLoaders } from '../dataloader/request-loaders.service';
import { AgencyClock } from './agency-clock.service';
import { AGENCY_SETTINGS, type AgencySettingsSource } from './agency-settings';
import { Clock, SystemClock } from './clock';

/** The clock (replaceable in tests), the agency's view of it, and per-request loaders. */
@Global()
@Module({})
export class ClockModule {
  /** `settings` reads the agency's calendar (the application's: the engine knows no business module). */
  static register(
    settings: Type<AgencySettingsSource>,
    clock: Clock = new SystemClock(),
  ): DynamicModule {
    return {
      module: ClockModule,
      providers: [
        { provide: Clock, useValue: clock },
        { provide: AGENCY_SETTINGS, useClass: settings },
        AgencyClock,
        RequestLoaders,
      ],
      exports: [Clock, AgencyClock, RequestLoaders],
    };
  }
}
