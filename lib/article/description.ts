import type { Article } from "../content/schema";
import { excerpt } from "../format/text";
import { blockText } from "./quotes";

/** Search engines show about 160 characters. */
export const DESCRIPTION_MAX = 160;

/** The standfirst, or else the opening paragraph, as plain text short enough for a search result. */
export function articleDescription(article: Pick<Article, "standfirst" | "body">): string {
  const source = article.standfirst ?? article.body.map((b) => blockText(b, true)).find((t) => t.trim() !== "") ?? "";
  return excerpt(source, DESCRIPTION_MAX);
}
