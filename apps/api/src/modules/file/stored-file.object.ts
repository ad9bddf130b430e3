import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StoredFile')
export class StoredFileObject {
  @Field(() => ID) id: string;
  @Field() filename: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() sha256: string;
  @Field({
    description: 'Served only to members of the same agency (send the same Authorization header).',
  })
  url: string;
}
