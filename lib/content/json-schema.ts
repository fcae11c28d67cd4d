import { z } from "zod";
import { articleSchema, personSchema, topicSchema } from "./schema";

const TITLES = {
  article: "onrecord article",
  person: "onrecord speaker (a person or an organisation)",
  topic: "onrecord topic",
} as const;

/** JSON Schema (draft 2020-12) for each kind of content file, keyed by file stem. */
export function contentJsonSchemas(): Record<keyof typeof TITLES, object> {
  const make = (schema: z.ZodType, name: keyof typeof TITLES) => ({
    ...z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }),
    $id: `https://onrecord.example/schema/${name}.schema.json`,
    title: TITLES[name],
  });
  return { article: make(articleSchema, "article"), person: make(personSchema, "person"), topic: make(topicSchema, "topic") };
}
