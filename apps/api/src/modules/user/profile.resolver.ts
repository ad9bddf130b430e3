import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { UpdateProfileInput } from './dtos/update-profile.input';
import { ProfileService } from './services/profile.service';
import { UserEntity } from './user.entity';
import { UserObject } from './user.object';

@Resolver(() => UserObject)
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Mutation(() => UserObject, {
    description: "The signed-in user's own name, time zone and language.",
  })
  updateProfile(@Args('input') input: UpdateProfileInput): Promise<UserEntity> {
    return this.profiles.update(input);
  }

  @ResolveField(() => Boolean, { description: 'Whether the login signs in with a TOTP code too.' })
  twoFactorEnabled(user: UserObject): boolean {
    return Boolean(user.twoFactorEnabledAt);
  }
}
