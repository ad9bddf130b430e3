import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLDate } from '../../engine/graphql/scalars';
import { DigestObject } from './digest.object';
import { DigestPreviewService } from './services/digest-preview.service';

@Resolver()
export class DigestResolver {
  constructor(private readonly previews: DigestPreviewService) {}

  @Query(() => DigestObject, {
    description:
      "What the reader's digest says (default: you, today). Another member's: OWNER and ADMIN only.",
  })
  digestPreview(
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
    @Args('date', {
      type: () => GraphQLDate,
      nullable: true,
      description: "The reader's local date; at 08:00 their time.",
    })
    date?: string,
  ): Promise<DigestObject> {
    return this.previews.preview(userId, date);
  }

  @Mutation(() => Boolean, {
    description:
      'Sends your digest to your email now. False when it was not emailed (no SMTP server: kept in myDeliveries).',
  })
  sendTestDigest(): Promise<boolean> {
    return this.previews.sendTest();
  }
}
