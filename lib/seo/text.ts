import { BIDI_CONTROLS } from "../content/bidi";

/**
 * Text as published outside our pages (titles, descriptions, feeds, JSON-LD,
 * cards): one line, no bidi overrides (the parser already drops them; this
 * keeps values built here from other sources just as safe).
 */
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
