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
        demo={person.demo}
        title={person.name}
        description={person.description}
        meta={`${plural(quoteCount, "quote")} in ${plural(page.total, "story", "stories")}${paged}`}
      />
      {person.demo ? (
        <p role="note" className="mb-6 rounded border border-rule bg-demo-bg px-4 py-3 font-sans text-sm text-demo-fg">
          <strong className="font-bold">Demo content.</strong> {person.name} {person.kind === "organisation" ? "is a fictional organisation" : "is a fictional person"}, invented with
          the demo stories to show how onrecord works.
        </p>
      ) : null}
      <SpeakerAppearances personId={person.id} appearances={page.items} />
      <Pagination base={personPath(person.id)} page={page} noun="stories" />
    </div>
  );
}
