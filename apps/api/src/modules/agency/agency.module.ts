import { Module } from '@nestjs/common';
import { ProfileResolver } from '../user/profile.resolver';
import { AgencyResolver } from './agency.resolver';

/** Agency settings and the signed-in user's profile. */
@Module({ providers: [AgencyResolver, ProfileResolver] })
export class AgencyModule {}
