/**
 * The content model, as zod schemas. Raw JSON from `content/` is parsed by
 * these once, at the edge; everything past this file works with the inferred
 * domain types and never sees unchecked JSON.
 *
 * The JSON Schemas in `content/schema/` are generated from these
 * (`npm run schema`), so editors' IDEs and the build agree on one definition.
 */
import { z } from "zod";

/** Lowercase words joined by single hyphens: safe in a URL and as a file name. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Quote ids are page anchors; the `q-` prefix keeps them clear of the page's own ids. */
const QUOTE_ID_PATTERN = /^q-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest single run of text we accept; a 1 MB paragraph is a mistake, not an article. */
export const MAX_TEXT_LENGTH = 10_000;

/** Field lengths, exported so that tools writing content (the ingest) keep within them. */
export const LIMITS = {
  slug: 120,
  quoteId: 80,
  section: 40,
  headline: 200,
  role: 160,
  name: 120,
} as const;

export const slugSchema = z
  .string()
  .max(LIMITS.slug, `must be at most ${LIMITS.slug} characters`)
  .regex(SLUG_PATTERN, "must be lowercase letters, digits and single hyphens (e.g. \"nato-summit-2024\")");

export const quoteIdSchema = z
  .string()
  .max(LIMITS.quoteId, `must be at most ${LIMITS.quoteId} characters`)
  .regex(QUOTE_ID_PATTERN, "must start with \"q-\" followed by lowercase letters, digits and single hyphens");

/** A one-line field such as a headline: no surrounding blanks, no line breaks. */
const line = (max: number) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s === s.trim(), "must not start or end with whitespace")
    .refine((s) => !/[\r\n]/.test(s), "must be a single line");

const text = z.string().min(1, "must not be empty").max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`);

const isoDateTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone, e.g. 2024-07-11T18:00:00Z" });

/**
 * Internal paths or http(s) URLs only: a `javascript:` link in content is
 * never rendered. Backslashes are refused outright, since browsers read
 * `/\\host` as `//host`, another site.
 */
const hrefSchema = z
  .string()
  .max(2000)
  .refine((s) => !/[\s\\]/.test(s) && (/^\/(?!\/)/.test(s) || isHttpUrl(s)), "must be an http(s) URL or a path starting with a single \"/\"");

function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    return ["http:", "https:"].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

const emphasisSchema = z.strictObject({ type: z.literal("emphasis"), children: z.array(text).min(1) });
const strongSchema = z.strictObject({ type: z.literal("strong"), children: z.array(text).min(1) });
const linkSchema = z.strictObject({ type: z.literal("link"), href: hrefSchema, children: z.array(text).min(1) });

/** Text a quotation may contain, except another quotation. */
const plainInlineSchema = z.union([text, z.discriminatedUnion("type", [emphasisSchema, strongSchema, linkSchema])]);

const quoteFields = { id: quoteIdSchema, speaker: slugSchema } as const;

/**
 * One quotation over several paragraphs: each later paragraph's segment is
 * its own node, naming the id of the quotation it continues (an earlier node
 * of the same article and speaker), so the quotation keeps one id and counts once.
 */
const continuesField = { continues: quoteIdSchema.optional() } as const;

/** A quotation inside a quotation (a speaker citing someone). One level deep, no more. */
const nestedQuoteSchema = z.strictObject({
  type: z.literal("quote"),
  ...quoteFields,
  children: z.array(plainInlineSchema).min(1),
});

const quoteChildSchema = z.union([
  text,
  z.discriminatedUnion("type", [emphasisSchema, strongSchema, linkSchema, nestedQuoteSchema]),
]);

export const quoteSchema = z.strictObject({
  type: z.literal("quote"),
  ...quoteFields,
  ...continuesField,
  children: z.array(quoteChildSchema).min(1),
});

const inlineSchema = z.union([
  text,
  z.discriminatedUnion("type", [emphasisSchema, strongSchema, linkSchema, quoteSchema]),
]);

const paragraphSchema = z.strictObject({ type: z.literal("paragraph"), children: z.array(inlineSchema).min(1) });
const headingSchema = z.strictObject({
  type: z.literal("heading"),
  level: z.union([z.literal(2), z.literal(3)]),
  children: z.array(plainInlineSchema).min(1),
});
/** A quotation that stands as its own paragraph, set off from the text. */
const blockquoteSchema = z.strictObject({
  type: z.literal("blockquote"),
  ...quoteFields,
  ...continuesField,
  children: z.array(quoteChildSchema).min(1),
});
const listSchema = z.strictObject({
  type: z.literal("list"),
  ordered: z.boolean(),
  items: z.array(z.array(inlineSchema).min(1)).min(1),
});

export const blockSchema = z.discriminatedUnion("type", [paragraphSchema, headingSchema, blockquoteSchema, listSchema]);

const articleSpeakerSchema = z.strictObject({
  id: slugSchema,
  /** The role held when quoted: true on the day, not forever. */
  role: line(LIMITS.role).optional(),
});

const $schema = z.string().optional();

export const articleSchema = z
  .strictObject({
    $schema,
    slug: slugSchema,
    status: z.enum(["published", "draft"]),
    demo: z.boolean().optional(),
    section: line(LIMITS.section),
    headline: line(LIMITS.headline),
    standfirst: line(400).optional(),
    byline: line(120).optional(),
    publishedAt: isoDateTime,
    updatedAt: isoDateTime.optional(),
    topics: z.array(slugSchema).min(1, "must name at least one topic"),
    speakers: z.array(articleSpeakerSchema),
    body: z.array(blockSchema).min(1, "must have at least one block"),
  })
  .superRefine((article, ctx) => {
    if (article.updatedAt && Date.parse(article.updatedAt) < Date.parse(article.publishedAt)) {
      ctx.addIssue({ code: "custom", path: ["updatedAt"], message: "must not be earlier than publishedAt" });
    }
  });

export const personSchema = z.strictObject({
  $schema,
  id: slugSchema,
  name: line(LIMITS.name),
  kind: z.enum(["person", "organisation"]),
  /** Invented for the demo stories: listed with a "Demo" label wherever people are listed, so no reader takes them for real. */
  demo: z.boolean().optional(),
  description: line(400).optional(),
  /** Other names the speaker goes by in copy (surname, acronym): used to match speakers on ingest. */
  aliases: z.array(line(120)).optional(),
});

export const topicSchema = z.strictObject({
  $schema,
  id: slugSchema,
  name: line(80),
  description: line(400).optional(),
});

export type Article = z.infer<typeof articleSchema>;
export type ArticleSpeaker = z.infer<typeof articleSpeakerSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type QuoteChild = z.infer<typeof quoteChildSchema>;
export type PlainInline = z.infer<typeof plainInlineSchema>;
export type QuoteNode = z.infer<typeof quoteSchema>;
export type NestedQuoteNode = z.infer<typeof nestedQuoteSchema>;
export type BlockquoteBlock = z.infer<typeof blockquoteSchema>;
export type Person = z.infer<typeof personSchema>;
export type Topic = z.infer<typeof topicSchema>;

/** Any node that can appear inside body text, at any depth. */
export type AnyInline = Inline | QuoteChild | PlainInline;
