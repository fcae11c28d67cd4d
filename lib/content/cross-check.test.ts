import { describe, expect, it } from "vitest";
import { type ContentSet, crossCheck, crossCheckArticle } from "./cross-check";
import { formatProblem } from "./problems";
import type { Article } from "./schema";
import { byId, makeArticle, makePerson, makeTopic, nestedQuote, paragraph, quote } from "./test-fixtures";

const FILE = "content/articles/test-article.json";
const PEOPLE = byId([makePerson("jens-stoltenberg"), makePerson("nato", { kind: "organisation" }), makePerson("volodymyr-zelensky")]);
const TOPICS = byId([makeTopic("nato"), makeTopic("russia")]);

/** The cross-check problems of one article, formatted. */
function check(article: Article): string[] {
  return crossCheckArticle({ file: FILE, value: article }, PEOPLE, TOPICS).map(formatProblem);
}

const speakers = (...ids: string[]) => ids.map((id) => ({ id }));

describe("crossCheckArticle", () => {
  it("finds nothing wrong with a consistent article", () => {
    expect(check(makeArticle())).toEqual([]);
  });

  it("reports an unknown topic", () => {
    expect(check(makeArticle({ topics: ["nato", "cyber"] }))).toEqual([`${FILE}: $.topics[1]: unknown topic "cyber" (no content/topics/cyber.json)`]);
  });

  it("reports a topic listed twice, at the second mention", () => {
    expect(check(makeArticle({ topics: ["nato", "russia", "nato"] }))).toEqual([`${FILE}: $.topics[2]: topic "nato" is listed twice`]);
  });

  it("reports an unknown speaker in $.speakers", () => {
    const article = makeArticle({
      speakers: speakers("jens-stoltenberg", "ghost"),
      body: [paragraph(quote("q-a", "jens-stoltenberg", "A"), quote("q-b", "ghost", "B"))],
    });
    expect(check(article)).toEqual([`${FILE}: $.speakers[1].id: unknown speaker "ghost" (no content/people/ghost.json)`]);
  });

  it("reports a quoted speaker not listed in $.speakers, at the quote", () => {
    const article = makeArticle({ body: [paragraph("Intro."), paragraph(quote("q-a", "jens-stoltenberg", "A"), " and ", quote("q-b", "nato", "B"))] });
    const [line, ...rest] = check(article);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^content\/articles\/test-article\.json: \$\.body\[1\]\.children\[2\]\.speaker: speaker "nato" is quoted but not listed in \$\.speakers/);
  });

  it("reports an unlisted speaker of a nested quote and of a blockquote", () => {
    const article = makeArticle({
      body: [
        paragraph(quote("q-a", "jens-stoltenberg", "They called it ", nestedQuote("q-b", "nato", "irreversible"))),
        { type: "blockquote", id: "q-c", speaker: "volodymyr-zelensky", children: ["We are close"] },
      ],
    });
    expect(check(article).map((l) => l.split(": ").slice(1, 2)[0])).toEqual(["$.body[0].children[0].children[1].speaker", "$.body[1].speaker"]);
  });

  it("says when a quoted, unlisted speaker has no people file either", () => {
    const article = makeArticle({ body: [paragraph(quote("q-a", "jens-stoltenberg", "A"), quote("q-b", "nobody", "B"))] });
    expect(check(article)).toEqual([expect.stringMatching(/\$\.body\[0\]\.children\[1\]\.speaker: .*"nobody".*no content\/people\/nobody\.json/)]);
  });

  it("reports a listed speaker who is never quoted", () => {
    const article = makeArticle({ speakers: [{ id: "jens-stoltenberg" }, { id: "nato", role: "Communique" }] });
    expect(check(article)).toEqual([`${FILE}: $.speakers[1].id: speaker "nato" is listed but never quoted`]);
  });

  it("reports a speaker listed twice once, at the second entry", () => {
    const article = makeArticle({ speakers: speakers("jens-stoltenberg", "jens-stoltenberg") });
    expect(check(article)).toEqual([`${FILE}: $.speakers[1].id: speaker "jens-stoltenberg" is listed twice`]);
  });

  it("reports duplicate quote ids across inline quotes, blockquotes and lists", () => {
    const article = makeArticle({
      body: [
        paragraph(quote("q-same", "jens-stoltenberg", "A")),
        { type: "blockquote", id: "q-same", speaker: "jens-stoltenberg", children: ["B"] },
        { type: "list", ordered: true, items: [["One"], [quote("q-same", "jens-stoltenberg", "C")]] },
      ],
    });
    expect(check(article)).toEqual([
      `${FILE}: $.body[1].id: quote id "q-same" is already used at $.body[0].children[0]`,
      `${FILE}: $.body[2].items[1][0].id: quote id "q-same" is already used at $.body[0].children[0]`,
    ]);
  });

  it("reports a quote that continues no earlier quote, itself, or another speaker's quote", () => {
    const seg = (id: string, speaker: string, continues: string) => ({ type: "quote" as const, id, speaker, continues, children: ["More."] });
    const article = makeArticle({
      speakers: speakers("jens-stoltenberg", "nato"),
      body: [
        paragraph(seg("q-early", "jens-stoltenberg", "q-later")),
        paragraph(quote("q-later", "jens-stoltenberg", "First.")),
        paragraph(seg("q-self", "nato", "q-self")),
        paragraph(seg("q-other", "nato", "q-later")),
        paragraph(seg("q-fine", "jens-stoltenberg", "q-later")),
      ],
    });
    expect(check(article)).toEqual([
      `${FILE}: $.body[0].children[0].continues: quote continues "q-later", which is no earlier quote in this article`,
      `${FILE}: $.body[2].children[0].continues: quote continues "q-self", which is no earlier quote in this article`,
      `${FILE}: $.body[3].children[0].continues: quote continues "q-later", which is by another speaker ("jens-stoltenberg")`,
    ]);
  });

  it("reports a nested quote reusing its parent's id", () => {
    const article = makeArticle({
      speakers: speakers("jens-stoltenberg", "nato"),
      body: [paragraph(quote("q-a", "jens-stoltenberg", "They called it ", nestedQuote("q-a", "nato", "irreversible")))],
    });
    expect(check(article)).toEqual([`${FILE}: $.body[0].children[0].children[1].id: quote id "q-a" is already used at $.body[0].children[0]`]);
  });

  it("reports every problem of one article together", () => {
    const article = makeArticle({
      topics: ["cyber"],
      speakers: speakers("ghost", "nato"),
      body: [paragraph(quote("q-a", "jens-stoltenberg", "A"), quote("q-a", "ghost", "B"))],
    });
    expect(check(article).map((l) => l.split(": ")[1])).toEqual(
      expect.arrayContaining(["$.topics[0]", "$.speakers[0].id", "$.body[0].children[0].speaker", "$.body[0].children[1].id", "$.speakers[1].id"]),
    );
    expect(check(article)).toHaveLength(5);
  });
});

