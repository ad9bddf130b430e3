import { loadConfig } from '../../../../engine/config/configuration';
import { UnsubscribeTokens } from '../unsubscribe-token.service';

const tokens = (secret: string) =>
  new UnsubscribeTokens(
    loadConfig({
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      AUTH_SECRET: secret,
      PUBLIC_URL: 'https://desk.example.com/',
      ID_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      ID_HASH_KEY: 'h'.repeat(32),
    }),
  );
const claims = {
  agencyId: '7d1f7c1e-0000-4000-8000-000000000001',
  membershipId: '7d1f7c1e-0000-4000-8000-000000000002',
};

describe('one-click unsubscribe links', () => {
  const ours = tokens('a'.repeat(32));

  it('name the member they were signed for', () => {
    expect(ours.verify(ours.sign(claims))).toEqual(claims);
  });

  it('point at the public /unsubscribe page with the token', () => {
    const url = new URL(ours.url(claims));
    expect(`${url.origin}${url.pathname}`).toBe('https://desk.example.com/unsubscribe');
    expect(ours.verify(url.searchParams.get('token')!)).toEqual(claims);
  });

  it('refuse a token edited to name another member, even with its old signature', () => {
    const [, mac] = ours.sign(claims).split('.');
    const other = { ...claims, membershipId: '7d1f7c1e-0000-4000-8000-000000000003' };
    const forged = `${Buffer.from(`${other.agencyId}.${other.membershipId}`).toString('base64url')}.${mac}`;
    expect(ours.verify(forged)).toBeNull();
  });

  it('refuse a token signed with another secret (another deployment, or a rotated AUTH_SECRET)', () => {
    expect(ours.verify(tokens('b'.repeat(32)).sign(claims))).toBeNull();
  });

  it.each(['', 'no-dot', '.', 'abc.', '.abc', `${'x'.repeat(10)}.${'y'.repeat(43)}`])(
    'refuse the malformed token %j',
    (token) => {
      expect(ours.verify(token)).toBeNull();
    },
  );
});
