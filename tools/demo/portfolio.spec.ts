import { checkResidentId, checkUscc, dateIn } from '@veridesk/domain';
import { DEMO_ENTITIES, DEMO_TIME_ZONE } from './portfolio';

// The demo signs up through the public API, which refuses an invalid identifier: one bad check
// character and `npm start -- --demo` (and every journey, which signs in to the demo) stops.
describe('the demo portfolio', () => {
  const today = dateIn(new Date(), DEMO_TIME_ZONE);

  it.each(DEMO_ENTITIES.map((entity) => [entity.legalName, entity]))(
    '%s has a USCC and a legal representative ID the API accepts',
    (_name, entity) => {
      expect(checkUscc(entity.uscc)).toEqual({ ok: true, value: entity.uscc });
      expect(checkResidentId(entity.representative.idNumber, today)).toEqual({
        ok: true,
        value: entity.representative.idNumber,
      });
    },
  );

  it('gives every entity its own USCC', () => {
    expect(new Set(DEMO_ENTITIES.map((entity) => entity.uscc)).size).toBe(DEMO_ENTITIES.length);
  });
});
