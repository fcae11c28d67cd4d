/**
 * The whole extractor, as a list of small named stages (each in `stages/`,
 * each a pure function of the draft before it, each with its tests beside
 * it): marks → quotations → sentences → attribution → direct or partial.
 * A parsed story and the known speakers in, the quotations out.
 */
import type { Person } from "../content/schema";
import type { Attribution, Entity } from "./attribute";
import type { NotQuotation } from "./classify";
import type { PlainStory } from "./plain-text";
import { attributeNested } from "./stages/attribute-nested";
import { attributeTagged } from "./stages/attribute-tagged";
import { carryContinued } from "./stages/carry-continued";
import { type Draft, type QuoteKind, type Stage, emptyDraft, lineText } from "./stages/draft";
import { fallbackSpeaker } from "./stages/fallback-speaker";
import { findMarks } from "./stages/find-marks";
import { frameSentences } from "./stages/frame-sentences";
import { keepQuotations } from "./stages/keep-quotations";

export type { QuoteKind } from "./stages/draft";
export { quoteKind } from "./rules";

export interface FoundQuote {
  /** Exactly the characters between the marks. */
  text: string;
  /** Paragraph index (-1: the headline) and offsets of `text` in it. */
  para: number;
  start: number;
  end: number;
  kind: QuoteKind;
  headline: boolean;
  /** Index (in the quote list) of the quotation this one is quoted inside. */
  parent?: number;
  /** Index of the previous paragraph's segment of the same quotation. */
  continues?: number;
  closed: boolean;
  attribution: Attribution;
}

export interface Extraction {
  quotes: FoundQuote[];
  speakers: Entity[];
  /** Spans in marks that were judged not to be quotations, and why. */
  ignored: { para: number; text: string; reason: NotQuotation }[];
  /** Oddities for the editor: marks read best effort, and so on. */
  warnings: string[];
}

/** Below this, an attribution is listed for an editor to check (see CALIBRATED in attribute.ts). */
export const REVIEW_THRESHOLD = 0.9;

/** The stages, in the order they run. */
export const STAGES: readonly Stage[] = [findMarks, keepQuotations, frameSentences, attributeTagged, attributeNested, fallbackSpeaker, carryContinued];

export function runStages(story: PlainStory, people: readonly Person[] = [], stages: readonly Stage[] = STAGES): Draft {
  return stages.reduce((draft, stage) => stage.run(draft), emptyDraft(story, people));
}

export function extractQuotations(story: PlainStory, people: readonly Person[] = []): Extraction {
  return toExtraction(runStages(story, people));
}

/** The quotations in document order (spans are already in order of their opening marks). */
export function toExtraction(draft: Draft): Extraction {
  const indexOf = new Map<number, number>();
  const quotes: FoundQuote[] = [];
  draft.spans.forEach((s, i) => {
    const r = draft.results.get(i);
    if (!draft.isQuote[i] || !r) return;
    indexOf.set(i, quotes.length);
    const parent = s.parent !== undefined ? indexOf.get(s.parent) : undefined;
    const continues = s.continues !== undefined ? indexOf.get(s.continues) : undefined;
    quotes.push({
      text: s.text,
      para: s.para,
      start: s.start,
      end: s.end,
      kind: r.kind,
      headline: s.para === -1,
      closed: s.closed,
      ...(parent !== undefined ? { parent } : {}),
      ...(continues !== undefined ? { continues } : {}),
      attribution: r.attribution,
    });
  });
  const used = new Set(quotes.map((q) => q.attribution.speaker).filter((e): e is Entity => e !== undefined));
  return {
    quotes,
    speakers: (draft.context?.allEntities() ?? []).filter((e) => used.has(e)),
    ignored: [...draft.ignored],
    warnings: draft.markWarnings.map((w) => {
      const line = lineText(draft.story, w.para);
      return `${w.para === -1 ? "headline" : `paragraph ${w.para + 1}`}, at “${line.slice(Math.max(0, w.offset - 20), w.offset + 30)}”: ${w.message}`;
    }),
  };
}

/** Whether an editor should check this attribution: below the threshold, or no speaker at all. */
export const needsReview = (a: Attribution): boolean => a.confidence < REVIEW_THRESHOLD || !a.speaker;

/** The list the scorer reads: the `--quotes` fields plus confidence and the review flag. */
export function predictionList(extraction: Extraction): { text: string; speaker: string; kind: QuoteKind; confidence: number; review: boolean }[] {
  return extraction.quotes.map((q) => ({ text: q.text, speaker: q.attribution.speaker?.name ?? "unknown", kind: q.kind, confidence: q.attribution.confidence, review: needsReview(q.attribution) }));
}

/** The `--quotes` list: `{ text, speaker, kind }` in document order. */
export function quoteList(extraction: Extraction): { text: string; speaker: string; kind: QuoteKind }[] {
  return extraction.quotes.map((q) => ({ text: q.text, speaker: q.attribution.speaker?.name ?? "unknown", kind: q.kind }));
}
