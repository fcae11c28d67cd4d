import { Link } from "@/components/links/Link";
import type { SpeakerStanding } from "@/lib/article/people";
import type { Person } from "@/lib/content/schema";
import { formatDate } from "@/lib/format/date";
import { plural } from "@/lib/format/text";
import { homeSlot } from "@/lib/speaker-colour/assign";
import { DemoBadge } from "../article/DemoNotice";
import { speakerClass } from "../markup";
import { personPath } from "@/lib/paths";

export function SpeakerIndex({ standings, people }: { standings: readonly SpeakerStanding[]; people: ReadonlyMap<string, Person> }) {
  if (standings.length === 0) return <p className="border-t border-rule py-6 text-muted">Nobody has been quoted yet.</p>;
  return (
    <ol className="border-t border-rule">
      {standings.map((s) => {
        const person = people.get(s.id);
        if (!person) return null;
        return (
          <li key={s.id} className="border-b border-rule">
            <Link href={personPath(s.id)} className="group block py-4">
              <span className="block">
                <span className={`${speakerClass(homeSlot(person.id))} flex flex-wrap items-center gap-x-2.5 gap-y-1`}>
                  <span aria-hidden="true" className="speaker-panel__dot" />
                  <span className="font-serif text-xl font-bold text-fg group-hover:underline">{person.name}</span>
                  {person.demo ? <DemoBadge /> : null}
                </span>
                <span className="block font-sans text-sm text-muted">
                  {person.kind === "organisation" ? "Organisation" : "Person"}
                  {s.latestRole ? ` · ${s.latestRole}` : ""}
                </span>
              </span>
              <span className="mt-0.5 block font-sans text-sm text-muted">
                {plural(s.quoteCount, "quote")} in {plural(s.storyCount, "story", "stories")} · last quoted{" "}
                <time dateTime={s.latestAt}>{formatDate(s.latestAt)}</time>
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
