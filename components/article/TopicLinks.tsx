import Link from "next/link";
import type { Topic } from "@/lib/content/schema";
import { PanelHeading } from "../ui/Labels";
import { topicPath } from "@/lib/paths";

/** The article's topics, each a way into more of the same story. */
export function TopicLinks({ topics }: { topics: readonly Topic[] }) {
  return (
    <nav aria-labelledby="topics-heading" className="no-print mt-10 border-t border-rule pt-6">
      <PanelHeading id="topics-heading">Topics in this story</PanelHeading>
      <ul className="mt-3 flex flex-wrap gap-2">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link href={topicPath(topic.id)} className="topic-chip">
              {topic.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
