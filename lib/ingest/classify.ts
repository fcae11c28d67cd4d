/**
 * Decides whether a span between quotation marks is a quotation (words
 * somebody said or wrote) or something else in marks: a label, a rating, a
 * title, an abbreviation, or wording the text says was *not* used.
 */
import { LABEL_BEFORE, NEGATED_SPEECH, SPEECH_VERBS } from "./lexicon";
import type { Span } from "./marks";

export type NotQuotation = "empty" | "abbreviation" | "label" | "rating" | "title" | "negated" | "nested-phrase";

const WORKS = "song|album|film|movie|book|novel|memoir|show|series|programme|program|play|single|track|musical|poem|painting|exhibition|documentary|podcast|opera|ballet|game|magazine|newspaper|tour";
const WORK_BEFORE = new RegExp(`\\b(?:${WORKS})\\s*,?\\s*$`, "iu");
const WORK_AFTER = new RegExp(`^\\s*(?:${WORKS})\\b`, "iu");
const OPEN_MARK = `["“‘']`;
const CLOSE_MARK = `["”’']`;

/** "Every Word Capitalised", as titles of works are written. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || (w.length <= 3 && /^[a-z]+$/u.test(w)));
}

/** Text of the paragraph before the opening mark, back to the start of its sentence. */
function sentenceBefore(paragraph: string, span: Span): string {
  const before = paragraph.slice(0, Math.max(0, span.start - 1));
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  return cut >= 0 ? before.slice(cut + 2) : before;
}

/**
 * A quotation inside a quotation is kept only when a speech verb introduces it
 * ("the pilot shouted to the crew 'hold on …'"); otherwise it is a phrase
 * in marks within the speaker's words (a nickname, an abbreviation, a hypothetical).
 */
export function nestedIsQuotation(paragraph: string, span: Span, parentStart = 0): boolean {
  // Only the outer quotation's own words count: "X said: “Our ‘D’ …”" has no verb before ‘D’.
  const before = paragraph.slice(parentStart, Math.max(parentStart, span.start - 1)).trimEnd();
  // "said 'X'", "told me: 'X'", "shouted to the crew 'X'": the verb is one of the last three words.
  if (!/[\p{L}]\s*[:,]?$/u.test(before)) return false;
  const w = (before.match(/[\p{L}'’-]+/gu) ?? []).slice(-3).map((x) => x.toLowerCase());
  const [a, b, c] = [w[w.length - 3], w[w.length - 2], w[w.length - 1]];
  const verb = [c, b, b === "to" ? undefined : undefined, a && b === "to" ? a : undefined].find((x) => x !== undefined && SPEECH_VERBS.has(x));
  return verb !== undefined && !NEGATED_SPEECH.test(before);
}

/** Why a span is not a quotation, or undefined when it is one. */
export function notQuotation(paragraph: string, span: Span, parentStart?: number): NotQuotation | undefined {
  const text = span.text.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return "empty";
  if (span.parent !== undefined && !nestedIsQuotation(paragraph, span, parentStart)) return "nested-phrase";
  // 'D', "NHS": letters in marks are an abbreviation, not words spoken.
  if (/^[\p{Lu}\d&.]{1,4}$/u.test(text)) return "abbreviation";
  const before = paragraph.slice(0, Math.max(0, span.start - 1));
  const after = span.closed ? paragraph.slice(span.end + 1) : "";
  if (NEGATED_SPEECH.test(before.trimEnd())) return "negated";
  // Ratings and grades: upgraded from "neutral" to "outperform".
  if (/\bfrom\s*$/iu.test(before) && new RegExp(`^\\s*to\\s*${OPEN_MARK}`, "u").test(after)) return "rating";
  if (new RegExp(`\\bfrom\\s*${OPEN_MARK}[^"“”‘’']{1,40}${CLOSE_MARK}\\s*to\\s*$`, "iu").test(before)) return "rating";
  if (LABEL_BEFORE.test(sentenceBefore(paragraph, span).trimEnd())) return "label";
  if (titleCase(text) && text.split(/\s+/u).length <= 8 && (WORK_BEFORE.test(before) || WORK_AFTER.test(after))) return "title";
  return undefined;
}
