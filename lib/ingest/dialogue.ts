/**
 * Untagged dialogue: who speaks a line of quotation that stands alone in its
 * paragraph. Feature writers leave lines untagged when the turn is obvious to
 * a reader: the person just addressed by name answers, a short line answers
 * the short line before it, and a line after a paragraph about someone's
 * action is that person's, unless the action was a silent answer (a nod).
 */

const NOT_NAMES = new Set("I I'm I've I'll I'd OK Okay Mum Dad Mam Sir Madam Miss Gran God Lord Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "));

/**
 * A name the quotation addresses: "Where are your mates, Kyle?", "I'm not new,
 * Dessie, I'm just visible". One or two capitalised words after a comma and
 * before a comma or the end of a sentence.
 */
export function vocativeName(text: string): string | undefined {
  const re = /,\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)(?=\s*(?:[,?!.]|$))/gu;
  let found: string | undefined;
  for (const m of text.matchAll(re)) {
    const name = m[1] as string;
    if (!NOT_NAMES.has(name.split(" ")[0] as string)) found = name;
  }
  return found;
}

/** Words in a quotation. */
export const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** Lines of dialogue are short; a news quotation continued in the next paragraph rarely is. */
export const SHORT_LINE = 12;

/** Whether `line` reads as an answer to the quoted paragraph before it rather than more of the same speaker. */
export function answersPrevious(previous: readonly string[], line: string): boolean {
  const last = previous[previous.length - 1] ?? "";
  if (/\?\s*$/u.test(last.trim())) return true;
  return previous.reduce((n, q) => n + wordCount(q), 0) <= SHORT_LINE && wordCount(line) <= SHORT_LINE;
}

/** Gestures that answer without words: the next untagged line is the other person's. */
const SILENT = /\b(nods|nodded|shrugs|shrugged|says nothing|said nothing|does not answer|did not answer|doesn't answer|didn't answer|shakes (?:his|her|their) head|shook (?:his|her|their) head)\b/iu;

/** Whether a sentence describes a silent answer ("She nods.", "He shrugs and goes back to the bench."). */
export const isSilentAnswer = (sentence: string): boolean => SILENT.test(sentence);
