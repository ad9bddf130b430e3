// The VeriDesk side of `npm run bench:peer`'s queries (the same rows and plain fields as the
// PostGraphile documents there), shared with `npm run bench:profile`.
export const VERIDESK = {
  smallest: `query PeerSmallest { me { role } }`,
  entityList: `query PeerEntityList {
    sellerEntities(first: 50) {
      totalCount
      edges { node {
        id legalName englishName uscc registeredRepresentativeName archivedAt createdAt
        stores { id site shopName status }
        representatives { id fullName role idNumberMasked idExpiresOn }
        documents { id type number expiresOn sites }
      } }
    }
  }`,
  documents: `query PeerExpiringDocuments {
    documents(filter: { expiringWithinDays: 30 }, first: 100) {
      totalCount
      edges { node { id type number expiresOn sites sellerEntity { id legalName } } }
    }
  }`,
};
