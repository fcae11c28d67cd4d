import { type SpeakerAppearance, type SpeakerStanding, appearanceOf, byStanding, speakerStanding } from "../article/people";
import type { ArticleRecord } from "../article/record";
import { type ArticleSummary, byNewest } from "../article/summary";
import { topicsInUse } from "../article/topics";
import type { Person, Topic } from "../content/schema";
import type { Site } from "./site";

/*
 * A publish changes one article; rebuilding every index of a 100,000-article
 * site for it took 1.3-2.3 s on this machine, paid by every instance on its
 * next render. These give the site with one article changed, reusing every
 * list the change does not touch, in time proportional to the lists it does.
 * `siteFromRecords` on the same records gives the same site (the tests
 * beside this check it).
 */

/** Where `item` goes in a list kept in `order`: the first place whose entry sorts after it. */
function placeOf<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inserted<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): T[] {
  const at = placeOf(list, item, order);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** The list without the first entry `matches` picks. */
function removed<T>(list: readonly T[], matches: (item: T) => boolean): T[] {
  const at = list.findIndex(matches);
  return at < 0 ? [...list] : [...list.slice(0, at), ...list.slice(at + 1)];
}

const byArticle = (a: SpeakerAppearance, b: SpeakerAppearance) => byNewest(a.article, b.article);

/** The site with the article `slug` now `after` (undefined: no longer published). */
export function withArticle(site: Site, slug: string, after: ArticleRecord | undefined): Site {
  const before = site.records.get(slug);
  const now = after && after.summary.status === "published" ? after : undefined;
  if (!before && !now) return site;

  const records = new Map(site.records);
  if (now) records.set(slug, now);
  else records.delete(slug);

  let summaries: ArticleSummary[] = site.summaries;
  if (before) summaries = removed(summaries, (s) => s.slug === slug);
  if (now) summaries = inserted(summaries, now.summary, byNewest);

  const byTopic = new Map(site.byTopic);
  const counts = new Map(site.topicCounts);
  for (const t of before?.summary.topics ?? []) {
    const list = removed(byTopic.get(t) ?? [], (s) => s.slug === slug);
    if (list.length > 0) byTopic.set(t, list);
    else byTopic.delete(t);
    const n = (counts.get(t) ?? 1) - 1;
    if (n > 0) counts.set(t, n);
    else counts.delete(t);
  }
  for (const t of now?.summary.topics ?? []) {
    byTopic.set(t, inserted(byTopic.get(t) ?? [], now!.summary, byNewest));
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }

  const appearances = new Map(site.appearances);
  const touched = new Set<string>();
  for (const { id } of before?.speakers ?? []) {
    touched.add(id);
    const list = removed(appearances.get(id) ?? [], (a) => a.article.slug === slug);
    if (list.length > 0) appearances.set(id, list);
    else appearances.delete(id);
  }
  for (const { id, role, quotes } of now?.speakers ?? []) {
    touched.add(id);
    appearances.set(id, inserted(appearances.get(id) ?? [], appearanceOf(now!.summary, role, quotes), byArticle));
  }
  const standings = restand(site.standings, touched, appearances);

  return {
    ...site,
    summaries,
    records,
    byTopic,
    topicCounts: counts,
    topicsInUse: topicsInUse(site.topics.values(), counts),
    appearances,
    standings,
    standingById: new Map(standings.map((s) => [s.id, s])),
    quoteCount: site.quoteCount - (before?.summary.quoteCount ?? 0) + (now?.summary.quoteCount ?? 0),
  };
}

function restand(standings: readonly SpeakerStanding[], touched: ReadonlySet<string>, appearances: ReadonlyMap<string, readonly SpeakerAppearance[]>): SpeakerStanding[] {
  const kept = standings.filter((s) => !touched.has(s.id));
  const fresh = [...touched].flatMap((id) => speakerStanding(id, appearances.get(id) ?? []) ?? []);
  return [...kept, ...fresh].sort(byStanding);
}

/** The site with new people and topics files (a publish that changed some). */
export function withPeopleAndTopics(site: Site, people: Iterable<Person>, topics: Iterable<Topic>): Site {
  const topicMap = new Map([...topics].map((t) => [t.id, t]));
  return { ...site, people: new Map([...people].map((p) => [p.id, p])), topics: topicMap, topicsInUse: topicsInUse(topicMap.values(), site.topicCounts) };
}
