import { type FormEvent, useId, useState } from 'react';
import { type GuestDocumentRequest, SUBMIT_DOCUMENT_REQUEST } from '../graphql/guest.operations';
import { useGuestUploads } from '../hooks/use-guest-uploads';
import { GuestApiError, guestRequest } from '../utils/guest-api';
import { fill, type GuestWords } from '../utils/guest-texts';

type DocumentRequestFormProps = {
  token: string;
  words: GuestWords;
  onSubmitted: (request: GuestDocumentRequest) => void;
};

type FieldName = 'fileIds' | 'number' | 'issuedOn' | 'expiresOn' | 'form';

// "input.expiresOn" or "expiresOn" → expiresOn; anything else shows above the submit button.
const fieldOf = (field: string): FieldName => {
  const last = field.split('.').pop() ?? '';
  if (last === 'fileIds' || last === 'fileId') return 'fileIds';
  if (last === 'number' || last === 'issuedOn' || last === 'expiresOn') return last;
  if (last === 'longTerm') return 'expiresOn';
  return 'form';
};

/** Scans (photos or files, several pages) and what the document says; sent once. */
export const DocumentRequestForm = ({ token, words, onSubmitted }: DocumentRequestFormProps) => {
  const texts = words.guest.documentRequest;
  const ids = { files: useId(), number: useId(), issuedOn: useId(), expiresOn: useId() };
  const { uploads, add, remove } = useGuestUploads(token);
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [longTerm, setLongTerm] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [submitting, setSubmitting] = useState(false);

  const fieldError = (code: string) =>
    (words.guest.fieldErrors as Record<string, string>)[code] ?? words.guest.fieldErrors.fallback;
  const fileError = (code: string) =>
    (words.guest.fileErrors as Record<string, string>)[code] ?? words.guest.fileErrors.fallback;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fileIds = uploads.flatMap((upload) => (upload.fileId ? [upload.fileId] : []));
    if (uploads.some((upload) => !upload.fileId && !upload.error)) {
      setErrors({ fileIds: texts.waitUploads });
      return;
    }
    if (fileIds.length === 0) {
      setErrors({ fileIds: texts.needFile });
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const result = await guestRequest<{ submitDocumentRequest: GuestDocumentRequest }>(
        SUBMIT_DOCUMENT_REQUEST,
        {
          token,
          input: {
            fileIds,
            number: number.trim() || null,
            issuedOn: issuedOn || null,
            expiresOn: longTerm ? null : expiresOn || null,
            longTerm,
          },
        },
      );
      onSubmitted(result.submitDocumentRequest);
    } catch (error) {
      if (error instanceof GuestApiError && error.fieldErrors.length) {
        const next: Partial<Record<FieldName, string>> = {};
        for (const field of error.fieldErrors)
          next[fieldOf(field.field)] ??= fieldError(field.code);
        setErrors({ ...next, form: next.form ?? texts.fixFields });
      } else {
        setErrors({ form: error instanceof Error ? error.message : String(error) });
      }
      setSubmitting(false);
    }
  };

  const describedBy = (field: FieldName) => (errors[field] ? `${ids.files}-${field}` : undefined);
  const errorLine = (field: FieldName) =>
    errors[field] ? (
      <p className="error" id={`${ids.files}-${field}`} role="alert">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{texts.filesTitle}</h2>
      <p className="muted">{texts.filesHint}</p>
      <div data-testid="guest-uploads">
        {uploads.map((upload) => (
          <div className="upload" key={upload.key}>
            {upload.preview ? (
              <img src={upload.preview} alt="" />
            ) : (
              <span className="thumb">PDF</span>
            )}
            <span className="name">
              {upload.name}
              <br />
              {upload.error ? (
                <span className="error">{fileError(upload.error)}</span>
              ) : (
                <span className="muted">
                  {upload.fileId
                    ? texts.uploaded
                    : fill(texts.uploading, { percent: upload.percent })}
                </span>
              )}
            </span>
            <button type="button" onClick={() => remove(upload.key)}>
              {texts.remove}
            </button>
          </div>
        ))}
      </div>
      <label className="picker" htmlFor={ids.files} style={{ display: 'block', marginTop: 8 }}>
        <span className="button block">{texts.pick}</span>
        <input
          id={ids.files}
          type="file"
          accept="image/*,application/pdf"
          capture="environment"
          multiple
          aria-describedby={describedBy('fileIds')}
          onChange={(event) => {
            add(event.target.files);
            setErrors((current) => ({ ...current, fileIds: undefined }));
            event.target.value = '';
          }}
        />
      </label>
      {errorLine('fileIds')}

      <label className={errors.number ? 'field invalid' : 'field'} htmlFor={ids.number}>
        {texts.number}
      </label>
      <input
        id={ids.number}
        type="text"
        autoComplete="off"
        value={number}
        className={errors.number ? 'invalid' : undefined}
        aria-invalid={Boolean(errors.number)}
        aria-describedby={describedBy('number')}
        onChange={(event) => setNumber(event.target.value)}
      />
      {errorLine('number')}

      <label className="field" htmlFor={ids.issuedOn}>
        {texts.issuedOn}
      </label>
      <input
        id={ids.issuedOn}
        type="date"
        value={issuedOn}
        className={errors.issuedOn ? 'invalid' : undefined}
        aria-invalid={Boolean(errors.issuedOn)}
        aria-describedby={describedBy('issuedOn')}
        onChange={(event) => setIssuedOn(event.target.value)}
      />
      {errorLine('issuedOn')}

      <label className="switch">
        <span>{texts.longTerm}</span>
        <input
          type="checkbox"
          role="switch"
          checked={longTerm}
          onChange={(event) => setLongTerm(event.target.checked)}
        />
      </label>
      <label className="field" htmlFor={ids.expiresOn}>
        {texts.expiresOn}
      </label>
      <input
        id={ids.expiresOn}
        type="date"
        value={longTerm ? '' : expiresOn}
        disabled={longTerm}
        className={errors.expiresOn ? 'invalid' : undefined}
        aria-invalid={Boolean(errors.expiresOn)}
        aria-describedby={describedBy('expiresOn')}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      {errorLine('expiresOn')}

      {errorLine('form')}
      <button type="submit" className="primary block" disabled={submitting}>
        {submitting ? texts.submitting : texts.submit}
      </button>
    </form>
  );
};
