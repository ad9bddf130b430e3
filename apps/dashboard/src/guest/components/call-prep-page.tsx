import { useState } from 'react';
import { ANSWER_CALL_PREP, CALL_PREP, type CallPrep } from '../graphql/guest.operations';
import { useGuestQuery } from '../hooks/use-guest-query';
import { useNow } from '../hooks/use-now';
import { GuestApiError, guestRequest } from '../utils/guest-api';
import { fill, type GuestWords } from '../utils/guest-texts';
import { BEIJING_ZONE, calendarDay, clockTime, countdown, wallClock } from '../utils/guest-time';
import { CallPrepAnswer } from './call-prep-answer';
import { CallPrepChecklist } from './call-prep-checklist';
import { GuestUnavailable } from './guest-unavailable';

type CallPrepPageProps = { token: string; words: GuestWords };

const Countdown = ({ prep, words }: { prep: CallPrep; words: GuestWords }) => {
  const now = useNow();
  const texts = words.guest.callPrep;
  const target = prep.appointment?.startsAt ?? prep.deadlineAt;
  const left = countdown(target, now);
  return (
    <section className="card hero" aria-live="polite" data-testid="call-prep-countdown">
      <p className="muted">{prep.appointment ? texts.untilSlot : texts.untilDeadline}</p>
      {left.past ? (
        <p className="pair">{prep.appointment ? texts.started : texts.passedDeadline}</p>
      ) : (
        <p className="countdown">
          {left.days > 0 ? (
            <>
              <b>{left.days}</b>
              <span>{texts.days}</span>
            </>
          ) : null}
          <b>{left.hours}</b>
          <span>{texts.hours}</span>
          <b>{left.minutes}</b>
          <span>{texts.minutes}</span>
        </p>
      )}
    </section>
  );
};

const Slot = ({ prep, words }: { prep: CallPrep; words: GuestWords }) => {
  const texts = words.guest.callPrep;
  const appointment = prep.appointment;
  const city = (zone: string) => words.cities[zone] ?? zone;
  return (
    <section className="card">
      <h2>{texts.slot}</h2>
      {appointment ? (
        <>
          <p className="muted">{calendarDay(appointment.startsAt, appointment.siteTimeZone)}</p>
          <p className="pair" data-testid="call-prep-slot">
            {clockTime(appointment.startsAt, appointment.siteTimeZone)}{' '}
            {city(appointment.siteTimeZone)}
            <span className="eq">=</span>
            {clockTime(appointment.startsAt, BEIJING_ZONE)} {city(BEIJING_ZONE)}
          </p>
        </>
      ) : (
        <p className="muted">{texts.noSlot}</p>
      )}
      <div className="row">
        <span className="muted">{texts.deadline}</span>
        <span data-testid="call-prep-deadline">
          {fill(texts.deadlineAt, { at: wallClock(prep.deadlineAt, BEIJING_ZONE) })}
        </span>
      </div>
    </section>
  );
};

const Readiness = ({ prep, words }: { prep: CallPrep; words: GuestWords }) => {
  const texts = words.guest.callPrep;
  return (
    <section className="card" data-testid="call-prep-readiness">
      <h2>{texts.blockersTitle}</h2>
      {prep.blockers.length ? (
        <ul className="plain">
          {prep.blockers.map((blocker) => (
            <li key={blocker} className="issue blocker">
              {blocker}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ok">{texts.noBlockers}</p>
      )}
      {prep.warnings.length ? (
        <>
          <h2 style={{ marginTop: 16 }}>{texts.warningsTitle}</h2>
          <ul className="plain">
            {prep.warnings.map((warning) => (
              <li key={warning} className="issue warning">
                {warning}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 style={{ marginTop: 16 }}>{texts.bringTitle}</h2>
      <ul className="plain bring">
        <li>{texts.bring.idCard}</li>
        <li>{texts.bring.license}</li>
      </ul>
      {prep.documents.length ? (
        <>
          <h2 style={{ marginTop: 16 }}>{texts.documentsTitle}</h2>
          {prep.documents.map((document, index) => (
            <div className="row" key={`${document.type}-${index}`}>
              <span>{words.documentTypes[document.type] ?? document.type}</span>
              <span
                className={document.status === 'VALID' ? 'muted' : 'error'}
                style={{ marginTop: 0 }}
              >
                {document.expiresOn
                  ? fill(texts.expiresOn, { date: document.expiresOn })
                  : texts.longTerm}
              </span>
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
};

/** /p/<token>: what the legal representative needs before the video call, on a phone. */
export const CallPrepPage = ({ token, words }: CallPrepPageProps) => {
  const texts = words.guest.callPrep;
  const { data, errorCode, reload, replace } = useGuestQuery<CallPrep, { callPrep: CallPrep }>(
    CALL_PREP,
    token,
    (answer) => answer.callPrep,
  );
  const [answerError, setAnswerError] = useState<string | null>(null);

  if (errorCode) return <GuestUnavailable code={errorCode} words={words} onRetry={reload} />;
  if (!data) return <p className="boot">{words.guest.loading}</p>;

  const answer = async (ready: boolean, note: string | null) => {
    setAnswerError(null);
    try {
      const result = await guestRequest<{ answerCallPrep: CallPrep }>(ANSWER_CALL_PREP, {
        token,
        ready,
        note,
      });
      replace(result.answerCallPrep);
      return true;
    } catch (error) {
      setAnswerError(error instanceof GuestApiError ? error.message : String(error));
      return false;
    }
  };

  return (
    <main className="page">
      <h1>{fill(texts.greeting, { name: data.representativeName })}</h1>
      <p className="muted">{fill(texts.intro, { entity: data.sellerEntityName })}</p>
      <Countdown prep={data} words={words} />
      <Slot prep={data} words={words} />
      <Readiness prep={data} words={words} />
      <CallPrepChecklist token={token} prep={data} words={words} onChange={replace} />
      <CallPrepAnswer ready={data.ready} words={words} error={answerError} onAnswer={answer} />
      <footer className="footer muted">
        {data.managerName ? <p>{fill(texts.manager, { name: data.managerName })}</p> : null}
        <p>{fill(texts.agency, { agency: data.agencyName })}</p>
      </footer>
    </main>
  );
};
