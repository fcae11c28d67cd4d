import type { Article, Person } from "../content/schema";
import { assignSlots } from "../speaker-colour/assign";
import { quotesBySpeaker } from "./quotes";

export interface SpeakerInArticle {
  id: string;
  name: string;
  kind: Person["kind"];
  /** The role they held in this article's story, if the article gives one. */
  role?: string;
  quoteIds: string[];
  /** Index into the speaker palette: the person's own slot (lib/speaker-colour), unless someone quoted earlier in the story holds it. */
  colour: number;
}

/**
 * The people and organisations quoted in an article, in order of their first
 * quote, each with the ids of everything they are quoted saying.
 */
export function speakersInOrder(article: Pick<Article, "body" | "speakers">, people: ReadonlyMap<string, Person>): SpeakerInArticle[] {
  const roles = new Map(article.speakers.map((s) => [s.id, s.role]));
  const bySpeaker = quotesBySpeaker(article);
  const slots = assignSlots([...bySpeaker.keys()]);
  return [...bySpeaker].map(([id, quotes]) => {
    const person = people.get(id);
    if (!person) throw new Error(`speakersInOrder: unknown speaker "${id}" (content was not cross-checked)`);
    const role = roles.get(id);
    const quoteIds = quotes.map((q) => q.id);
    return { id, name: person.name, kind: person.kind, ...(role ? { role } : {}), quoteIds, colour: slots.get(id)! };
  });
}
