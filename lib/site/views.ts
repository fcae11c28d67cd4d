import { type ArticleView, buildArticleView } from "../article/view";
import { loadSingleArticle } from "../content/loader";
import type { Article } from "../content/schema";
import { publishedRoot } from "../published/store";
import type { Site } from "./site";

/**
 * The published article's view, with related articles from the whole site.
 * `read` gives the article's body (the published store's copy, from
 * `publishedArticle`); only a slug the site lists as published is read.
 */
export function articleView(site: Site, slug: string, read: (slug: string) => Article | undefined): ArticleView | undefined {
  if (!site.records.has(slug)) return undefined;
  const article = read(slug);
  return article && article.status === "published" ? buildArticleView(article, site) : undefined;
}

/**
 * One published article's view, read from the published store's copy of its
 * file and the files it names: for things drawn on demand (share pages and
 * cards), whose cost must not grow with the archive. Related articles are
 * left out; nothing drawn needs them.
 */
export function publishedArticleView(slug: string, root: string = publishedRoot()): ArticleView | undefined {
  const loaded = loadSingleArticle(slug, root);
  if (loaded.status !== "ok" || loaded.article.status !== "published") return undefined;
  return buildArticleView(loaded.article, { people: loaded.people, topics: loaded.topics, byTopic: new Map() });
}
