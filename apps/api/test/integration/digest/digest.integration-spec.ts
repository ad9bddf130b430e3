import { SMTPServer } from 'smtp-server';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, OPEN_CASE, ok, USCC } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

type Received = { to: string[]; data: string };
let smtp: SMTPServer;
const inbox: Received[] = [];
let api: TestApi;
let owner: SignedUpAgency;
let manager: { token: string; userId: string; email: string };
let managerMemberId: string;

const PREVIEW = /* GraphQL */ `
  query Preview($userId: ID, $date: Date) {
    digestPreview(userId: $userId, date: $date) {
      subject
      text
      html
      sections {
        kind
        title
        items {
          kind
          title
          detail
          link
        }
      }
    }
  }
`;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk) => (data += chunk.toString()));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((address) => address.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as { port: number }).port;
  api = await startTestApi({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  api.clock.set('2026-12-01T00:00:00.000Z'); // 08:00 in Shanghai
  owner = await signUpAgency(api);
  manager = await addMember(api, owner.token, 'MANAGER');
  const members = await api.gql(`{ members { id user { id } } }`, {}, { as: owner.token });
  managerMemberId = members.data!.members.find(
    (member: any) => member.user.id === manager.userId,
  ).id;

  // The manager's entity: a TH case due in 48 h with a Bangkok slot tomorrow 10:00, a licence
  // expiring in 14 days. An unmanaged entity with a restricted store (only OWNER/ADMIN see it).
  const mine = await createPortfolio(api, owner.token, {
    uscc: USCC[0],
    sites: ['TH', 'MY'],
    licenseExpiresOn: '2026-12-15',
  });
  await api.gql(
    `mutation U($id: ID!, $m: ID) { updateSellerEntity(id: $id, input: { managerId: $m }) { id } }`,
    { id: mine.entityId, m: managerMemberId },
    { as: owner.token },
  );
  const opened = ok(
    await api.gql(
      OPEN_CASE,
      {
        input: {
          sellerEntityId: mine.entityId,
          representativeId: mine.representativeId,
          site: 'TH',
          trigger: 'OTHER',
          noticeReceivedAt: '2026-11-30T00:00:00.000Z',
        },
      },
      { as: owner.token },
    ),
    'openVerificationCase',
  );
  await api.gql(
    `mutation S($id: ID!) { scheduleAppointment(input: { caseId: $id, startsAt: "2026-12-02T03:00:00.000Z" }) { id } }`,
    { id: opened.id },
    { as: owner.token },
  );
  const unmanaged = await createPortfolio(api, owner.token, {
    uscc: USCC[1],
    sites: ['VN'],
    licenseExpiresOn: null,
  });
  const vn = await api.gql(
    `{ sellerEntity(id: "${unmanaged.entityId}") { stores { id } } }`,
    {},
    { as: owner.token },
  );
  await api.gql(
    `mutation { updateStoreStatus(input: { storeId: "${vn.data!.sellerEntity.stores[0].id}", status: FROZEN }) { id } }`,
    {},
    { as: owner.token },
  );
});

afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('digest preview', () => {
  it('shows a manager only her entities: deadline, slot in site and reader time, the expiring licence and the stores it affects', async () => {
    const digest = ok(await api.gql(PREVIEW, {}, { as: manager.token }), 'digestPreview');
    expect(digest.sections.map((section: any) => section.kind)).toEqual([
      'deadlines',
      'appointments',
      'expiring',
      'restricted',
    ]);
    const appointment = digest.sections[1].items[0];
    expect(appointment.detail).toBe(
      '站点时间 2026-12-02 10:00（Asia/Bangkok）= 您的时间 2026-12-02 11:00（Asia/Shanghai）',
    );
    expect(appointment.link).toMatch(/\/cases\/[0-9a-f-]{36}$/);
    const expiring = digest.sections[2].items[0];
    expect(expiring.detail).toContain('2026-12-15 到期（14 天后）'); // crossed the 14-day rung
    expect(expiring.detail).toContain('Haituo MY (MY)');
    expect(expiring.detail).toContain('Haituo TH (TH)');
    // Her TH store is restricted by the open case; the unmanaged VN store is not hers.
    expect(digest.sections[3].items.map((item: any) => item.title)).toEqual([
      expect.stringContaining('Haituo TH（TH）'),
    ]);
    expect(digest.subject).toBe(
      'VeriDesk 每日摘要 2026-12-01：1 个认证截止，1 个预约，1 份证照到期，1 家店铺受限',
    );
    expect(digest.text).toContain('您的时间 2026-12-02 11:00');
    expect(digest.html).toContain('您的时间 2026-12-02 11:00');
  });

  it('shows an OWNER the unmanaged entities too', async () => {
    const digest = ok(await api.gql(PREVIEW, {}, { as: owner.token }), 'digestPreview');
    const restricted = digest.sections.find((section: any) => section.kind === 'restricted');
    expect(restricted.items).toHaveLength(1);
    expect(restricted.items[0].title).toContain('Haituo VN（VN）');
  });

  it("lets an OWNER preview a manager's digest, but not a manager another member's", async () => {
    const asOwner = ok(
      await api.gql(PREVIEW, { userId: manager.userId }, { as: owner.token }),
      'digestPreview',
    );
    expect(asOwner.sections).toHaveLength(4);
    const asManager = await api.gql(PREVIEW, { userId: owner.userId }, { as: manager.token });
    expect(asManager.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("dates the digest at 08:00 of the given day in the reader's zone", async () => {
    const later = ok(
      await api.gql(PREVIEW, { date: '2026-12-03' }, { as: manager.token }),
      'digestPreview',
    );
    // By 08:00 on 12-03 Shanghai the slot (12-02 11:00) is past and the case is due within 72 h.
    expect(later.sections.map((section: any) => section.kind)).toEqual([
      'deadlines',
      'expiring',
      'restricted',
    ]);
  });

  it("never mentions another agency's records, and answers NOT_FOUND for its users", async () => {
    const other = await signUpAgency(api);
    const digest = ok(await api.gql(PREVIEW, {}, { as: other.token }), 'digestPreview');
    expect(digest.sections).toEqual([]);
    expect(digest.text).not.toContain('Haituo');
    const foreign = await api.gql(PREVIEW, { userId: manager.userId }, { as: other.token });
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('sendTestDigest', () => {
  it('delivers the viewer digest to her address over SMTP', async () => {
    const sent = await api.gql(`mutation { sendTestDigest }`, {}, { as: manager.token });
    expect(sent.data!.sendTestDigest).toBe(true);
    const message = inbox.find((received) => received.to.includes(manager.email));
    expect(message).toBeDefined();
    expect(message!.data).toMatch(/Subject: =\?UTF-8\?/);
    expect(message!.data).toContain('text/html');
  });
});
