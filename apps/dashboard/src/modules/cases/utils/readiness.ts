import type { ReadinessCode } from '../../../generated/graphql';

/** Where a readiness issue is fixed: a tab of the entity page, or a section of this page. */
export type FixTarget =
  | { kind: 'entity'; tab: 'documents' | 'representatives' | 'stores' | null }
  | { kind: 'section'; section: 'booking' | 'checklist' };

export const READINESS_FIX_TARGETS: Record<ReadinessCode, FixTarget> = {
  LICENSE_MISSING: { kind: 'entity', tab: 'documents' },
  LICENSE_EXPIRED: { kind: 'entity', tab: 'documents' },
  LICENSE_EXPIRING_SOON: { kind: 'entity', tab: 'documents' },
  ID_EXPIRED: { kind: 'entity', tab: 'documents' },
  ID_EXPIRES_BEFORE_APPOINTMENT: { kind: 'entity', tab: 'documents' },
  REPRESENTATIVE_NAME_MISMATCH: { kind: 'entity', tab: 'representatives' },
  CATEGORY_OUTSIDE_SCOPE: { kind: 'entity', tab: 'stores' },
  PRODUCT_FILING_MISSING: { kind: 'entity', tab: 'documents' },
  DTI_MISSING: { kind: 'entity', tab: 'documents' },
  TAX_REGISTRATION_MISSING: { kind: 'entity', tab: 'documents' },
  NO_APPOINTMENT: { kind: 'section', section: 'booking' },
  APPOINTMENT_AFTER_DEADLINE: { kind: 'section', section: 'booking' },
  APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS: { kind: 'section', section: 'booking' },
  RECENT_VIOLATIONS: { kind: 'entity', tab: null },
  CHINESE_SUPPORT_NOT_REQUESTED: { kind: 'entity', tab: null },
  CHECKLIST_INCOMPLETE: { kind: 'section', section: 'checklist' },
};

/** The entity page's address for a fix: /entities/:id?tab=documents. */
export const entityFixPath = (entityId: string, tab: string | null): string =>
  tab ? `/entities/${entityId}?tab=${tab}` : `/entities/${entityId}`;

/** The params as interpolation values (the API sends JSON; keep strings and numbers). */
export const readinessParams = (params: unknown): Record<string, string | number> => {
  if (!params || typeof params !== 'object') return {};
  return Object.fromEntries(
    Object.entries(params as Record<string, unknown>).filter(
      ([, value]) => typeof value === 'string' || typeof value === 'number',
    ),
  ) as Record<string, string | number>;
};

/** Scrolls to a section of the workspace and moves keyboard focus there. */
export const goToSection = (section: string) => {
  const element = document.getElementById(section);
  if (!element) return;
  element.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const focusable = element.querySelector<HTMLElement>('input, button, [tabindex]');
  focusable?.focus({ preventScroll: true });
};
