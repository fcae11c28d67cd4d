import type { Person } from "../content/schema";

/** Display names for speaker ids, in the order given; unknown ids are skipped. */
export function speakerNames(ids: readonly string[], people: ReadonlyMap<string, Person>): string[] {
  return ids.flatMap((id) => people.get(id)?.name ?? []);
}
