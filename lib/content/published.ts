import { buildArticleView, type ArticleView } from "../article/view";
import { contentRoot } from "./load";
import { loadSingleArticle } from "./single";

/**
 * One published article's view, read from its own file and the files it
 * names: for things drawn on demand (share cards), whose cost must not grow
 * with the archive. Related articles are left out; nothing drawn needs them.
 */
export function publishedArticleView(slug: string, root: string = contentRoot()): ArticleView | undefined {
  const loaded = loadSingleArticle(slug, root);
  if (loaded.status !== "ok" || loaded.article.status !== "published") return undefined;
  return buildArticleView(loaded.article, { people: loaded.people, topics: loaded.topics, summaries: [] });
}
