import { daysBetween } from './dates';
import { isValidOn } from './documents';
import { isWithinRecommendedHours, Site } from './sites';

export const READINESS_CODES = [
  'LICENSE_MISSING',
  'LICENSE_EXPIRED',
  'LICENSE_EXPIRING_SOON',
  'ID_EXPIRED',
  'ID_EXPIRES_BEFORE_APPOINTMENT',
  'REPRESENTATIVE_NAME_MISMATCH',
  'CATEGORY_OUTSIDE_SCOPE',
  'PRODUCT_FILING_MISSING',
  'DTI_MISSING',
  'TAX_REGISTRATION_MISSING',
  'NO_APPOINTMENT',
  'APPOINTMENT_AFTER_DEADLINE',
  'APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS',
  'RECENT_VIOLATIONS',
  'CHINESE_SUPPORT_NOT_REQUESTED',
  'CHECKLIST_INCOMPLETE',
] as const;
export type ReadinessCode = (typeof READINESS_CODES)[number];
export type Severity = 'BLOCKER' | 'WARNING';

/** Categories Lazada regulates: selling them needs a product filing number (备案号) for the site. */
export const REGULATED_CATEGORIES = [
  'cosmetics',
  'health-supplements',
  'medical-devices',
  'food',
  'e-cigarettes',
  'prescription-drugs',
] as const;

/** A licence expiring within this many days must be renewed before the call (DOMAIN.md). */
export const LICENSE_RENEWAL_DAYS = 30;

export type ReadinessIssue = {
  code: ReadinessCode;
  severity: Severity;
  message: string;
  /** The record to fix: a document, representative, store or the case. */
  subjectId: string | null;
  /** Values the message names, for clients that word it themselves (a category, a site, a date). */
  params: Record<string, string | number>;
};

export type ReadinessFacts = {
  caseId: string;
  site: Site;
  deadlineAt: Date;
  appointmentStartsAt: Date | null;
  /** The appointment's date in the agency's zone; null without an appointment. */
  appointmentDate: string | null;
  /** The agency's today. */
  today: string;
  entity: {
    id: string;
    registeredRepresentativeName: string;
    businessScope: string[];
    violationsLast90Days: number;
    needsChineseSupport: boolean;
    chineseSupportRequested: boolean;
  };
  representative: {
    id: string;
    fullName: string;
    idExpiresOn: string | null;
    idDocumentId: string | null;
  };
  /** null when the entity has no business licence on file. */
  businessLicense: { id: string; expiresOn: string | null } | null;
  stores: Array<{ id: string; site: Site; categories: string[] }>;
  /** The entity's documents of the types readiness looks at (filings, DTI, tax). */
  documents: Array<{ id: string; type: string; expiresOn: string | null; sites: Site[] }>;
  checklist: Array<{ key: string; done: boolean }>;
};

const normalizeName = (name: string) => name.replace(/\s+/g, '').toLowerCase();
const normalizeCategory = (category: string) => category.trim().toLowerCase();

function appliesTo(document: { sites: Site[] }, site: Site): boolean {
  return document.sites.length === 0 || document.sites.includes(site);
}

/**
 * What would fail the call (BLOCKER) or make it harder (WARNING), judged on the appointment's date,
 * or today without one. `ready` is the absence of blockers.
 */
