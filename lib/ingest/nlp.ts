/**
 * What a language library adds to the rules: parts of speech (wink-nlp with
 * its small English model, offline) and organisation names (compromise).
 * Which of them the extractor uses is a setting, so that each can be measured
 * against the hand-written lists on the same stories (`eval:quotes --nlp`);
 * docs/ingest.md gives the comparison and the default is what won.
 */
import nlp from "compromise";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

export interface NlpSettings {
  /** Parts of speech from wink-nlp: verbs the lists lack end a subject; a sentence's first word may be a name. */
  pos: boolean;
  /** Organisation names recognised by compromise as well as by the list of organisation words. */
  organisations: boolean;
}

export const NLP_CHOICES: Readonly<Record<string, NlpSettings>> = {
  rules: { pos: false, organisations: false },
  wink: { pos: true, organisations: false },
  compromise: { pos: false, organisations: true },
  both: { pos: true, organisations: true },
};

/** The default is what measured best on the tuning half (docs/ingest.md, "Language libraries"). */
export const DEFAULT_NLP = "wink";
let settings: NlpSettings = NLP_CHOICES[DEFAULT_NLP] as NlpSettings;

/** Chooses what the extractor takes from the libraries (for measuring; the default is set in DEFAULT_NLP). */
export function useNlp(choice: NlpSettings): void {
  settings = choice;
  posCache.clear();
}
export const nlpSettings = (): NlpSettings => settings;

let wink: ReturnType<typeof winkNLP> | undefined;
const posCache = new Map<string, Map<number, string>>();

/**
 * Universal POS tags by character offset of each word in `text`. Quotation
 * placeholders (private-use characters) come back as X. Memoised per text:
 * a sentence is tagged once however often the rules read it.
 */
export function posTags(text: string): ReadonlyMap<number, string> | undefined {
  if (!settings.pos) return undefined;
  const cached = posCache.get(text);
  if (cached) return cached;
  wink ??= winkNLP(model);
  const doc = wink.readDoc(text);
  const words = doc.tokens().out();
  const tags = doc.tokens().out(wink.its.pos) as string[];
  const out = new Map<number, string>();
  let cursor = 0;
  words.forEach((word, i) => {
    const at = text.indexOf(word, cursor);
    if (at < 0) return;
    out.set(at, tags[i] ?? "X");
    cursor = at + word.length;
  });
  if (posCache.size > 5000) posCache.clear();
  posCache.set(text, out);
  return out;
}

const orgCache = new Map<string, boolean>();

/** Whether compromise reads these words as an organisation's name ("Tidewater Guild", "Corvane Ferries Ltd"). */
export function libraryOrganisation(words: readonly string[]): boolean {
  if (!settings.organisations) return false;
  const text = words.join(" ");
  let hit = orgCache.get(text);
  if (hit === undefined) {
    hit = nlp(text).organizations().text().trim() === text;
    orgCache.set(text, hit);
  }
  return hit;
}
