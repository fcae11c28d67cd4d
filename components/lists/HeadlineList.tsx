import { Link } from "@/components/links/Link";
import type { ArticleSummary } from "@/lib/article/summary";
import { formatDate } from "@/lib/format/date";
import { DemoBadge } from "../article/DemoNotice";
import { PanelHeading } from "../ui/Labels";
import { articlePath } from "@/lib/paths";

/** A short, headed list of stories by headline (related articles, the latest few). Renders nothing when empty. */
export function HeadlineList({ id, heading, articles }: { id: string; heading: string; articles: readonly ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id} className="no-print mt-10 border-t border-rule pt-6">
      <PanelHeading id={id}>{heading}</PanelHeading>
      <ul className="mt-2 divide-y divide-rule">
        {articles.map((a) => (
          <li key={a.slug} className="headline-list__item">
            <Link href={articlePath(a.slug)} className="headline-list__link">
              {a.headline}
            </Link>
            <p className="headline-list__meta">
              <span>{a.section}</span>
              <span aria-hidden="true">·</span>
              <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time>
              {a.demo ? <DemoBadge /> : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
