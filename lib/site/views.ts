import { type ArticleView, buildArticleView } from "../article/view";
import { contentRoot, loadSingleArticle } from "../content/loader";
import type { Site } from "./site";

/** The published article's view, with related articles from the whole site. */
export function articleView(site: Site, slug: string): ArticleView | undefined {
  const article = site.articleBySlug.get(slug);
  return article ? buildArticleView(article, site) : undefined;
}

/**
 * One published article's view, read from its own file and the files it
 * names: for things drawn on demand (share pages and cards), whose cost must
 * not grow with the archive. Related articles are left out; nothing drawn
 * needs them.
 */
export function publishedArticleView(slug: string, root: string = contentRoot()): ArticleView | undefined {
  const loaded = loadSingleArticle(slug, root);
  if (loaded.status !== "ok" || loaded.article.status !== "published") return undefined;
  return buildArticleView(loaded.article, { people: loaded.people, topics: loaded.topics, byTopic: new Map() });
}
