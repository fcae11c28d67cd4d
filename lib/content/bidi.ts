/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069). An override makes text read differently from what it says
 * ("invoice‮fdp.exe" shows as "invoiceexe.pdf") in a page, a title, a feed
 * reader or a share card alike. Left-to-right and right-to-left marks stay:
 * real right-to-left text needs them, and they cannot reorder anything.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Every string in a parsed content value, without bidi controls. Applied once
 * at the boundary, so nothing downstream (HTML, JSON-LD, feeds, cards) can
 * render one.
 */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === "string") return value.replace(BIDI_CONTROLS, "") as T;
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidiControls(v)])) as T;
  }
  return value;
}
