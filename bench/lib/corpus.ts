/**
 * A synthetic archive for `npm run bench`: fictional people, topics and
 * articles that pass the content validator, generated from a seed so every
 * run of a size gets the same archive. Nothing here is a real person or a
 * real quotation: names are put together from invented syllables, every
 * article is marked `"demo": true`, and the bench adds the one real seed
 * article (with its own people and topics) beside them.
 */
import type { Article, Block, Inline, Person, Topic } from "../../lib/content/schema";

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same archive. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

// Invented syllables: the names they make belong to nobody on record.
const FIRST = ["Ma", "Ilo", "Te", "Ve", "Sor", "Ka", "Lio", "Ren", "Da", "Ys", "Or", "Bel", "Nim", "Ta", "Eo", "Fen"];
const FIRST_END = ["rel", "na", "vik", "sa", "dric", "lin", "mo", "th", "ra", "sel", "ko", "ven"];
const LAST = ["Tov", "Quar", "Bren", "Vals", "Ostr", "Mir", "Kel", "Dun", "Sab", "Ferr", "Hal", "Corv", "Lund", "Pell"];
const LAST_END = ["ak", "ian", "ell", "ovic", "ane", "ir", "etto", "und", "ary", "esk", "ow", "ine"];
const ORG_A = ["Northmere", "Calvane", "Ostrel", "Veyland", "Drummar", "Selkirran", "Haldor", "Brisk"];
const ORG_B = ["Port Authority", "Rail Union", "Grid Operator", "Fisheries Board", "Weather Office", "Transit Council", "Water Board", "Teachers' Guild"];
const ROLES = ["Mayor of Northmere", "Harbour master", "Minister of Transport", "Union spokesperson", "Chief engineer", "Council leader", "Head of the weather office", "Fisheries inspector", "Hospital director", "Schools commissioner"];

const TOPIC_NAMES = [
  "Harbour affairs", "Rail and transit", "Energy grid", "Fisheries", "Weather and climate", "City council", "Schools", "Health service",
  "Housing", "Water supply", "Courts", "Elections", "Trade", "Farming", "Tourism", "Science", "Culture", "Sport", "Roads", "Budget",
];

const PLACES = ["Northmere", "Calvane", "Ostrel Bay", "Veyland", "Drummar", "Selkirra", "Haldor Point", "Brisk Valley"];
const SUBJECTS = ["council", "port authority", "rail union", "grid operator", "water board", "school board", "ferry service", "hospital trust"];
const VERBS = ["weighs", "delays", "approves", "rejects", "reviews", "expands", "cuts", "defends"];
const OBJECTS = ["new ferry timetable", "budget for repairs", "plan for the old docks", "night train service", "flood barrier upgrade", "school meal scheme", "wind farm lease", "bridge tolls"];
const SECTIONS = ["World", "Politics", "Business", "Science", "Local"];
const WORDS = (
  "the council said on tuesday that the plan would go ahead after a long review of costs and timings while residents asked for more " +
  "detail about how the work would affect their streets and the harbour during the busy summer months officials expect a decision " +
  "before the end of the year and a report will be published once the figures have been checked by the independent auditor"
).split(" ");