describe("crossCheck", () => {
  const content = (overrides: Partial<ContentSet>): ContentSet => ({
    articles: [{ file: "content/articles/test-article.json", value: makeArticle() }],
    people: [...PEOPLE.values()].map((value) => ({ file: `content/people/${value.id}.json`, value })),
    topics: [...TOPICS.values()].map((value) => ({ file: `content/topics/${value.id}.json`, value })),
    ...overrides,
  });

  it("finds nothing wrong with consistent content", () => {
    expect(crossCheck(content({}))).toEqual([]);
  });

  it("reports a slug that does not match its file name", () => {
    const articles = [{ file: "content/articles/other-name.json", value: makeArticle() }];
    expect(crossCheck(content({ articles }))).toEqual([
      { file: "content/articles/other-name.json", path: "$.slug", message: expect.stringMatching(/"test-article" does not match the file name.*"other-name"/) },
    ]);
  });

  it("reports a person or topic id that does not match its file name", () => {
    const people = [{ file: "content/people/stoltenberg.json", value: makePerson("jens-stoltenberg") }];
    const topics = [{ file: "content/topics/NATO.json", value: makeTopic("nato") }];
    expect(crossCheck(content({ people, topics })).map((p) => `${p.file} ${p.path}`)).toEqual([
      "content/people/stoltenberg.json $.id",
      "content/topics/NATO.json $.id",
    ]);
  });

  it("reports two files with the same slug, naming the first", () => {
    const articles = [
      { file: "content/articles/test-article.json", value: makeArticle() },
      { file: "content/articles/test-article-2.json", value: makeArticle() },
    ];
    const found = crossCheck(content({ articles }));
    expect(found).toContainEqual({
      file: "content/articles/test-article-2.json",
      path: "$.slug",
      message: '"test-article" is already used by content/articles/test-article.json',
    });
    expect(found.filter((p) => p.file === "content/articles/test-article.json")).toEqual([]);
  });

  it("reports two people files with the same id", () => {
    const people = [
      { file: "content/people/nato.json", value: makePerson("nato") },
      { file: "content/people/nato-2.json", value: makePerson("nato") },
      { file: "content/people/jens-stoltenberg.json", value: makePerson("jens-stoltenberg") },
    ];
    expect(crossCheck(content({ people }))).toContainEqual({
      file: "content/people/nato-2.json",
      path: "$.id",
      message: '"nato" is already used by content/people/nato.json',
    });
  });

  it("matches file names on Windows-style paths too", () => {
    const articles = [{ file: "content\\articles\\test-article.json", value: makeArticle() }];
    expect(crossCheck(content({ articles }))).toEqual([]);
  });

  it("checks every article against the people and topics", () => {
    const articles = [
      { file: "content/articles/test-article.json", value: makeArticle({ topics: ["cyber"] }) },
      { file: "content/articles/second.json", value: makeArticle({ slug: "second", topics: ["space"] }) },
    ];
    expect(crossCheck(content({ articles })).map((p) => `${p.file} ${p.message}`)).toEqual([
      'content/articles/test-article.json unknown topic "cyber" (no content/topics/cyber.json)',
      'content/articles/second.json unknown topic "space" (no content/topics/space.json)',
    ]);
  });
});