export function assessReadiness(facts: ReadinessFacts): {
  ready: boolean;
  issues: ReadinessIssue[];
} {
  const issues: ReadinessIssue[] = [];
  const add = (
    code: ReadinessCode,
    severity: Severity,
    message: string,
    subjectId: string | null,
    params: Record<string, string | number> = {},
  ) => issues.push({ code, severity, message, subjectId, params });
  const on = facts.appointmentDate ?? facts.today;

  const license = facts.businessLicense;
  if (!license) {
    add(
      'LICENSE_MISSING',
      'BLOCKER',
      'No business licence is on file for this entity.',
      facts.entity.id,
    );
  } else if (!isValidOn(license.expiresOn, on)) {
    add(
      'LICENSE_EXPIRED',
      'BLOCKER',
      `The business licence expired on ${license.expiresOn}.`,
      license.id,
      {
        expiresOn: license.expiresOn as string,
      },
    );
  } else if (
    license.expiresOn !== null &&
    daysBetween(on, license.expiresOn) <= LICENSE_RENEWAL_DAYS
  ) {
    add(
      'LICENSE_EXPIRING_SOON',
      'BLOCKER',
      `The business licence expires on ${license.expiresOn}, within ${LICENSE_RENEWAL_DAYS} days: renew it before the call.`,
      license.id,
      { expiresOn: license.expiresOn, days: daysBetween(on, license.expiresOn) },
    );
  }

  const { representative } = facts;
  const idSubject = representative.idDocumentId ?? representative.id;
  if (!isValidOn(representative.idExpiresOn, facts.today)) {
    add(
      'ID_EXPIRED',
      'BLOCKER',
      `${representative.fullName}'s ID card expired on ${representative.idExpiresOn}.`,
      idSubject,
      {
        expiresOn: representative.idExpiresOn as string,
      },
    );
  } else if (
    facts.appointmentDate &&
    !isValidOn(representative.idExpiresOn, facts.appointmentDate)
  ) {
    add(
      'ID_EXPIRES_BEFORE_APPOINTMENT',
      'BLOCKER',
      `${representative.fullName}'s ID card expires on ${representative.idExpiresOn}, before the appointment on ${facts.appointmentDate}.`,
      idSubject,
      { expiresOn: representative.idExpiresOn as string, appointmentDate: facts.appointmentDate },
    );
  }
  if (
    normalizeName(representative.fullName) !==
    normalizeName(facts.entity.registeredRepresentativeName)
  ) {
    add(
      'REPRESENTATIVE_NAME_MISMATCH',
      'BLOCKER',
      `${representative.fullName} is not the representative registered with Lazada (${facts.entity.registeredRepresentativeName}).`,
      representative.id,
      { fullName: representative.fullName, registered: facts.entity.registeredRepresentativeName },
    );
  }

  if (!facts.appointmentStartsAt) {
    add('NO_APPOINTMENT', 'BLOCKER', 'No video-call slot is booked yet.', facts.caseId);
  } else {
    if (facts.appointmentStartsAt.getTime() > facts.deadlineAt.getTime()) {
      add(
        'APPOINTMENT_AFTER_DEADLINE',
        'BLOCKER',
        'The booked slot is after the verification deadline.',
        facts.caseId,
      );
    }
    if (!isWithinRecommendedHours(facts.appointmentStartsAt, facts.site)) {
      add(
        'APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS',
        'WARNING',
        'The slot is outside 09:00–11:00 site time, when Lazada answers fastest.',
        facts.caseId,
      );
    }
  }

  const scope = new Set(facts.entity.businessScope.map(normalizeCategory));
  const reportedCategories = new Set<string>();
  for (const store of facts.stores) {
    for (const category of store.categories) {
      const normalized = normalizeCategory(category);
      if (!scope.has(normalized) && !reportedCategories.has(normalized)) {
        reportedCategories.add(normalized);
        add(
          'CATEGORY_OUTSIDE_SCOPE',
          'WARNING',
          `The stores sell "${category.trim()}", which the business scope does not cover.`,
          store.id,
          { category: category.trim() },
        );
      }
    }
  }

  const validDocuments = facts.documents.filter((document) => isValidOn(document.expiresOn, on));
  const hasValid = (type: string, site: Site) =>
    validDocuments.some((document) => document.type === type && appliesTo(document, site));
  const regulated = new Set<string>(REGULATED_CATEGORIES);
  for (const store of facts.stores) {
    const regulatedCategories = store.categories
      .map(normalizeCategory)
      .filter((category) => regulated.has(category));
    if (regulatedCategories.length && !hasValid('PRODUCT_FILING', store.site)) {
      add(
        'PRODUCT_FILING_MISSING',
        'WARNING',
        `The ${store.site} store sells ${regulatedCategories.join(', ')} without a valid product filing for ${store.site}.`,
        store.id,
        { site: store.site, categories: regulatedCategories.join(',') },
      );
    }
  }
  const phStore = facts.stores.find((store) => store.site === 'PH');
  if (phStore && !hasValid('DTI_REGISTRATION', 'PH')) {
    add(
      'DTI_MISSING',
      'WARNING',
      'The Philippines store needs a valid DTI registration.',
      phStore.id,
      { site: 'PH' },
    );
  }
  const idStore = facts.stores.find((store) => store.site === 'ID');
  if (idStore && !hasValid('TAX_REGISTRATION', 'ID')) {
    add(
      'TAX_REGISTRATION_MISSING',
      'WARNING',
      'The Indonesia store needs a valid tax registration.',
      idStore.id,
      { site: 'ID' },
    );
  }

  if (facts.entity.violationsLast90Days > 0) {
    add(
      'RECENT_VIOLATIONS',
      'WARNING',
      `${facts.entity.violationsLast90Days} violation(s) in the last 90 days: expect a closer review.`,
      facts.entity.id,
      { count: facts.entity.violationsLast90Days },
    );
  }
  if (facts.entity.needsChineseSupport && !facts.entity.chineseSupportRequested) {
    add(
      'CHINESE_SUPPORT_NOT_REQUESTED',
      'WARNING',
      'The representative needs Chinese support, which must be requested from Lazada in advance.',
      facts.entity.id,
    );
  }
  const open = facts.checklist.filter((item) => !item.done);
  if (open.length) {
    add(
      'CHECKLIST_INCOMPLETE',
      'WARNING',
      `${open.length} preparation item(s) are not ticked yet.`,
      facts.caseId,
      {
        remaining: open.length,
      },
    );
  }

  // Blockers first, each group in rule order.
  issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'BLOCKER' ? -1 : 1));
  return { ready: !issues.some((issue) => issue.severity === 'BLOCKER'), issues };
}
