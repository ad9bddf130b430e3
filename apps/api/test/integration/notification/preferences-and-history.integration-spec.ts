import { errorOf } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let owner: SignedUpAgency;

beforeAll(async () => {
  api = await startTestApi(); // no SMTP_URL: emails are kept, not sent
  owner = await signUpAgency(api);
});
afterAll(() => api.close());

describe('without an SMTP server', () => {
  it('keeps a test digest in the delivery history instead of sending it', async () => {
    const sent = await api.gql(`mutation { sendTestDigest }`, {}, { as: owner.token });
    expect(sent.data!.sendTestDigest).toBe(false);
    const history = ok(
      await api.gql(
        `{ myDeliveries(first: 5) { totalCount edges { node { kind status subject textBody toEmail } } } }`,
        {},
        { as: owner.token },
      ),
      'myDeliveries',
    );
    // (Another test file's worker may also have claimed a digest for this reader in the shared database.)
    const nodes = history.edges.map((edge: any) => edge.node);
    const testDigest = nodes.find((node: any) => node.kind === 'TEST');
    expect(testDigest).toMatchObject({ kind: 'TEST', status: 'STORED', toEmail: owner.email });
    expect(testDigest.subject).toMatch(/^VeriDesk 每日摘要/);
    expect(testDigest.textBody).toContain('/unsubscribe?token=');
    expect(nodes.every((node: any) => node.toEmail === owner.email)).toBe(true);
  });

  it("never shows another member's emails", async () => {
    const colleague = await addMember(api, owner.token, 'MANAGER');
    const theirs = ok(
      await api.gql(
        `{ myDeliveries { edges { node { kind toEmail } } } }`,
        {},
        { as: colleague.token },
      ),
      'myDeliveries',
    );
    expect(theirs.edges.filter((edge: any) => edge.node.toEmail !== colleague.email)).toEqual([]);
    expect(theirs.edges.filter((edge: any) => edge.node.kind === 'TEST')).toEqual([]);
  });
});

describe('notification preferences', () => {
  it('turns the digest weekly and mutes an alert kind, but never the overdue alert', async () => {
    const updated = ok(
      await api.gql(
        `mutation { updateNotificationPreferences(input: { digestFrequency: WEEKLY, mutedAlerts: [STORE_RESTRICTED] }) { digestEnabled digestFrequency mutedAlerts } }`,
        {},
        { as: owner.token },
      ),
      'updateNotificationPreferences',
    );
    expect(updated).toEqual({
      digestEnabled: true,
      digestFrequency: 'WEEKLY',
      mutedAlerts: ['STORE_RESTRICTED'],
    });
    const refused = await api.gql(
      `mutation { updateNotificationPreferences(input: { mutedAlerts: [CASE_OVERDUE] }) { mutedAlerts } }`,
      {},
      { as: owner.token },
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'mutedAlerts', code: 'NOT_ALLOWED' }],
    });
  });
});

describe('reminder ladders', () => {
  it('lets an ADMIN set the days for a document type; others keep the default', async () => {
    const set = ok(
      await api.gql(
        `mutation { updateReminderLadder(input: { documentType: BUSINESS_LICENSE, days: [45, 15, 3, -1] }) { documentType days custom } }`,
        {},
        { as: owner.token },
      ),
      'updateReminderLadder',
    );
    expect(set).toEqual({ documentType: 'BUSINESS_LICENSE', days: [45, 15, 3, -1], custom: true });
    const ladders = ok(
      await api.gql(`{ reminderLadders { documentType days custom } }`, {}, { as: owner.token }),
      'reminderLadders',
    );
    expect(ladders.find((ladder: any) => ladder.documentType === 'PRODUCT_FILING')).toEqual({
      documentType: 'PRODUCT_FILING',
      days: [90, 60, 30, 14, 7, 1, -1],
      custom: false,
    });
    const manager = await addMember(api, owner.token, 'MANAGER');
    const forbidden = await api.gql(
      `mutation { updateReminderLadder(input: { documentType: OTHER, days: [5] }) { custom } }`,
      {},
      { as: manager.token },
    );
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it.each([
    [[-30, 365], true],
    [[-31], false],
    [[366], false],
    [Array.from({ length: 12 }, (_, i) => i + 1), true],
    [Array.from({ length: 13 }, (_, i) => i + 1), false],
  ])('accepts a ladder of days %j: %s (each -30 to 365, at most 12)', async (days, accepted) => {
    const result = await api.gql(
      `mutation L($days: [Int!]!) { updateReminderLadder(input: { documentType: OTHER, days: $days }) { days } }`,
      { days },
      { as: owner.token },
    );
    if (accepted) expect(ok(result, 'updateReminderLadder').days).toHaveLength(days.length);
    else expect(errorOf(result).code).toBe('BAD_USER_INPUT');
  });
});
