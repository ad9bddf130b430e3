/** A guest link still opens: not revoked and not past its expiry. */
export const isLiveLink = (
  link: { revokedAt?: string | null; expiresAt: string },
  now: Date,
): boolean => !link.revokedAt && Date.parse(link.expiresAt) > now.getTime();

/** The readiness codes a seller fixes by sending a document, and which document. */
export const DOCUMENT_FOR_READINESS_CODE = {
  LICENSE_MISSING: 'BUSINESS_LICENSE',
  LICENSE_EXPIRED: 'BUSINESS_LICENSE',
  LICENSE_EXPIRING_SOON: 'BUSINESS_LICENSE',
  ID_EXPIRED: 'RESIDENT_ID_CARD',
  ID_EXPIRES_BEFORE_APPOINTMENT: 'RESIDENT_ID_CARD',
  PRODUCT_FILING_MISSING: 'PRODUCT_FILING',
  DTI_MISSING: 'DTI_REGISTRATION',
  TAX_REGISTRATION_MISSING: 'TAX_REGISTRATION',
} as const;

export type RequestableDocumentType =
  (typeof DOCUMENT_FOR_READINESS_CODE)[keyof typeof DOCUMENT_FOR_READINESS_CODE];

export const documentForReadinessCode = (code: string): RequestableDocumentType | null =>
  (DOCUMENT_FOR_READINESS_CODE as Record<string, RequestableDocumentType>)[code] ?? null;
