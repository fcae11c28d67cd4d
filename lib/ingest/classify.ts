/**
 * Decides whether a span between quotation marks is a quotation (words
 * somebody said or wrote) or something else in marks: a label, a rating, a
 * title, an abbreviation, or wording the text says was *not* used.
 */
import { LABEL_BEFORE, NEGATED_SPEECH, SPEECH_VERBS } from "./lexicon";
import type { Span } from "./marks";

export type NotQuotation = "empty" | "abbreviation" | "label" | "rating" | "title" | "negated" | "nested-phrase" | "name" | "nickname" | "username" | "no-speech-cue";

/** Verbs that name rather than report: what follows them in marks is a name, not words said. */
const NAMING = new Set("call calls called calling dub dubs dubbed nickname nicknamed name named known label labelled labeled".split(" "));
/** Forms of speech verbs not in SPEECH_VERBS that still tell words were said or written. */
const CUE_FORMS = new Set("saying telling warning writing adding asking insisting claiming describing calling accusing urging promising replying posting texting tweeting according".split(" "));
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|we|We|we're|we’re|my|My|our|Our|me|us)\b/u;
/** A noun after the marks that makes them a label: "its 'tragedy' label", "the 'inadequate' verdict". */
const LABEL_AFTER = /^\s*(?:verdict|rating|grade|label|warning|status|tag|badge|category|banner|brand|logo)\b/iu;
/** Naming phrases before the marks beyond LABEL_BEFORE: "what we call the 'X'", "graded 'X'", "the party's slogan, 'X'". */
const LABEL_BEFORE_MORE = /(?:\bcall(?:s|ed)?\s+(?:it|them|this|that)?\s*(?:the|a|an)|\b(?:graded|ranked|rated as|under the name|slogan\s*,?|motto\s*,?|banner\s*,?|Operation|Project))\s*$/iu;

/** Text of the sentence after the closing mark, up to its end. */
function sentenceAfter(paragraph: string, span: Span): string {
  const after = span.closed ? paragraph.slice(span.end + 1) : "";
  const m = /[.!?](?=\s|$)/u.exec(after);
  return m ? after.slice(0, m.index) : after;
}

const words = (s: string): string[] => (s.match(/[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase());

/** Whether the reporter's sentence around the span says words were said or written. */
function hasSpeechCue(paragraph: string, span: Span): boolean {
  const around = [...words(sentenceBefore(paragraph, span)), ...words(sentenceAfter(paragraph, span))];
  return around.some((w) => SPEECH_VERBS.has(w) || CUE_FORMS.has(w));
}

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

/** "The Beast", "the Peggy Plod,", "Spirit of Kelda": capitalised words, no sentence punctuation. */
function nameLike(text: string): boolean {
  const t = text.replace(/,$/u, "").replace(/^the\s+/u, "");
  if (/[.!?;:]/u.test(t) || !/^[\p{Lu}]/u.test(t)) return false;
  const ws = t.split(/\s+/u);
  return ws.length <= 6 && ws.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|on|by|in|a|an|to|at|de|la|le|von|van)$/u.test(w));
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
  // A rating moved either way: "moved his rating to 'sell' from 'hold'".
  if (/\b(?:rating|ratings|rated|grade|graded)\b/iu.test(sentenceBefore(paragraph, span)) && /\b(?:to|from)\s*$/iu.test(before) && text.split(/\s+/u).length <= 3) return "rating";
  const lead = sentenceBefore(paragraph, span).trimEnd();
  if (LABEL_BEFORE.test(lead) || LABEL_BEFORE_MORE.test(lead) || LABEL_AFTER.test(after)) return "label";
  if (titleCase(text) && text.split(/\s+/u).length <= 8 && (WORK_BEFORE.test(before) || WORK_AFTER.test(after))) return "title";
  // Darren "Dazza" Pike: a nickname inside a name.
  if (/[\p{Lu}][\p{L}'’.-]*\s$/u.test(before) && /^\s[\p{Lu}]/u.test(after) && text.split(/\s+/u).length <= 3) return "nickname";
  // @kestrel_swims, saltwater_sal: a username.
  if (/^@\S+$|^[\p{L}\d]+(?:_[\p{L}\d]*)+$/u.test(text)) return "username";
  const lastWords = words(before).slice(-3);
  // A tag right after the marks ("'Enough,' Brenn said"), not a verb further on ("… and never changed to 'Read'").
  const following = words(sentenceAfter(paragraph, span));
  const tagAfterIt = /^(?:and|but|or|to|from|as|at|in|on|with|by|for)$/u.test(following[0] ?? "") ? [] : following.slice(0, 3);
  const spoken = [...lastWords, ...tagAfterIt].some((w) => SPEECH_VERBS.has(w) && !NAMING.has(w));
  // 'The Beast', "the Kiln", 'Roadwatch': a name in marks (of a car, a place, a plan, a work), not words said.
  if (!spoken && nameLike(text)) return "name";
  // A short fragment in marks with no speech verb, document or first person anywhere near: scare quotes or a term.
  const inSentence = before.trim() !== "" && !/[:]\s*$/u.test(before) && !/[.!?]\s*$/u.test(before.trim());
  if (inSentence && text.split(/\s+/u).length <= 4 && !FIRST_PERSON.test(text) && !hasSpeechCue(paragraph, span)) return "no-speech-cue";
  return undefined;
}
