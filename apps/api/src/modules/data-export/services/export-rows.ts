import type { Sealed } from '../../../engine/crypto/personal-data-cipher.service';

/** Sealed columns an export opens: the agency owns its representatives' ID and phone numbers. */
const OPENED = ['id_number', 'phone'];
/**
 * Columns an export leaves out: credentials and their hashes (sessions, API keys, links, feeds),
 * sealed secrets (channel webhooks), keyed fingerprints. They open nothing for the agency and would
 * let a leaked archive act as it.
 */
const SECRET_COLUMN = /(_ciphertext|_hash)$/;

/**
 * A row as the export writes it: ID and phone numbers opened (`id_number`, `phone`), secrets left
 * out, everything else as PostgreSQL returned it.
 */
export function exportRow(
  row: Record<string, unknown>,
  open: (sealed: Sealed) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (SECRET_COLUMN.test(column)) continue;
    // The id of the key that sealed a column goes with it.
    if (column.endsWith('_key_id') && `${column.slice(0, -'_key_id'.length)}_ciphertext` in row)
      continue;
    out[column] = value;
  }
  for (const name of OPENED) {
    const ciphertext = row[`${name}_ciphertext`];
    const keyId = row[`${name}_key_id`];
    if (typeof ciphertext === 'string' && typeof keyId === 'string')
      out[name] = open({ ciphertext, keyId });
    else if (`${name}_ciphertext` in row) out[name] = null;
  }
  return out;
}
