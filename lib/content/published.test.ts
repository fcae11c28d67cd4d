import { afterEach, describe, expect, it } from "vitest";
import { publishedArticleView } from "./published";
import { type TempRoot, makeArticle, makePerson, makeTempRoot, makeTopic } from "./test-fixtures";

let tmp: TempRoot | undefined;
afterEach(() => tmp?.remove());

describe("publishedArticleView", () => {
  it("gives the view of a published article and nothing for a draft, a broken file or an unknown slug", () => {
    tmp = makeTempRoot({
      "articles/test-article.json": makeArticle(),
      "articles/a-draft.json": makeArticle({ slug: "a-draft", status: "draft" }),
      "articles/broken.json": "{",
      "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
      "topics/nato.json": makeTopic("nato"),
    });
    const view = publishedArticleView("test-article", tmp.root);
    expect(view?.article.headline).toBe("Allies meet in Washington");
    expect(view?.speakers.map((s) => s.id)).toEqual(["jens-stoltenberg"]);
    expect(publishedArticleView("a-draft", tmp.root)).toBeUndefined();
    expect(publishedArticleView("broken", tmp.root)).toBeUndefined();
    expect(publishedArticleView("../people/jens-stoltenberg", tmp.root)).toBeUndefined();
  });
});
