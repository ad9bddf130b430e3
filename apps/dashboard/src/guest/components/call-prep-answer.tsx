import { useId, useState } from 'react';
import type { GuestWords } from '../utils/guest-texts';

type CallPrepAnswerProps = {
  ready: boolean | null;
  words: GuestWords;
  error: string | null;
  onAnswer: (ready: boolean, note: string | null) => Promise<boolean>;
};

/** "我已准备好" / "需要改约" with an optional note for the manager. */
export const CallPrepAnswer = ({ ready, words, error, onAnswer }: CallPrepAnswerProps) => {
  const texts = words.guest.callPrep;
  const noteId = useId();
  const [choice, setChoice] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const [sending, setSending] = useState(false);

  const send = async (value: boolean) => {
    setSending(true);
    const sent = await onAnswer(value, note.trim() || null);
    setSending(false);
    if (!sent) return;
    setEditing(false);
    setChoice(null);
    setNote('');
  };

  if (ready !== null && !editing) {
    return (
      <section className="card" data-testid="call-prep-answer">
        <p className={ready ? 'ok' : 'issue warning'} role="status">
          {ready ? texts.answeredReady : texts.answeredReschedule}
        </p>
        <button type="button" className="block" onClick={() => setEditing(true)}>
          {texts.change}
        </button>
      </section>
    );
  }

  return (
    <section className="card" data-testid="call-prep-answer">
      <h2>{texts.answerTitle}</h2>
      <div className="choices">
        <button
          type="button"
          className={choice === true ? 'primary selected' : 'primary'}
          disabled={sending}
          onClick={() => setChoice(true)}
        >
          {texts.ready}
        </button>
        <button
          type="button"
          className={choice === false ? 'danger selected' : 'danger'}
          disabled={sending}
          onClick={() => setChoice(false)}
        >
          {texts.reschedule}
        </button>
      </div>
      {choice !== null ? (
        <>
          <label className="field" htmlFor={noteId}>
            {texts.noteLabel}
          </label>
          <textarea
            id={noteId}
            value={note}
            maxLength={500}
            placeholder={choice ? '' : texts.notePlaceholder}
            onChange={(event) => setNote(event.target.value)}
          />
          <button
            type="button"
            className="primary block"
            disabled={sending}
            onClick={() => void send(choice)}
          >
            {texts.send}
          </button>
        </>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
};
