import { Link } from "@/components/links/Link";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import { personPath } from "@/lib/paths";
import { speakerClass } from "../markup";
import { PanelHeading } from "../ui/Labels";

/** After the story: each speaker's own page, with everything they are quoted saying across the site. */
export function PeopleInStory({ speakers }: { speakers: readonly SpeakerInArticle[] }) {
  if (speakers.length === 0) return null;
  return (
    <nav aria-labelledby="people-heading" className="no-print mt-10 border-t border-rule pt-6">
      <PanelHeading id="people-heading">People in this story</PanelHeading>
      <ul className="mt-3 flex flex-wrap gap-2">
        {speakers.map((s) => (
          <li key={s.id} className={speakerClass(s.colour)}>
            <Link href={personPath(s.id)} className="person-chip">
              <span aria-hidden="true" className="speaker-panel__dot" />
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
