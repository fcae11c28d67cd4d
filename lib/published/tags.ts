import type { ArticleRecord } from "../article/record";
import type { ArticleSummary } from "../article/summary";

/*
 * Cache tags: what each page shows, so that a publish makes stale exactly the
 * pages that show what changed (Next.js's revalidateTag), on every instance
 * that shares the cache. A page's render names its tags (lib/site/render-tags.ts).
 */

/** A page that shows this article: its own page, a related list. */
export const articleTag = (slug: string) => `a:${slug}`;
/** A page that shows this person's name or role from their file. */
export const personTag = (id: string) => `p:${id}`;
/** A page that shows this topic's name or description. */
export const topicTag = (id: string) => `t:${id}`;
/** A list of this topic's stories (its pages and feed), and the article pages that pick related stories from it. */
export const topicListTag = (id: string) => `l:t:${id}`;
/** A list of this speaker's appearances (their pages). */
export const personListTag = (id: string) => `l:p:${id}`;
/** Pages drawn from the whole archive: home and its pages, the main feed, the sitemap, the indexes of people and topics. */
export const SITE_TAG = "l:site";

/** The tags of an article page: itself, what it shows, and the topics it draws related stories from. */
export function articlePageTags(record: ArticleRecord, related: readonly { slug: string }[], topics: readonly string[]): string[] {
  return unique([
    articleTag(record.summary.slug),
    ...related.map((r) => articleTag(r.slug)),
    ...record.speakers.map((s) => personTag(s.id)),
    ...topics.flatMap((t) => [topicTag(t), topicListTag(t)]),
  ]);
}

/** The tags of a list page: the list itself and the people and topics it names. */
export function listPageTags(list: string, shown: { people?: Iterable<string>; topics?: Iterable<string> }): string[] {
  return unique([list, ...[...(shown.people ?? [])].map(personTag), ...[...(shown.topics ?? [])].map(topicTag)]);
}

/** The tags of a page of stories (home, a topic): the list, the speakers named on each story, and the topics it shows. */
export function storyListTags(list: string, stories: readonly Pick<ArticleSummary, "speakerIds">[], topics: Iterable<string>): string[] {
  return listPageTags(list, { people: stories.flatMap((s) => s.speakerIds), topics });
}

/**
 * Every tag to revalidate when an article goes from `before` to `after`
 * (either absent: first publish, takedown), with the people and topics files
 * that publish changed.
 */
export function publishTags(before: ArticleRecord | undefined, after: ArticleRecord | undefined, changed: { people: readonly string[]; topics: readonly string[] }): string[] {
  const records = [before, after].filter((r): r is ArticleRecord => r !== undefined);
  const slug = (before ?? after)?.summary.slug;
  return unique([
    SITE_TAG,
    ...(slug ? [articleTag(slug)] : []),
    ...records.flatMap((r) => r.summary.topics.map(topicListTag)),
    ...records.flatMap((r) => r.speakers.map((s) => personListTag(s.id))),
    ...changed.people.map(personTag),
    ...changed.topics.map(topicTag),
  ]);
}

/** Next.js accepts at most 128 tags on one cache entry, each of at most 256 characters. */
export const MAX_TAGS = 128;

function unique(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}
