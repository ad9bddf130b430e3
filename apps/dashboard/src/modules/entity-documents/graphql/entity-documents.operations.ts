import { graphql } from '../../../generated';

export const ENTITY_DOCUMENT_FIELDS = graphql(`
  fragment EntityDocumentFields on Document {
    id
    type
    number
    issuedOn
    expiresOn
    daysUntilExpiry
    status
    sites
    createdAt
    representative {
      id
      fullName
    }
    file {
      id
      filename
      contentType
      sizeBytes
      url
    }
  }
`);

export const ENTITY_RECORD_DOCUMENT = graphql(`
  mutation EntityRecordDocument($input: RecordDocumentInput!) {
    recordDocument(input: $input) {
      ...EntityDocumentFields
    }
  }
`);

export const ENTITY_UPDATE_DOCUMENT = graphql(`
  mutation EntityUpdateDocument($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      ...EntityDocumentFields
    }
  }
`);
