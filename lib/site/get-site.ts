import { refreshStore, type StoreState } from "../published/site-index";
import { publishedRoot, readPublishedArticle } from "../published/store";
import { loadContentRoot } from "../content/loader";
import type { Article } from "../content/schema";
import { type Site, buildSite, siteFromRecords, usableContent } from "./site";
import { withArticle, withPeopleAndTopics } from "./site-update";

/**
 * One per process, on globalThis: Next bundles instrumentation.ts (which
 * reads the site as the server starts) apart from the routes, and both must
 * share what was read.
 */
interface Held {
  state?: StoreState;
  site?: Site;
}
const HELD = Symbol.for("onrecord.publishedSite");
const held: Held = ((globalThis as { [HELD]?: Held })[HELD] ??= {});

const EMPTY: Site = siteFromRecords([], [], []);

/**
 * The published site, from the published store (lib/published): the records
 * of every published article, never the editors' content folder. It is read
 * once per process; after that each call applies only what was published
 * since (two `stat` calls when nothing was), updating just the indexes the
 * changed articles are in (site-update.ts), so a page rendered after a
 * publish sees it and a 100,000-article site is not rebuilt for one story.
 */
export function getSite(): Site {
  if (process.env.NODE_ENV === "development") return devSite();
  const refreshed = refreshStore(held.state, publishedRoot());
  if (refreshed.reloaded || !held.site) {
    held.state = refreshed.state;
    held.site = refreshed.state ? siteFromRecords(refreshed.state.records.values(), refreshed.state.people.values(), refreshed.state.topics.values()) : EMPTY;
    return held.site;
  }
  let site = held.site;
  for (const entry of refreshed.entries) site = withArticle(site, entry.slug, entry.record ?? undefined);
  if (refreshed.entries.some((e) => e.people.length + e.topics.length > 0)) site = withPeopleAndTopics(site, refreshed.state.people.values(), refreshed.state.topics.values());
  held.site = site;
  return site;
}

/** A published article's body, from the store; undefined when it is not published. */
export function publishedArticle(slug: string): Article | undefined {
  if (!getSite().records.has(slug)) return undefined;
  if (process.env.NODE_ENV === "development") return devArticles.get(slug);
  return readPublishedArticle(slug);
}

let devArticles = new Map<string, Article>();

/**
 * Under `next dev` the site is the content folder itself, read again on every
 * call, so an edited file shows on reload without publishing; files with
 * problems are left out (npm run validate lists them).
 */
function devSite(): Site {
  const usable = usableContent(loadContentRoot());
  devArticles = new Map(usable.articles.filter((a) => a.status === "published").map((a) => [a.slug, a]));
  return buildSite(usable.articles, usable.people, usable.topics);
}
