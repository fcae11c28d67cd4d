import { afterEach, describe, expect, it } from "vitest";
import { articleView, publishedArticleView } from "./views";
import { buildSite } from "./site";
import { type TempRoot, makeArticle, makePerson, makeTempRoot, makeTopic, paragraph, quote } from "../content/test-fixtures";

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


const people = [makePerson("jens-stoltenberg", { name: "Jens Stoltenberg" }), makePerson("nato", { name: "NATO", kind: "organisation" })];
const topics = [makeTopic("nato"), makeTopic("russia"), makeTopic("unused")];

const main = makeArticle({
  slug: "main",
  topics: ["russia", "nato"],
  speakers: [
    { id: "nato", role: "Joint communique" },
    { id: "jens-stoltenberg", role: "Secretary-General" },
  ],
  body: [paragraph(quote("q-a", "jens-stoltenberg", "First"), " and ", quote("q-b", "nato", "second"), quote("q-c", "jens-stoltenberg", "third"))],
});
const sibling = makeArticle({ slug: "sibling", topics: ["nato"] });
const stranger = makeArticle({ slug: "stranger", topics: ["unused"] });
const draft = makeArticle({ slug: "draft", status: "draft", topics: ["nato", "russia"] });
const site = buildSite([main, sibling, stranger, draft], people, topics);
const bodies = new Map([main, sibling, stranger, draft].map((a) => [a.slug, a]));
const read = (slug: string) => bodies.get(slug);

describe("articleView", () => {
  it("is undefined for an unknown slug and for a draft", () => {
    expect(articleView(site, "nope", read)).toBeUndefined();
    expect(articleView(site, "draft", read)).toBeUndefined();
  });

  it("puts speakers in order of first quote, with this article's roles", () => {
    const view = articleView(site, "main", read)!;
    expect(view.speakers.map((s) => [s.id, s.role, s.quoteIds])).toEqual([
      ["jens-stoltenberg", "Secretary-General", ["q-a", "q-c"]],
      ["nato", "Joint communique", ["q-b"]],
    ]);
    expect(view.speakerById.get("nato")?.name).toBe("NATO");
    expect([...view.quoteById.keys()]).toEqual(["q-a", "q-b", "q-c"]);
  });

  it("resolves topics in the article's order and relates only published articles sharing one", () => {
    const view = articleView(site, "main", read)!;
    expect(view.topics.map((t) => t.id)).toEqual(["russia", "nato"]);
    expect(view.related.map((a) => a.slug)).toEqual(["sibling"]);
    expect(view.readingMinutes).toBe(1);
  });
});
