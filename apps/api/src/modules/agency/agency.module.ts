import { Module } from '@nestjs/common';
import { ProfileResolver } from '../user/profile.resolver';
import { ProfileService } from '../user/services/profile.service';
import { AgencyResolver } from './agency.resolver';
import { AgencyService } from './services/agency.service';

/** Agency settings and the signed-in user's profile. */
@Module({ providers: [AgencyService, AgencyResolver, ProfileService, ProfileResolver] })
export class AgencyModule {}
