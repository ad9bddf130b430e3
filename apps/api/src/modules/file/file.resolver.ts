import { ResolveField, Resolver } from '@nestjs/graphql';
import { DocumentObject } from '../document/document.object';
import { FileService } from './services/file.service';
import { StoredFileObject } from './stored-file.object';

@Resolver(() => DocumentObject)
export class DocumentFileResolver {
  constructor(private readonly files: FileService) {}

  @ResolveField(() => StoredFileObject, {
    nullable: true,
    description: 'The scan, if one was uploaded.',
  })
  async file(document: DocumentObject): Promise<StoredFileObject | null> {
    const file = document.fileId ? await this.files.load(document.fileId) : null;
    return file ? this.files.toObject(file) : null;
  }
}
