/**
 * Scores found quotations against hand-annotated ones, with the rules of the
 * quotation dev set (its README and reference `score.mjs`): spans match when
 * equal after trailing punctuation is dropped, headline and nested gold items
 * are left out, speakers count when equal to the gold name or an alternative
 * or when they share its last word.
 */

export interface Prediction {
  text: string;
  speaker: string;
  kind: "direct" | "partial";
}

export interface GoldItem {
  text: string;
  speaker: string;
  kind: "direct" | "partial";
  speaker_alt?: string[];
  headline?: boolean;
  nested?: boolean;
}

export interface Negative {
  text: string;
}

export type MissType = "MISS" | "SPK" | "KIND" | "FP" | "NEG";

export interface Miss {
  type: MissType;
  text: string;
  gold?: string;
  predicted?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  speaker: number;
  kind: number;
}

export interface ArticleScore extends Counts {
  misses: Miss[];
}

/** Trailing whitespace and sentence punctuation do not decide a match ("…," vs "…."). */
export const normaliseSpan = (s: string): string => s.replace(/[\s,.;:!?]+$/u, "").trim();

const lastWord = (s: string): string => s.trim().split(/\s+/u).pop() ?? "";

export function speakerMatches(predicted: string, gold: GoldItem, exact = false): boolean {
  const p = predicted.trim();
  if (p === "") return false;
  return [gold.speaker, ...(gold.speaker_alt ?? [])].some((n) => n === p || (!exact && lastWord(n) === lastWord(p)));
}

export function scoreArticle(
  goldItems: readonly GoldItem[],
  predictions: readonly Prediction[],
  negatives: readonly Negative[] = [],
  options: { exactSpeaker?: boolean } = {},
): ArticleScore {
  const gold = goldItems.filter((g) => !g.headline && !g.nested);
  const excluded = new Set(goldItems.filter((g) => g.headline || g.nested).map((g) => normaliseSpan(g.text)));
  const negs = new Set(negatives.map((n) => normaliseSpan(n.text)));
  const used = new Set<number>();
  const score: ArticleScore = { tp: 0, fp: 0, fn: 0, speaker: 0, kind: 0, misses: [] };

  for (const g of gold) {
    // Greedy, in gold order: the first unused prediction with the same normalised text.
    const i = predictions.findIndex((p, j) => !used.has(j) && normaliseSpan(p.text) === normaliseSpan(g.text));
    if (i < 0) {
      score.fn++;
      score.misses.push({ type: "MISS", text: g.text, gold: g.speaker });
      continue;
    }
    used.add(i);
    score.tp++;
    const p = predictions[i] as Prediction;
    if (speakerMatches(typeof p.speaker === "string" ? p.speaker : "", g, options.exactSpeaker)) score.speaker++;
    else score.misses.push({ type: "SPK", text: g.text, gold: g.speaker, predicted: p.speaker });
    if (p.kind === g.kind) score.kind++;
    else score.misses.push({ type: "KIND", text: g.text, gold: g.kind, predicted: p.kind });
  }
  predictions.forEach((p, j) => {
    if (used.has(j) || excluded.has(normaliseSpan(p.text))) return;
    score.fp++;
    score.misses.push({ type: negs.has(normaliseSpan(p.text)) ? "NEG" : "FP", text: p.text, predicted: p.speaker });
  });
  return score;
}

export interface Summary extends Counts {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  kindAccuracy: number;
}

export function summarise(scores: readonly Counts[]): Summary {
  const t: Counts = { tp: 0, fp: 0, fn: 0, speaker: 0, kind: 0 };
  for (const s of scores) {
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
    t.speaker += s.speaker;
    t.kind += s.kind;
  }
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    ...t,
    precision,
    recall,
    f1,
    speakerAccuracy: t.tp ? t.speaker / t.tp : 0,
    kindAccuracy: t.tp ? t.kind / t.tp : 0,
  };
}
