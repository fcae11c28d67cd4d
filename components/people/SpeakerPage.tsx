import type { SpeakerAppearance } from "@/lib/article/people";
import type { Person } from "@/lib/content/schema";
import { plural } from "@/lib/format/text";
import type { Page } from "@/lib/lists/paginate";
import { Pagination } from "../lists/Pagination";
import { PageHeader } from "../ui/Labels";
import { SpeakerAppearances } from "./SpeakerAppearances";
import { personPath } from "@/lib/paths";

/** One page of what a speaker is quoted saying, story by story. */
export function SpeakerPage({ person, page, quoteCount }: { person: Person; page: Page<SpeakerAppearance>; quoteCount: number }) {
  const paged = page.pageCount > 1 ? ` · page ${page.page} of ${page.pageCount}` : "";
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <PageHeader
        kicker={`${person.kind === "organisation" ? "Organisation" : "Person"} quoted`}
        title={person.name}
        description={person.description}
        meta={`${plural(quoteCount, "quote")} in ${plural(page.total, "story", "stories")}${paged}`}
      />
      <SpeakerAppearances appearances={page.items} />
      <Pagination base={personPath(person.id)} page={page} noun="stories" />
    </div>
  );
}
