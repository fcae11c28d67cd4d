import type { ArticleRecord, RecordQuote } from "./record";
import { type ArticleSummary, byNewest } from "./summary";

/** Everything one speaker is quoted saying in one article. */
export interface SpeakerAppearance {
  article: ArticleSummary;
  role?: string;
  quotes: RecordQuote[];
}

export function appearanceOf(article: ArticleSummary, role: string | undefined, quotes: RecordQuote[]): SpeakerAppearance {
  return role ? { article, role, quotes } : { article, quotes };
}

/** Speaker id → their appearances, newest article first. */
export function appearancesBySpeaker(records: readonly ArticleRecord[]): Map<string, SpeakerAppearance[]> {
  const out = new Map<string, SpeakerAppearance[]>();
  for (const { summary, speakers } of records) {
    for (const { id, role, quotes } of speakers) {
      const appearance = appearanceOf(summary, role, quotes);
      const list = out.get(id);
      if (list) list.push(appearance);
      else out.set(id, [appearance]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => byNewest(a.article, b.article));
  return out;
}

/** A line in the index of everyone on record. */
export interface SpeakerStanding {
  id: string;
  quoteCount: number;
  storyCount: number;
  /** The most recent role they were quoted in, if any article gave one. */
  latestRole?: string;
  latestAt: string;
}

/** One speaker's line from their appearances (newest first); undefined when they have none. */
export function speakerStanding(id: string, list: readonly SpeakerAppearance[]): SpeakerStanding | undefined {
  const newest = list[0];
  if (!newest) return undefined;
  const latestRole = list.find((a) => a.role)?.role;
  return {
    id,
    quoteCount: list.reduce((n, a) => n + a.quotes.length, 0),
    storyCount: list.length,
    ...(latestRole ? { latestRole } : {}),
    latestAt: newest.article.publishedAt,
  };
}

/** Most quoted first, then most recently quoted, then by id. */
export function byStanding(a: SpeakerStanding, b: SpeakerStanding): number {
  return b.quoteCount - a.quoteCount || Date.parse(b.latestAt) - Date.parse(a.latestAt) || a.id.localeCompare(b.id);
}

/**
 * Everyone quoted in the given appearances, most quoted first (then most
 * recently quoted, then by id), for the speakers index.
 */
export function speakerStandings(appearances: ReadonlyMap<string, readonly SpeakerAppearance[]>): SpeakerStanding[] {
  const out: SpeakerStanding[] = [];
  for (const [id, list] of appearances) {
    const standing = speakerStanding(id, list);
    if (standing) out.push(standing);
  }
  return out.sort(byStanding);
}
