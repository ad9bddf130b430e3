import { graphql } from '../../../generated';

export const IMPORT_PORTFOLIO = graphql(`
  mutation ImportPortfolio($csv: String!, $dryRun: Boolean) {
    importPortfolio(csv: $csv, dryRun: $dryRun) {
      dryRun
      created
      updated
      unchanged
      errors {
        row
        field
        code
        message
      }
    }
  }
`);
