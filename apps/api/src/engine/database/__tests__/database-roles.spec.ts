import { enterAgencySql } from '../database-roles';

describe('enterAgencySql', () => {
  it('names the app role and the agency, local to the transaction', () => {
    expect(enterAgencySql('0b6f3c1e-5d2a-4c7b-9e8f-1a2b3c4d5e6f')).toBe(
      "SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', '0b6f3c1e-5d2a-4c7b-9e8f-1a2b3c4d5e6f', true)",
    );
  });

  it.each([
    "0b6f3c1e-5d2a-4c7b-9e8f-1a2b3c4d5e6f', true); DROP TABLE agencies; --",
    "'; RESET ROLE; --",
    '',
    '0b6f3c1e5d2a4c7b9e8f1a2b3c4d5e6f',
  ])('refuses anything but a UUID (%s): it is written into the SQL text', (agencyId) => {
    expect(() => enterAgencySql(agencyId)).toThrow('An agency id must be a UUID');
  });
});
