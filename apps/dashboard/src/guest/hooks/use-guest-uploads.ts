import { useCallback, useEffect, useRef, useState } from 'react';
import { GuestApiError, uploadGuestFile } from '../utils/guest-api';

export const GUEST_SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const GUEST_MAX_SCAN_BYTES = 10 * 1024 * 1024;

export type GuestUpload = {
  key: string;
  name: string;
  preview: string | null;
  percent: number;
  fileId: string | null;
  /** A code: TOO_LARGE, UNSUPPORTED_TYPE, EMPTY, NETWORK_ERROR… */
  error: string | null;
};

/** Each picked file uploads at once (with progress); removing one aborts it if still on its way. */
export const useGuestUploads = (token: string) => {
  const [uploads, setUploads] = useState<GuestUpload[]>([]);
  const aborts = useRef(new Map<string, () => void>());
  const previews = useRef(new Set<string>());

  useEffect(
    () => () => {
      for (const url of previews.current) URL.revokeObjectURL(url);
    },
    [],
  );

  const patch = (key: string, change: Partial<GuestUpload>) =>
    setUploads((current) =>
      current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)),
    );

  const add = useCallback(
    (files: FileList | null) => {
      for (const file of Array.from(files ?? [])) {
        const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
        const preview = file.type.startsWith('image/') ? URL.createObjectURL(file) : null;
        if (preview) previews.current.add(preview);
        // The server sniffs the content anyway; these only spare a slow line a useless upload.
        const refused =
          file.size > GUEST_MAX_SCAN_BYTES
            ? 'TOO_LARGE'
            : file.type && !GUEST_SCAN_TYPES.includes(file.type)
              ? 'UNSUPPORTED_TYPE'
              : null;
        setUploads((current) => [
          ...current,
          { key, name: file.name, preview, percent: 0, fileId: null, error: refused },
        ]);
        if (refused) continue;
        const { promise, abort } = uploadGuestFile(token, file, (percent) =>
          patch(key, { percent }),
        );
        aborts.current.set(key, abort);
        promise
          .then((fileId) => patch(key, { fileId, percent: 100 }))
          .catch((error: unknown) => {
            if (error instanceof GuestApiError && error.code === 'ABORTED') return;
            patch(key, { error: error instanceof GuestApiError ? error.code : 'UPLOAD_FAILED' });
          })
          .finally(() => aborts.current.delete(key));
      }
    },
    [token],
  );

  const remove = useCallback((key: string) => {
    aborts.current.get(key)?.();
    setUploads((current) => current.filter((upload) => upload.key !== key));
  }, []);

  return { uploads, add, remove };
};
