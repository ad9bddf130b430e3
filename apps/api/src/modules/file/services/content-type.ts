/** The formats a scan may have, recognised by their first bytes — never by name or client header. */
const SIGNATURES: Array<{ contentType: string; extension: string; bytes: number[] }> = [
  { contentType: 'application/pdf', extension: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  {
    contentType: 'image/png',
    extension: 'png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { contentType: 'image/jpeg', extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffContentType(data: Buffer): { contentType: string; extension: string } | null {
  const match = SIGNATURES.find(
    ({ bytes }) =>
      data.length >= bytes.length && bytes.every((byte, index) => data[index] === byte),
  );
  return match ? { contentType: match.contentType, extension: match.extension } : null;
}

/** The client's file name without any path, control or bidi characters, at most 200 characters. */
export function cleanFilename(name: string | undefined, extension: string): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return base || `scan.${extension}`;
}
