import type { Article } from "../content/schema";
import { excerpt } from "../format/text";
import { blockText } from "../content/tree";

/** Search engines show about 160 characters. */
export const DESCRIPTION_MAX = 160;

/** The standfirst, or else the opening paragraph (or quotation), as plain text short enough for a search result. */
export function articleDescription(article: Pick<Article, "standfirst" | "body">): string {
  // Prose only: a heading or a list is not how a story opens in a search result.
  const opening = article.body.find((b) => (b.type === "paragraph" || b.type === "blockquote") && blockText(b).trim() !== "");
  const source = article.standfirst ?? (opening ? blockText(opening, true) : "");
  return excerpt(source, DESCRIPTION_MAX);
}
