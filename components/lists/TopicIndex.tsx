import Link from "next/link";
import type { Topic } from "@/lib/content/schema";
import { plural } from "@/lib/format/date";

/** Every topic with its article count, for browsing. */
export function TopicIndex({ topics, counts }: { topics: readonly Topic[]; counts: ReadonlyMap<string, number> }) {
  return (
    <nav aria-labelledby="topic-index-heading" className="rounded-lg border border-rule bg-surface p-5">
      <h2 id="topic-index-heading" className="font-sans text-sm font-bold uppercase tracking-wider text-muted">
        Topics
      </h2>
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
