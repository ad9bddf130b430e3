import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DigestItem')
export class DigestItemObject {
  @Field() kind: string;
  @Field() title: string;
  @Field() detail: string;
  @Field(() => String, { nullable: true, description: 'Where in the dashboard it is fixed.' })
  link: string | null;
}

@ObjectType('DigestSection')
export class DigestSectionObject {
  @Field({ description: 'deadlines, appointments, failures, expiring or restricted.' })
  kind: string;
  @Field() title: string;
  @Field(() => [DigestItemObject]) items: DigestItemObject[];
}

@ObjectType('Digest')
export class DigestObject {
  @Field() subject: string;
  @Field() text: string;
  @Field() html: string;
  @Field(() => [DigestSectionObject]) sections: DigestSectionObject[];
}
