/**
 * URL policy: the app only ever links to, or fetches from, http: and https: URLs. Everything else
 * (javascript:, data:, vbscript:, file:, blob:, protocol-relative "//host") is refused.
 */

// The WHATWG parser silently strips leading/trailing controls and spaces and removes tabs and
// newlines anywhere ("java\tscript:" → "javascript:"). We refuse such input outright rather than
// depend on what the repaired string turns out to be.
function hasControlOrEdgeSpace(value: string): boolean {
  if (/^\s|\s$/.test(value)) return true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Parses `value` (relative to `base` if given) and keeps it only when it is a plain http(s) URL. */
function parseHttp(value: string, base?: string): URL | null {
  if (typeof value !== 'string' || hasControlOrEdgeSpace(value)) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // "https://trusted.example@evil.example" reads as the trusted site; no news link needs credentials.
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

/** The normalised absolute URL when `value` is an absolute http: or https: URL; otherwise null. */
export function safeHttpUrl(value: string): string | null {
  return parseHttp(value)?.href ?? null;
}

/** Resolves the `?data=` parameter against the page URL; null unless the result is http(s). */
export function resolveDataUrl(value: string, base: string): URL | null {
  if (typeof base !== 'string' || value === '') return null;
  return parseHttp(value, base);
}
