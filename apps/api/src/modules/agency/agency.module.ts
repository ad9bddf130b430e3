import { Module } from '@nestjs/common';
import { FileModule } from '../file/file.module';
import { ProfileResolver } from '../user/profile.resolver';
import { ProfileService } from '../user/services/profile.service';
import { AgencyResolver } from './agency.resolver';
import { AgencyDeletionService } from './services/agency-deletion.service';
import { AgencyService } from './services/agency.service';

/** Agency settings and the signed-in user's profile. */
@Module({
  imports: [FileModule],
  providers: [
    AgencyService,
    AgencyDeletionService,
    AgencyResolver,
    ProfileService,
    ProfileResolver,
  ],
})
export class AgencyModule {}
