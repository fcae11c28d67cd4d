import { refreshStore, type StoreState } from "../published/site-index";
import { publishedRoot, readPublishedArticle } from "../published/store";
import { loadContentRoot } from "../content/loader";
import type { Article } from "../content/schema";
import { type Site, buildSite, siteFromRecords, usableContent } from "./site";

let state: StoreState | undefined;
let site: Site | undefined;

const EMPTY: Site = siteFromRecords([], [], []);

/**
 * The published site, from the published store (lib/published): the records
 * of every published article, never the editors' content folder. It is read
 * once per process, and on each call after that only what was published
 * since is applied (two `stat` calls when nothing was), so a page rendered
 * after a publish sees it. Pages call this only when they are rendered, which
 * after the build means after a publish or on a page's first request.
 */
export function getSite(): Site {
  if (process.env.NODE_ENV === "development") return devSite();
  const root = publishedRoot();
  const refreshed = refreshStore(state, root);
  if (refreshed.changed || !site || refreshed.state !== state) {
    state = refreshed.state;
    site = state ? siteFromRecords(state.records.values(), state.people.values(), state.topics.values()) : EMPTY;
  }
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
