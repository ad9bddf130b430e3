import { graphql } from '../../../generated';

export const OVERVIEW_SUMMARY = graphql(`
  query OverviewSummary {
    me {
      agency {
        id
        timeZone
        expiryWarningDays
      }
    }
    portfolioSummary {
      sellerEntities
      stores
      openCases
      overdueCases
      expiringDocuments
      expiredDocuments
      bySite {
        site
        stores
        affected
        restricted
      }
    }
  }
`);

// Open cases only: `dueWithinHours` keeps cases not yet passed or cancelled (see use-open-cases).
export const OVERVIEW_OPEN_CASES = graphql(`
  query OverviewOpenCases($dueWithinHours: Int!, $after: String) {
    verificationCases(filter: { dueWithinHours: $dueWithinHours }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          site
          status
          deadlineAt
          sellerEntity {
            id
            legalName
          }
          representative {
            id
            fullName
          }
          appointment {
            id
            site
            startsAt
            siteTimeZone
          }
        }
      }
    }
  }
`);

export const OVERVIEW_EXPIRING_DOCUMENTS = graphql(`
  query OverviewExpiringDocuments($withinDays: Int!) {
    documents(filter: { expiringWithinDays: $withinDays }, first: 100) {
      totalCount
      edges {
        node {
          id
          type
          number
          expiresOn
          daysUntilExpiry
          status
          sites
          sellerEntity {
            id
            legalName
          }
          representative {
            id
            fullName
          }
        }
      }
    }
  }
`);

export const OVERVIEW_AFFECTED_STORES = graphql(`
  query OverviewAffectedStores($after: String) {
    affectedStores(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          store {
            id
            site
            shopName
            status
            sellerEntity {
              id
              legalName
              englishName
            }
          }
          reasons {
            code
            dueOn
            caseId
            documentId
          }
        }
      }
    }
  }
`);

export const OVERVIEW_EXPIRY_WEEKS = graphql(`
  query OverviewExpiryWeeks($weeks: Int!) {
    documentExpiryWeeks(weeks: $weeks) {
      weekStart
      businessLicenses
      idCards
      documents
    }
  }
`);
