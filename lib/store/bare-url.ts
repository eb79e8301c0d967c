/**
 * A reading remembers the page it came from without its query string and fragment: share links
 * carry tokens (`?auth=…`), and the reader has already turned the query's period and filter into
 * the reading's `period` and metric key, so nothing a goal needs is lost (README, privacy).
 */
export function bareUrl(url: string): string {
  try {
    const u = new URL(url);
    u.search = '';
    u.hash = '';
    return u.href;
  } catch {
    // Not a URL we can parse (an old record, an import): cut at the first `?` or `#` anyway.
    return url.replace(/[?#].*$/s, '');
  }
}

/** The same reading without query and fragment in its URL (for export, import and a migration). */
export function withBareUrl<T extends { url?: string }>(reading: T): T {
  return reading.url === undefined ? reading : { ...reading, url: bareUrl(reading.url) };
}
