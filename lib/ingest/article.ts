/**
 * Turns an extraction into content files: a draft article (schema-valid, every
 * quotation a quote node with its speaker's id), the speakers that are new,
 * and a review record of how each quotation was attributed. The schema is
 * strict, so attribution methods and confidences live in the review record,
 * never in the article.
 */
import { type Article, type ArticleSpeaker, type Block, type Inline, LIMITS, type Person, type QuoteChild, type Topic } from "../content/schema";
import { excerpt, plural } from "../format/text";
import type { Entity, Method, Resolution } from "./attribute";
import { type Extraction, type FoundQuote, type QuoteKind, REVIEW_THRESHOLD, needsReview } from "./extract";
import type { PlainStory } from "./plain-text";

export interface BuildOptions {
  slug?: string;
  section?: string;
  topics?: readonly string[];
  /** ISO date-time; the ingest time by default. */
  publishedAt: string;
}

export interface ReviewQuote {
  id: string;
  /** A later paragraph's segment: the id of the quotation's first segment. */
  continues?: string;
  text: string;
  speaker: string;
  speakerName: string;
  kind: QuoteKind;
  method: Method;
  resolution: Resolution[];
  confidence: number;
  /** True when the confidence is below the review threshold. */
  review: boolean;
  evidence: string;
}

export interface ReviewRecord {
  slug: string;
  reviewThreshold: number;
  quotes: ReviewQuote[];
  newSpeakers: string[];
  /** Text in quotation marks that was judged not to be a quotation. */
  notQuotations: { text: string; reason: string }[];
  warnings: string[];
}

export interface Built {
  article: Article;
  /** Speakers that have no file yet. */
  newPeople: Person[];
  review: ReviewRecord;
}

/** `base` with a numeric suffix for the n-th use (n ≥ 2), cut so that the whole stays within `max`. */
export function numbered(base: string, n: number, max: number): string {
  const suffix = n >= 2 ? `-${n}` : "";
  return `${base.slice(0, max - suffix.length).replace(/-+$/u, "")}${suffix}`;
}

/** The first unused of `base`, `base-2`, `base-3`, … within `max` characters. */
function unique(base: string, taken: Set<string>, max: number): string {
  let id = numbered(base, 1, max);
  for (let n = 2; taken.has(id); n++) id = numbered(base, n, max);
  taken.add(id);
  return id;
}

/** Lowercase words joined by hyphens: "Harbour chief: Ferries …" → "harbour-chief-ferries-…". */
export function slugify(text: string, maxWords = 8): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/['’]/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter(Boolean)
    .slice(0, maxWords);
  return words.join("-").slice(0, LIMITS.slug).replace(/-+$/u, "");
}

