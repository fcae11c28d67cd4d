/** A small site for the lib/seo unit tests (imported only by `*.test.ts`). */
import { buildSite } from "../site/site";
import { makeArticle, makePerson, makeTopic, nestedQuote, paragraph, quote } from "../content/test-fixtures";

export const HOSTILE = "</script><script>alert(1)</script>";
export const BASE = "https://onrecord.example";

export const people = [
  makePerson("jens-stoltenberg", { name: "Jens Stoltenberg" }),
  makePerson("nato", { name: "NATO", kind: "organisation" }),
  makePerson("edda-morn", { name: "Edda Morn" }),
];
export const topics = [makeTopic("nato", { name: "NATO" }), makeTopic("russia", { name: "Russia" }), makeTopic("unused", { name: "Unused" })];

export const older = makeArticle({ slug: "older", publishedAt: "2024-07-01T09:00:00Z", byline: "By Ann Reporter" });
export const hostile = makeArticle({
  slug: "hostile",
  section: "Tech & <Security>",
  headline: `Site defaced with ${HOSTILE}`,
  standfirst: `The page said \u202Eexe.pdf and ${HOSTILE} & more.`,
  byline: "By Demo Desk",
  demo: true,
  publishedAt: "2025-01-02T10:00:00Z",
  updatedAt: "2025-01-03T08:30:00Z",
  topics: ["russia", "nato"],
  speakers: [
    { id: "edda-morn", role: "Head of digital services" },
    { id: "nato", role: "Statement" },
  ],
  body: [
    paragraph(quote("q-typed", "edda-morn", "Someone typed ", HOSTILE, " into the form, ", nestedQuote("q-said", "nato", "a statement"), " and left,"), " she said."),
    paragraph(quote("q-org", "nato", "We are aware.")),
  ],
});
export const draft = makeArticle({ slug: "secret-draft", status: "draft", publishedAt: "2026-01-01T00:00:00Z", topics: ["nato", "unused"] });

export const site = buildSite([older, hostile, draft], people, topics);

/** The articles' bodies by slug, as the published store would give them. */
const bodies = new Map([older, hostile, draft].map((a) => [a.slug, a]));
export const read = (slug: string) => bodies.get(slug);
