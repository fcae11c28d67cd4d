/**
 * A gold list (the dev set's format) from a hand-checked article, so a story
 * whose article JSON was marked up by hand can be scored like the dev set.
 */
import type { Article, Inline, Person } from "../content/schema";
import { inlinesText } from "../content/tree";
import type { GoldItem } from "./score";

/**
 * Each quote node in reading order. Direct when it opens its paragraph or
 * follows a colon; partial when it sits inside the reporter's sentence.
 */
export function goldFromArticle(article: Pick<Article, "body">, people: readonly Person[]): GoldItem[] {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const items: GoldItem[] = [];
  const visit = (children: readonly Inline[]) => {
    children.forEach((node, i) => {
      if (typeof node === "string" || node.type !== "quote") return;
      const before = children
        .slice(0, i)
        .map((c) => (typeof c === "string" ? c : inlinesText([c])))
        .join("")
        .trim();
      items.push({
        text: inlinesText(node.children, true, 1),
        speaker: names.get(node.speaker) ?? node.speaker,
        kind: before === "" || before.endsWith(":") ? "direct" : "partial",
      });
    });
  };
  for (const block of article.body) {
    if (block.type === "paragraph") visit(block.children);
    else if (block.type === "list") block.items.forEach(visit);
    else if (block.type === "blockquote") items.push({ text: inlinesText(block.children, true, 1), speaker: names.get(block.speaker) ?? block.speaker, kind: "direct" });
  }
  return items;
}
