export type ScanType = {
  contentType: string;
  extension: string;
  /** The name endings that already say this type. */
  endings: RegExp;
};

/** The formats a scan may have, recognised by their first bytes — never by name or client header. */
const SIGNATURES: Array<ScanType & { bytes: number[] }> = [
  {
    contentType: 'application/pdf',
    extension: 'pdf',
    endings: /\.pdf$/i,
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  },
  {
    contentType: 'image/png',
    extension: 'png',
    endings: /\.png$/i,
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { contentType: 'image/jpeg', extension: 'jpg', endings: /\.jpe?g$/i, bytes: [0xff, 0xd8, 0xff] },
];
const SCAN_ENDING = /\.(pdf|png|jpe?g)$/i;

export function sniffContentType(data: Buffer): ScanType | null {
  const match = SIGNATURES.find(
    ({ bytes }) =>
      data.length >= bytes.length && bytes.every((byte, index) => data[index] === byte),
  );
  return match
    ? { contentType: match.contentType, extension: match.extension, endings: match.endings }
    : null;
}

/**
 * The client's file name without any path, control or bidi characters, at most 200 characters, and
 * ending in the extension of what the bytes are: a scan misnamed "licence.png" that holds a PDF is
 * kept as "licence.pdf", so it opens with the right program once downloaded.
 */
export function cleanFilename(name: string | undefined, type: ScanType): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim();
  // Counted in code points, so a cut never splits an emoji into an unstorable lone surrogate.
  if (type.endings.test(base) && [...base].length <= 200) return base;
  const stem = [...(base.replace(SCAN_ENDING, '').trim() || 'scan')]
    .slice(0, 200 - type.extension.length - 1)
    .join('');
  return `${stem}.${type.extension}`;
}
