// The guest pages' whole GraphQL client: one POST to /graphql, no cache, no credentials (the token
// in the URL is the only key). Errors come back in the contract's shape: a code and field errors.

export type GuestFieldError = { field: string; code: string; message: string };

export class GuestApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors: GuestFieldError[] = [],
  ) {
    super(message);
  }
}

type GraphQLAnswer<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: GuestFieldError[] } }[];
};

export const guestRequest = async <T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<T> => {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GuestApiError('NETWORK_ERROR', 'network error');
  }
  const answer = (await response.json().catch(() => null)) as GraphQLAnswer<T> | null;
  const first = answer?.errors?.[0];
  if (first) {
    throw new GuestApiError(
      first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      first.message,
      first.extensions?.fieldErrors ?? [],
    );
  }
  if (!answer?.data) throw new GuestApiError('NETWORK_ERROR', response.statusText);
  return answer.data;
};

/**
 * POST /guest/<token>/files (multipart field `file`) with upload progress (fetch has none):
 * resolves with the stored file's id.
 */
export const uploadGuestFile = (
  token: string,
  file: File,
  onProgress: (percent: number) => void,
): { promise: Promise<string>; abort: () => void } => {
  const request = new XMLHttpRequest();
  const promise = new Promise<string>((resolve, reject) => {
    request.open('POST', `/guest/${encodeURIComponent(token)}/files`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as {
        id?: string;
        code?: string;
        message?: string;
        fieldErrors?: GuestFieldError[];
      } | null;
      if (request.status >= 200 && request.status < 300 && body?.id) return resolve(body.id);
      const fieldError = body?.fieldErrors?.[0];
      reject(
        new GuestApiError(
          fieldError?.code ??
            body?.code ??
            (request.status === 413 ? 'TOO_LARGE' : 'UPLOAD_FAILED'),
          fieldError?.message ?? body?.message ?? String(request.status),
        ),
      );
    };
    request.onerror = () => reject(new GuestApiError('NETWORK_ERROR', 'network error'));
    request.onabort = () => reject(new GuestApiError('ABORTED', 'aborted'));
    const body = new FormData();
    body.append('file', file, file.name);
    request.send(body);
  });
  return { promise, abort: () => request.abort() };
};

/** The link's token: the last segment of /p/<token> or /d/<token>. */
export const guestRoute = (
  pathname: string,
): { kind: 'call-prep' | 'document-request'; token: string } | null => {
  const match = /^\/(p|d)\/([A-Za-z0-9_-]{16,})\/?$/.exec(pathname);
  if (!match) return null;
  return { kind: match[1] === 'p' ? 'call-prep' : 'document-request', token: match[2] };
};
