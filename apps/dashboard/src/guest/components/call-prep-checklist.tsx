import { useState } from 'react';
import { type CallPrep, TICK_CALL_PREP_ITEM } from '../graphql/guest.operations';
import { guestRequest } from '../utils/guest-api';
import { fill, type GuestWords } from '../utils/guest-texts';

type CallPrepChecklistProps = {
  token: string;
  prep: CallPrep;
  words: GuestWords;
  onChange: (next: CallPrep) => void;
};

/** The case's own checklist: a tick here is the manager's tick too. */
export const CallPrepChecklist = ({ token, prep, words, onChange }: CallPrepChecklistProps) => {
  const texts = words.guest.callPrep;
  // A tick shows at once; the server's answer (or a failure) settles it.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [failed, setFailed] = useState<string | null>(null);
  const items = prep.checklist.map((item) => ({ ...item, done: pending[item.key] ?? item.done }));
  const done = items.filter((item) => item.done).length;

  const toggle = async (key: string, next: boolean) => {
    setFailed(null);
    setPending((current) => ({ ...current, [key]: next }));
    try {
      const result = await guestRequest<{ tickCallPrepItem: CallPrep }>(TICK_CALL_PREP_ITEM, {
        token,
        key,
        done: next,
      });
      onChange(result.tickCallPrepItem);
    } catch {
      setFailed(key);
    } finally {
      setPending((current) => {
        const rest = { ...current };
        delete rest[key];
        return rest;
      });
    }
  };

  return (
    <section className="card" data-testid="call-prep-checklist">
      <h2>{texts.checklistTitle}</h2>
      <p className="muted">{fill(texts.checklistProgress, { done, total: items.length })}</p>
      <div className="progress" aria-hidden>
        <i style={{ width: `${items.length ? (done / items.length) * 100 : 0}%` }} />
      </div>
      {items.map((item) => (
        <label key={item.key} className={item.done ? 'tick done' : 'tick'}>
          <input
            type="checkbox"
            checked={item.done}
            disabled={item.key in pending}
            onChange={(event) => void toggle(item.key, event.target.checked)}
          />
          <span>
            {words.checklist[item.key] ?? item.label}
            {failed === item.key ? (
              <span className="error" role="alert" style={{ display: 'block' }}>
                {texts.tickFailed}
              </span>
            ) : null}
          </span>
        </label>
      ))}
    </section>
  );
};
