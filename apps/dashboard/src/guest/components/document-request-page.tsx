import { GUEST_DOCUMENT_REQUEST, type GuestDocumentRequest } from '../graphql/guest.operations';
import { useGuestQuery } from '../hooks/use-guest-query';
import { fill, type GuestWords } from '../utils/guest-texts';
import { BEIJING_ZONE, calendarDay } from '../utils/guest-time';
import { DocumentRequestForm } from './document-request-form';
import { GuestUnavailable } from './guest-unavailable';

type DocumentRequestPageProps = { token: string; words: GuestWords };

const RequestStatus = ({
  request,
  words,
}: {
  request: GuestDocumentRequest;
  words: GuestWords;
}) => {
  const texts = words.guest.documentRequest;
  return (
    <section className="card status" role="status" data-testid="document-request-status">
      <p className="big">{texts.status[request.status]}</p>
      {request.status === 'SUBMITTED' ? <p className="muted">{texts.submittedHint}</p> : null}
      {request.status === 'REJECTED' ? (
        <>
          {request.reviewNote ? (
            <p className="issue blocker" data-testid="document-request-review-note">
              {fill(texts.rejectedNote, { note: request.reviewNote })}
            </p>
          ) : null}
          <p className="muted">{texts.rejectedNext}</p>
        </>
      ) : null}
    </section>
  );
};

/** /d/<token>: the seller photographs or picks the scan and types what it says; submits once. */
export const DocumentRequestPage = ({ token, words }: DocumentRequestPageProps) => {
  const texts = words.guest.documentRequest;
  const { data, errorCode, reload, replace } = useGuestQuery<
    GuestDocumentRequest,
    { guestDocumentRequest: GuestDocumentRequest }
  >(GUEST_DOCUMENT_REQUEST, token, (answer) => answer.guestDocumentRequest);

  if (errorCode) return <GuestUnavailable code={errorCode} words={words} onRetry={reload} />;
  if (!data) return <p className="boot">{words.guest.loading}</p>;

  const typeName = words.documentTypes[data.type] ?? data.type;
  return (
    <main className="page">
      <p className="muted">
        {fill(texts.intro, { agency: data.agencyName, entity: data.sellerEntityName })}
      </p>
      <h1 data-testid="document-request-type">{typeName}</h1>
      {data.message ? <p className="card">{data.message}</p> : null}
      {data.status === 'OPEN' ? (
        <>
          <p className="muted" style={{ marginTop: 12 }}>
            {fill(texts.expires, { date: calendarDay(data.expiresAt, BEIJING_ZONE) })}
          </p>
          <DocumentRequestForm token={token} words={words} onSubmitted={replace} />
        </>
      ) : (
        <RequestStatus request={data} words={words} />
      )}
    </main>
  );
};
