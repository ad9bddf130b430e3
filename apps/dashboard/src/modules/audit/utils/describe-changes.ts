const MAX_VALUE_LENGTH = 60;

const show = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? value.map(show).join('、') : '[]';
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
};

/** An audit event's changes as "field: value" lines, nested objects one level deep ("to.status"). */
export const describeChanges = (changes: unknown): string[] => {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, unknown>).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>).map(
          ([inner, innerValue]) => `${key}.${inner}: ${show(innerValue)}`,
        )
      : [`${key}: ${show(value)}`],
  );
};
