import { Link } from "@/components/links/Link";
import type { ArticleSummary } from "@/lib/article/summary";
import { formatDate } from "@/lib/format/date";
import { plural } from "@/lib/format/text";
import { Kicker } from "../ui/Labels";
import { articlePath } from "@/lib/paths";

/** A story in a list: what it is, when, and who is quoted in it. */
export function ArticleCard({
  article,
  speakerNames,
  headingLevel = 2,
}: {
  article: ArticleSummary;
  speakerNames: readonly string[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-t border-rule py-5">
      <Kicker demo={article.demo} small>
        {article.section}
      </Kicker>
      <Heading className="mt-2 font-serif text-xl leading-snug font-bold sm:text-2xl">
        <Link href={articlePath(article.slug)} className="text-fg hover:underline hover:underline-offset-4">
          {article.headline}
        </Link>
      </Heading>
      {article.standfirst ? <p className="mt-2 font-serif text-lg leading-snug text-muted">{article.standfirst}</p> : null}
      <p className="mt-2 font-sans text-sm text-muted">
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        {article.quoteCount > 0 ? (
          <>
            {" · "}
            {plural(article.quoteCount, "quote")} from {speakerNames.join(", ")}
          </>
        ) : null}
      </p>
    </article>
  );
}
