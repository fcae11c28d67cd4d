/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069). Inside our pages the markup around a string limits them;
 * in a title, a feed reader or a share card nothing does, and an override
 * can make text read differently from what it says ("exe.pdf"). Left-to-right
 * and right-to-left marks stay: real right-to-left text needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text as published outside our pages (titles, descriptions, feeds, JSON-LD, cards): one line, no bidi overrides. */
export function displayText(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(/\s+/g, " ").trim();
}

/**
 * A quotation lifted out of its sentence: the comma that led back into the
 * reporter's words ("… onto the page," he said) has nothing to lead to.
 */
export function shareableQuote(text: string): string {
  return displayText(text).replace(/[,;:]$/u, "");
}

/** "A", "A and B", "A, B and C" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
