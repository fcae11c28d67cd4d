import Link from "next/link";
import type { Topic } from "@/lib/content/schema";
import { plural } from "@/lib/format/date";
import { PanelHeading } from "../ui/Labels";

/** Every topic with its article count, for browsing. */
export function TopicIndex({ topics, counts }: { topics: readonly Topic[]; counts: ReadonlyMap<string, number> }) {
  return (
    <nav aria-labelledby="topic-index-heading" className="rounded-lg border border-rule bg-surface p-5">
      <PanelHeading id="topic-index-heading">Topics</PanelHeading>
      <ul className="mt-2">
        {topics.map((t) => (
          <li key={t.id}>
            <Link
              href={`/topics/${t.id}`}
              className="flex min-h-11 items-center justify-between gap-3 border-b border-rule py-2 font-sans font-semibold text-fg last:border-b-0 hover:underline"
            >
              <span>{t.name}</span>
              <span className="text-sm font-normal text-muted">{plural(counts.get(t.id) ?? 0, "story", "stories")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
