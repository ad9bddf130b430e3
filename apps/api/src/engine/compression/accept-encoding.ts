/**
 * The encodings VeriDesk sends, best first, with the suffix of the copies the dashboard's build writes
 * beside an asset (apps/dashboard/tools/precompress.ts).
 */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['name'];

/**
 * The encodings a request accepts, from its Accept-Encoding (`br;q=0` refuses brotli; `*` accepts
 * any encoding not named). Without the header, none: the identity file is always acceptable.
 */
export function acceptedEncodings(header: string | undefined): Set<Encoding> {
  const accepted = new Set<Encoding>();
  if (!header) return accepted;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...parameters] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  for (const { name } of ENCODINGS) {
    const weight = weights.get(name) ?? (name === 'gzip' ? weights.get('x-gzip') : undefined);
    if ((weight ?? weights.get('*') ?? 0) > 0) accepted.add(name);
  }
  return accepted;
}
