import { freshAccessToken } from '../../auth/utils/refresh-session';

export type StoredScan = {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
};

export type ScanUploadError = { code: string; message: string };

export const ACCEPTED_SCAN_TYPES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

const authorization = async (): Promise<Record<string, string>> => {
  // The same short-lived token the GraphQL link sends, renewed first when about to expire.
  const token = await freshAccessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

// The API answers with its public URL; fetch the same path from this origin (the dev proxy too).
const sameOriginPath = (url: string): string => {
  const parsed = new URL(url, window.location.origin);
  return `${parsed.pathname}${parsed.search}`;
};

/** POST /files (multipart field `file`): stores a PDF, JPEG or PNG scan and describes it. */
export const uploadScan = async (file: File): Promise<StoredScan> => {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/files', {
      method: 'POST',
      credentials: 'same-origin',
      headers: await authorization(),
      body,
    });
  } catch {
    throw { code: 'NETWORK_ERROR', message: 'network error' } satisfies ScanUploadError;
  }
  const json = (await response.json().catch(() => null)) as
    (StoredScan & { code?: string; message?: string; fieldErrors?: ScanUploadError[] }) | null;
  if (!response.ok || !json) {
    const fieldError = json?.fieldErrors?.[0];
    throw {
      code:
        fieldError?.code ?? json?.code ?? (response.status === 413 ? 'TOO_LARGE' : 'UPLOAD_FAILED'),
      message: fieldError?.message ?? json?.message ?? response.statusText,
    } satisfies ScanUploadError;
  }
  return json;
};

/** The scan's bytes, fetched with the Authorization header (a plain link would not carry it). */
export const fetchScan = async (url: string): Promise<Blob> => {
  const response = await fetch(sameOriginPath(url), {
    credentials: 'same-origin',
    headers: await authorization(),
  });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.blob();
};