/** Topics whose name or id appears in the story as a word ("Ferries", "Corvane"). */
export function matchTopics(story: PlainStory, topics: readonly Topic[]): string[] {
  const text = [story.headline, ...story.paragraphs].join("\n");
  return topics
    .filter((t) => [t.name, t.id.replace(/-/gu, " ")].some((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, "iu").test(text)))
    .map((t) => t.id);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const capitalFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A speaker's content/people id: known speakers keep theirs; new ones get one from their name. */
function assignIds(speakers: readonly Entity[], known: readonly Person[], articleSlug: string): { ids: Map<Entity, string>; newPeople: Person[] } {
  const taken = new Set(known.map((p) => p.id));
  const ids = new Map<Entity, string>();
  const newPeople: Person[] = [];
  for (const e of speakers) {
    if (e.personId) {
      ids.set(e, e.personId);
      continue;
    }
    // Unnamed speakers ("the driver") belong to this story only: their id says so.
    const base = e.kind === "unnamed" ? `${slugify(e.name.replace(/^(the|a|an)\s+/iu, ""), 4)}-in-${slugify(articleSlug, 4)}` : slugify(e.name, 8);
    const id = unique(base || "unidentified-speaker", taken, LIMITS.slug);
    ids.set(e, id);
    const words = e.name.split(/\s+/u);
    const aliases = e.kind === "person" && words.length > 1 ? [words[words.length - 1] as string] : [];
    newPeople.push({
      $schema: "../schema/person.schema.json",
      id,
      name: (e.kind === "unnamed" ? capitalFirst(e.name) : e.name).slice(0, LIMITS.name).trim(),
      kind: e.kind === "organisation" ? "organisation" : "person",
      ...(e.kind === "unnamed" ? { description: "Unnamed speaker, quoted in one story (added by ingest; check)" } : {}),
      ...(aliases.length ? { aliases } : {}),
    });
  }
  return { ids, newPeople };
}

const UNIDENTIFIED: Entity = { key: "unidentified", name: "Unidentified speaker", kind: "unnamed" };

export function buildArticle(story: PlainStory, extraction: Extraction, known: readonly Person[], options: BuildOptions): Built {
  const slug = options.slug ?? (slugify(story.headline) || "untitled-story");
  const speakerOf = (q: FoundQuote): Entity => q.attribution.speaker ?? UNIDENTIFIED;
  const speakers = [...new Set(extraction.quotes.filter((q) => !q.headline).map(speakerOf))];
  const { ids, newPeople } = assignIds(speakers, known, slug);

  // Quote ids from their first words, unique in the article.
  const usedIds = new Set<string>();
  const quoteId = (q: FoundQuote): string => unique(`q-${slugify(q.text, 5) || "quote"}`, usedIds, LIMITS.quoteId);
  const idOf = new Map<FoundQuote, string>();
  for (const q of extraction.quotes) if (!q.headline) idOf.set(q, quoteId(q));

  /** A later paragraph's segment names the quotation's first segment: one quotation, one id. */
  const firstSegment = (q: FoundQuote): FoundQuote => {
    let first = q;
    for (let n = 0; first.continues !== undefined && n < extraction.quotes.length; n++) first = extraction.quotes[first.continues] ?? first;
    return first;
  };
  const continuesOf = (q: FoundQuote): { continues?: string } => {
    const first = firstSegment(q);
    return first !== q && idOf.has(first) ? { continues: idOf.get(first) as string } : {};
  };

  const nodeFor = (q: FoundQuote, text: string): Inline => {
    const inner = extraction.quotes.filter((n) => n.parent !== undefined && extraction.quotes[n.parent] === q);
    const children: QuoteChild[] = [];
    let at = q.start;
    for (const n of inner) {
      pushText(children, text.slice(at, n.start - 1));
      const nestedText = text.slice(n.start, n.end);
      if (nestedText) children.push({ type: "quote", id: idOf.get(n) as string, speaker: ids.get(speakerOf(n)) as string, children: [nestedText] });
      at = n.closed ? n.end + 1 : n.end;
    }
    pushText(children, text.slice(at, q.end));
    return { type: "quote", id: idOf.get(q) as string, speaker: ids.get(speakerOf(q)) as string, ...continuesOf(q), children: children.length ? children : [text.slice(q.start, q.end) || "…"] };
  };

  const inlines = (para: number, text: string, skip: number): Inline[] => {
    const out: Inline[] = [];
    let at = skip;
    for (const q of extraction.quotes.filter((x) => x.para === para && x.parent === undefined)) {
      pushText(out, text.slice(at, Math.max(at, q.start - 1)));
      out.push(nodeFor(q, text));
      at = q.closed ? q.end + 1 : q.end;
    }
    pushText(out, text.slice(at));
    return out;
  };

  // Paragraphs that start with a bullet ("• …") form a list.
  const body: Block[] = [];
  story.paragraphs.forEach((text, para) => {
    const bullet = /^[•·▪‣◦*-]\s+/u.exec(text);
    const children = inlines(para, text, bullet ? bullet[0].length : 0);
    if (children.length === 0) return;
    if (bullet) {
      const last = body[body.length - 1];
      if (last?.type === "list" && !last.ordered) last.items.push(children);
      else body.push({ type: "list", ordered: false, items: [children] });
    } else body.push({ type: "paragraph", children });
  });

  const articleSpeakers: ArticleSpeaker[] = speakers.map((e) => {
    const role = e.role ? excerpt(e.role, LIMITS.role) : undefined;
    return { id: ids.get(e) as string, ...(role && e.kind !== "unnamed" ? { role: capitalFirst(role) } : {}) };
  });

  const article: Article = {
    $schema: "../schema/article.schema.json",
    slug,
    status: "draft",
    section: excerpt(options.section ?? story.section ?? "News", LIMITS.section),
    headline: story.headline,
    publishedAt: options.publishedAt,
    topics: [...(options.topics ?? [])],
    speakers: articleSpeakers,
    body,
  };

  const review: ReviewRecord = {
    slug,
    reviewThreshold: REVIEW_THRESHOLD,
    quotes: extraction.quotes
      .filter((q) => !q.headline)
      .map((q) => ({
        id: idOf.get(q) as string,
        ...continuesOf(q),
        text: q.text,
        speaker: ids.get(speakerOf(q)) as string,
        speakerName: speakerOf(q).name,
        kind: q.kind,
        method: q.attribution.method,
        resolution: q.attribution.resolution,
        confidence: q.attribution.confidence,
        review: needsReview(q.attribution),
        evidence: q.attribution.evidence,
      })),
    newSpeakers: newPeople.map((p) => p.id),
    notQuotations: extraction.ignored.map((i) => ({ text: i.text, reason: i.reason })),
    warnings: [
      ...extraction.warnings,
      ...extraction.quotes.filter((q) => q.headline).map((q) => `the headline quotes “${q.text}” (kept as plain headline text)`),
    ],
  };
  return { article, newPeople, review };
}

function pushText(out: (Inline | QuoteChild)[], text: string): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (typeof last === "string") out[out.length - 1] = last + text;
  else out.push(text);
}

/** The ingest summary printed to stderr: counts, then every attribution to check. */
export function summary(built: Built, file: string): string {
  const { review, article } = built;
  const lines = [
    `${file}: ${plural(review.quotes.length, "quotation")}, ${plural(article.speakers.length, "speaker")}` +
      (review.newSpeakers.length ? ` (new: ${review.newSpeakers.join(", ")})` : ""),
  ];
  const flagged = review.quotes.filter((q) => q.review);
  if (flagged.length) {
    lines.push(`${plural(flagged.length, "attribution")} to check (confidence below ${review.reviewThreshold}):`);
    for (const q of flagged) {
      lines.push(`  ${q.id}: “${excerpt(q.text, 60)}” → ${q.speakerName} (${q.method}, ${q.confidence})`);
    }
  } else lines.push("every attribution was made with confidence; spot-check anyway");
  for (const w of review.warnings) lines.push(`warning: ${w}`);
  return lines.join("\n");
}
