import { Link } from "@/components/links/Link";
import type { Topic } from "@/lib/content/schema";
import { plural } from "@/lib/format/text";
import { PanelHeading } from "../ui/Labels";
import { topicPath } from "@/lib/paths";

/**
 * Every topic with its article count. As a panel (the home page) it carries
 * its own heading; on the topics page the page's h1 names it and each topic
 * shows its description.
 */
export function TopicIndex({
  topics,
  counts,
  headed = true,
}: {
  topics: readonly Topic[];
  counts: ReadonlyMap<string, number>;
  headed?: boolean;
}) {
  return (
    <nav
      {...(headed ? { "aria-labelledby": "topic-index-heading" } : { "aria-label": "All topics" })}
      className={headed ? "rounded-lg border border-rule bg-surface p-5" : "border-t border-rule"}
    >
      {headed ? <PanelHeading id="topic-index-heading">Topics</PanelHeading> : null}
      <ul className={headed ? "mt-2" : ""}>
        {topics.map((t) => (
          <li key={t.id} className="border-b border-rule last:border-b-0">
            <Link href={topicPath(t.id)} className="group flex min-h-11 items-center justify-between gap-3 py-2 font-sans text-fg">
              <span>
                <span className="font-semibold group-hover:underline">{t.name}</span>
                {!headed && t.description ? <span className="block text-sm text-muted">{t.description}</span> : null}
              </span>
              <span className="shrink-0 text-sm text-muted">{plural(counts.get(t.id) ?? 0, "story", "stories")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
