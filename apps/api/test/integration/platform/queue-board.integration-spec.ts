import { randomBytes } from 'node:crypto';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let operator: SignedUpAgency;
let customer: SignedUpAgency;

beforeAll(async () => {
  // The operator agency must exist before the API that names it boots.
  const secret = { AUTH_SECRET: randomBytes(32).toString('hex') };
  const first = await startTestApi(secret);
  operator = await signUpAgency(first, 'VeriDesk 运营');
  customer = await signUpAgency(first, '客户机构');
  await first.close();
  api = await startTestApi({ ...secret, QUEUE_BOARD_AGENCY_ID: operator.agencyId });
});
afterAll(() => api.close());

const TICKET = /* GraphQL */ `
  mutation {
    queueBoardUrl
  }
`;

describe('queue board', () => {
  it("opens for the operator agency's OWNER through a one-minute ticket and an httpOnly cookie", async () => {
    const result = await api.gql(TICKET, {}, { as: operator.token });
    const url = new URL(result.data!.queueBoardUrl);
    expect(url.pathname).toBe('/queues');

    const redirect = await fetch(`${api.url}${url.pathname}${url.search}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const cookie = redirect.headers.get('set-cookie')!;
    expect(cookie).toMatch(/vd_queues=.+HttpOnly/i);
    expect(cookie).toMatch(/Path=\/queues/);

    const board = await fetch(`${api.url}/queues/api/queues`, {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(board.status).toBe(200);
    const body = await board.json();
    expect(body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual([
      'channels',
      'exports',
      'maintenance',
      'notifications',
    ]);
  });

  it('stays shut without a ticket or cookie, with a forged ticket, and for other agencies and roles', async () => {
    expect((await fetch(`${api.url}/queues/api/queues`)).status).toBe(401);
    expect(
      (await fetch(`${api.url}/queues?ticket=abc.123.forged`, { redirect: 'manual' })).status,
    ).toBe(401);
    const other = await api.gql(TICKET, {}, { as: customer.token });
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
    const manager = await addMember(api, operator.token, 'MANAGER');
    expect((await api.gql(TICKET, {}, { as: manager.token })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
  });
});
