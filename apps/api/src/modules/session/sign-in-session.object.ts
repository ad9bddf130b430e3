import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SignInSession', {
  description: "One of the viewer's browser sessions in this agency.",
})
export class SignInSessionObject {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'The last sign-in or refresh.' })
  lastUsedAt: Date | null;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field(() => String, { nullable: true }) ipAddress: string | null;
  @Field({ description: 'The session this request comes from.' }) current: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The browser and system read from the user agent, e.g. "Chrome 120 · macOS".',
  })
  device: string | null;
}
