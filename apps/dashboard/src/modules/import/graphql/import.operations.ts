import { graphql } from '../../../generated';

export const IMPORT_REPORT_FIELDS = graphql(`
  fragment ImportReportFields on ImportReport {
    dryRun
    created
    updated
    unchanged
    errors {
      row
      field
      code
      message
      value
    }
  }
`);

export const IMPORT_PORTFOLIO = graphql(`
  mutation ImportPortfolio($csv: String!, $dryRun: Boolean) {
    importPortfolio(csv: $csv, dryRun: $dryRun) {
      ...ImportReportFields
    }
  }
`);

export const IMPORT_PORTFOLIO_FILE = graphql(`
  mutation ImportPortfolioFile($fileId: ID!, $dryRun: Boolean) {
    importPortfolioFile(fileId: $fileId, dryRun: $dryRun) {
      ...ImportReportFields
    }
  }
`);
