import { documentRequestStatus, DocumentRequestState } from '../document-requests';

const NOW = new Date('2026-12-01T02:00:00.000Z');
const AN_HOUR = 3_600_000;
const open: DocumentRequestState = {
  revokedAt: null,
  submittedAt: null,
  reviewedAt: null,
  accepted: null,
  expiresAt: new Date(NOW.getTime() + AN_HOUR),
};
const past = new Date(NOW.getTime() - AN_HOUR);
const submitted = { ...open, submittedAt: past };

describe('documentRequestStatus', () => {
  it.each([
    ['OPEN before its expiry', open, 'OPEN'],
    ['EXPIRED at its expiry', { ...open, expiresAt: NOW }, 'EXPIRED'],
    ['EXPIRED after it', { ...open, expiresAt: past }, 'EXPIRED'],
    ['SUBMITTED, even past the expiry', { ...submitted, expiresAt: past }, 'SUBMITTED'],
    ['ACCEPTED', { ...submitted, reviewedAt: NOW, accepted: true }, 'ACCEPTED'],
    ['REJECTED', { ...submitted, reviewedAt: NOW, accepted: false }, 'REJECTED'],
    ['REVOKED while open', { ...open, revokedAt: past }, 'REVOKED'],
    ['REVOKED once submitted', { ...submitted, revokedAt: NOW }, 'REVOKED'],
  ] as const)('%s', (_label, state, status) => {
    expect(documentRequestStatus(state, NOW)).toBe(status);
  });
});