function sentence(rand: Rand, min = 12, max = 26): string {
  const n = between(rand, min, max);
  const words = Array.from({ length: n }, () => pick(rand, WORDS));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export interface CorpusOptions {
  /** Synthetic articles to make (the bench adds the real seed article on top to reach N). */
  articles: number;
  /** How many of those are drafts (for the preview measurement); they come first. */
  drafts?: number;
  seed?: number;
}

export interface Corpus {
  articles: Article[];
  people: Person[];
  topics: Topic[];
}

/** People grow with the archive, but slower: a newsroom quotes the same officials again and again. */
export function peopleCount(articles: number): number {
  return Math.max(30, Math.round(articles / 10));
}

export function makePeople(count: number, seed = 1): Person[] {
  const rand = prng(seed * 7919 + 17);
  const out: Person[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < count; i++) {
    const organisation = i % 5 === 4;
    const base = organisation
      ? `${pick(rand, ORG_A)} ${pick(rand, ORG_B)}`
      : `${pick(rand, FIRST)}${pick(rand, FIRST_END)} ${pick(rand, LAST)}${pick(rand, LAST_END)}`;
    // A numbered suffix keeps ids unique without inventing ever more names.
    let id = `demo-${slugify(base)}`;
    let name = base;
    if (seen.has(id)) {
      id = `${id}-${i}`;
      name = `${base} (${i})`;
    }
    seen.add(id);
    out.push({
      id,
      name,
      kind: organisation ? "organisation" : "person",
      description: `Fictional ${organisation ? "organisation" : "person"} generated for the performance benchmark (demo content).`,
    });
  }
  return out;
}

export function makeTopics(): Topic[] {
  return TOPIC_NAMES.map((name) => ({
    id: `demo-${slugify(name)}`,
    name,
    description: `Synthetic stories about ${name.toLowerCase()} in invented places, for the performance benchmark.`,
  }));
}

/**
 * Picks a speaker, most often from the front of the list: a few people are
 * quoted all the time and most rarely, so some speaker pages run to many pages.
 */
function pickSpeaker(rand: Rand, people: readonly Person[]): Person {
  const r = rand();
  return people[Math.floor(r * r * people.length)]!;
}

function paragraphWithQuote(rand: Rand, quoteId: string, speaker: Person): Block {
  const surname = speaker.name.split(" ").at(-1)!;
  const children: Inline[] = [
    `${sentence(rand)} `,
    { type: "quote", id: quoteId, speaker: speaker.id, children: [sentence(rand, 8, 20).replace(/\.$/, ",")] },
    speaker.kind === "organisation" ? ` the ${speaker.name} said in a statement.` : ` ${surname} said.`,
  ];
  return { type: "paragraph", children };
}

/** One synthetic article; `index` fixes its slug, date and content. */
export function makeArticle(index: number, people: readonly Person[], topics: readonly Topic[], options: { seed?: number; draft?: boolean } = {}): Article {
  const rand = prng((options.seed ?? 1) * 1_000_003 + index);
  const headline = `${pick(rand, PLACES)} ${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}`;
  const slug = `${slugify(headline)}-${index}`;

  const speakerCount = between(rand, 1, 3);
  const speakers: Person[] = [];
  while (speakers.length < speakerCount) {
    const p = pickSpeaker(rand, people);
    if (!speakers.includes(p)) speakers.push(p);
  }
  const topicCount = between(rand, 1, 3);
  const chosenTopics: Topic[] = [];
  while (chosenTopics.length < topicCount) {
    const t = pick(rand, topics);
    if (!chosenTopics.includes(t)) chosenTopics.push(t);
  }

  // Every listed speaker is quoted at least once, in order; a few get a second quote.
  const quoted = [...speakers, ...speakers.filter(() => rand() < 0.4)];
  const body: Block[] = [{ type: "paragraph", children: [`${sentence(rand)} ${sentence(rand)}`] }];
  quoted.forEach((speaker, q) => {
    const id = `q-${q + 1}`;
    if (q === 1 && rand() < 0.5) {
      body.push({ type: "blockquote", id, speaker: speaker.id, children: [sentence(rand, 14, 30)] });
    } else {
      body.push(paragraphWithQuote(rand, id, speaker));
    }
    if (q === 0) body.push({ type: "heading", level: 2, children: [sentence(rand, 3, 6).replace(/\.$/, "")] });
    body.push({ type: "paragraph", children: [`${sentence(rand)} ${sentence(rand)} ${sentence(rand)}`] });
  });
  if (rand() < 0.3) body.push({ type: "list", ordered: false, items: [[sentence(rand, 5, 10)], [sentence(rand, 5, 10)]] });

  // One story every few hours, newest last: index 0 is the oldest.
  const publishedAt = new Date(Date.UTC(2019, 0, 1) + index * 4 * 3_600_000 + Math.floor(rand() * 3_600_000)).toISOString();
  const roles = new Map(speakers.map((p) => [p.id, p.kind === "organisation" ? "Statement" : pick(rand, ROLES)]));
  return {
    slug,
    status: options.draft ? "draft" : "published",
    demo: true,
    section: pick(rand, SECTIONS),
    headline,
    standfirst: sentence(rand, 14, 24),
    byline: "By Demo Desk",
    publishedAt: publishedAt.replace(/\.\d{3}Z$/, "Z"),
    topics: chosenTopics.map((t) => t.id),
    speakers: speakers.map((p) => ({ id: p.id, role: roles.get(p.id)! })),
    body,
  };
}

/** A whole synthetic archive of `options.articles` articles, the first `options.drafts` of them drafts. */
export function makeCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 1;
  const people = makePeople(peopleCount(options.articles), seed);
  const topics = makeTopics();
  const drafts = options.drafts ?? 0;
  const articles = Array.from({ length: options.articles }, (_, i) => makeArticle(i, people, topics, { seed, draft: i < drafts }));
  return { articles, people, topics };
}
