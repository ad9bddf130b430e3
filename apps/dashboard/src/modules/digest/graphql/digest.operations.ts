import { graphql } from '../../../generated';

export const MY_DIGEST_PREVIEW = graphql(`
  query MyDigestPreview {
    digestPreview {
      subject
      html
      text
      sections {
        kind
        title
        items {
          kind
          title
          detail
          link
        }
      }
    }
  }
`);

export const SEND_TEST_DIGEST = graphql(`
  mutation SendTestDigest {
    sendTestDigest
  }
`);
