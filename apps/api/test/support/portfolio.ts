import type { GraphQLClient } from './test-api';

// Real, valid identifiers (GB 32100-2015 / GB 11643-1999 check characters).
export const USCC = [
  '91350100M000100Y43',
  '914403001922038216',
  '91110000600037341L',
  '9144030071526726XG',
  '91440300708461136T',
];
export const RESIDENT_IDS = ['11010519491231002X', '440308199901011234', '110101199003074477'];

let usccCursor = 0;
/** A USCC unused in this test file (each file signs up fresh agencies, so reuse across agencies is fine). */
export function nextUscc(): string {
  return USCC[usccCursor++ % USCC.length];
}

export const CREATE_ENTITY = /* GraphQL */ `
  mutation Create($input: CreateSellerEntityInput!) {
    createSellerEntity(input: $input) {
      id
      legalName
      uscc
      verificationStatus
      createdAt
    }
  }
`;
export const ADD_REPRESENTATIVE = /* GraphQL */ `
  mutation Add($input: AddRepresentativeInput!) {
    addRepresentative(input: $input) {
      id
      fullName
      idNumberMasked
      idExpiresOn
      verificationStatus
      documents {
        id
        type
        expiresOn
      }
    }
  }
`;
export const ADD_STORE = /* GraphQL */ `
  mutation AddStore($input: AddStoreInput!) {
    addStore(input: $input) {
      id
      site
      status
      restrictedModules
      freezeUntil
    }
  }
`;
export const RECORD_DOCUMENT = /* GraphQL */ `
  mutation Record($input: RecordDocumentInput!) {
    recordDocument(input: $input) {
      id
      type
      expiresOn
      status
      daysUntilExpiry
      sites
    }
  }
`;
export const OPEN_CASE = /* GraphQL */ `
  mutation Open($input: OpenVerificationCaseInput!) {
    openVerificationCase(input: $input) {
      id
      status
      deadlineAt
      hoursRemaining
    }
  }
`;

/** Fails the test with the server's errors when an operation did not succeed. */
export function ok<T = any>(result: { data?: any; errors?: any[] }, field: string): T {
  if (!result.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
  return result.data[field];
}

export type Portfolio = {
  entityId: string;
  representativeId: string;
  storeIds: Record<string, string>;
};

/**
 * An entity with its legal representative (张伟, ID valid to 2035) and stores on the given sites,
 * optionally with a business licence.
 */
export async function createPortfolio(
  api: GraphQLClient,
  token: string,
  options: {
    sites?: string[];
    licenseExpiresOn?: string | null;
    categories?: string[];
    uscc?: string;
  } = {},
): Promise<Portfolio> {
  const entity = ok(
    await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '深圳市海拓电子商务有限公司',
          englishName: 'Shenzhen Haituo E-commerce Co., Ltd.',
          uscc: options.uscc ?? nextUscc(),
          registeredRepresentativeName: '张伟',
          businessScope: ['home-appliances', 'cosmetics'],
        },
      },
      { as: token },
    ),
    'createSellerEntity',
  );
  const representative = ok(
    await api.gql(
      ADD_REPRESENTATIVE,
      {
        input: {
          sellerEntityId: entity.id,
          fullName: '张伟',
          role: 'LEGAL_REPRESENTATIVE',
          idType: 'CN_RESIDENT_ID',
          idNumber: RESIDENT_IDS[0],
          idExpiresOn: '2035-01-01',
          phone: '+86 138 0013 8000',
        },
      },
      { as: token },
    ),
    'addRepresentative',
  );
  const storeIds: Record<string, string> = {};
  for (const [index, site] of (options.sites ?? ['TH', 'MY', 'PH']).entries()) {
    const store = ok(
      await api.gql(
        ADD_STORE,
        {
          input: {
            sellerEntityId: entity.id,
            site,
            shopName: `Haituo ${site}`,
            lazadaSellerId: `${site}${entity.id.slice(0, 6)}${index}`,
            categories: options.categories ?? ['home-appliances'],
          },
        },
        { as: token },
      ),
      'addStore',
    );
    storeIds[site] = store.id;
  }
  if (options.licenseExpiresOn !== undefined) {
    ok(
      await api.gql(
        RECORD_DOCUMENT,
        {
          input: {
            sellerEntityId: entity.id,
            type: 'BUSINESS_LICENSE',
            number: 'L-1',
            expiresOn: options.licenseExpiresOn,
          },
        },
        { as: token },
      ),
      'recordDocument',
    );
  }
  return { entityId: entity.id, representativeId: representative.id, storeIds };
}

/** The portfolio import, with every field of its report. */
export const IMPORT_PORTFOLIO = /* GraphQL */ `
  mutation Import($csv: String!, $dryRun: Boolean) {
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
`;

/** The import's columns in their English names, as the template file has them. */
export const PORTFOLIO_CSV_HEADER =
  'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';
