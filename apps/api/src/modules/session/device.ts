import Bowser from 'bowser';

/** "Chrome 120 · macOS" from a User-Agent header; null when it names no known browser. */
export function deviceOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  if (!browser.name) return null;
  const major = browser.version?.split('.')[0];
  return [major ? `${browser.name} ${major}` : browser.name, os.name].filter(Boolean).join(' · ');
}
