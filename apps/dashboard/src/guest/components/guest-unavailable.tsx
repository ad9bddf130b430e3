import type { GuestWords } from '../utils/guest-texts';

type GuestUnavailableProps = { code: string; words: GuestWords; onRetry?: () => void };

/** An unknown, expired or revoked link (all the same to the guest), too many tries, or no network. */
export const GuestUnavailable = ({ code, words, onRetry }: GuestUnavailableProps) => {
  const texts = words.guest.unavailable;
  const network = code === 'NETWORK_ERROR' || code === 'INTERNAL_SERVER_ERROR';
  return (
    <main className="page">
      <div className="card status" role="alert" data-testid="guest-unavailable">
        <p className="big">{network ? texts.network : texts.title}</p>
        {network ? null : (
          <p className="muted">{code === 'RATE_LIMITED' ? texts.rateLimited : texts.body}</p>
        )}
        {network && onRetry ? (
          <button type="button" className="primary block" onClick={onRetry}>
            {texts.retry}
          </button>
        ) : null}
      </div>
    </main>
  );
};
