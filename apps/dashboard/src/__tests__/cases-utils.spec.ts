import { READINESS_CODES } from '@veridesk/domain';
import { readCaseListParams, toCaseFilter } from '../modules/cases/utils/case-filters';
import {
  entityFixPath,
  READINESS_FIX_TARGETS,
  readinessParams,
} from '../modules/cases/utils/readiness';
import { instantToPicker, pickerToInstant } from '../modules/ui/utils/date-picker';

describe('case list filters in the URL', () => {
  it('reads known filters and ignores unknown values', () => {
    const params = readCaseListParams(
      new URLSearchParams(
        'status=SCHEDULED&site=TH&dueWithinHours=48&sellerEntityId=e1&managerId=m1',
      ),
    );
    expect(toCaseFilter(params)).toEqual({
      status: 'SCHEDULED',
      site: 'TH',
      dueWithinHours: 48,
      sellerEntityId: 'e1',
      managerId: 'm1',
    });
    expect(
      toCaseFilter(readCaseListParams(new URLSearchParams('status=NOPE&site=CN&dueWithinHours=x'))),
    ).toEqual({});
  });
});

describe('readiness fixes', () => {
  it('knows where every readiness code is fixed', () => {
    expect(Object.keys(READINESS_FIX_TARGETS).sort()).toEqual([...READINESS_CODES].sort());
  });

  it('sends licence and ID problems to the documents tab, names to representatives, slots to booking', () => {
    expect(READINESS_FIX_TARGETS.LICENSE_EXPIRING_SOON).toEqual({
      kind: 'entity',
      tab: 'documents',
    });
    expect(READINESS_FIX_TARGETS.ID_EXPIRED).toEqual({ kind: 'entity', tab: 'documents' });
    expect(READINESS_FIX_TARGETS.REPRESENTATIVE_NAME_MISMATCH).toEqual({
      kind: 'entity',
      tab: 'representatives',
    });
    expect(READINESS_FIX_TARGETS.CATEGORY_OUTSIDE_SCOPE).toEqual({ kind: 'entity', tab: 'stores' });
    expect(READINESS_FIX_TARGETS.NO_APPOINTMENT).toEqual({ kind: 'section', section: 'booking' });
    expect(READINESS_FIX_TARGETS.CHECKLIST_INCOMPLETE).toEqual({
      kind: 'section',
      section: 'checklist',
    });
    expect(entityFixPath('e1', 'documents')).toBe('/entities/e1?tab=documents');
    expect(entityFixPath('e1', null)).toBe('/entities/e1');
  });

  it('keeps only strings and numbers of the params', () => {
    expect(readinessParams({ expiresOn: '2026-12-17', days: 17, nested: { x: 1 } })).toEqual({
      expiresOn: '2026-12-17',
      days: 17,
    });
    expect(readinessParams(null)).toEqual({});
  });
});

describe('pickers on the viewer’s wall clock', () => {
  it('round-trips an instant through Beijing time whatever the machine’s zone', () => {
    const instant = '2026-12-01T03:00:00.000Z';
    const picker = instantToPicker(instant, 'Asia/Shanghai');
    expect(picker.format('YYYY-MM-DD HH:mm')).toBe('2026-12-01 11:00');
    expect(pickerToInstant(picker, 'Asia/Shanghai')).toBe(instant);
    expect(instantToPicker(instant, 'Asia/Bangkok').format('HH:mm')).toBe('10:00');
  });
});
