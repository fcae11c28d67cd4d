import { Link } from "@/components/links/Link";
import type { ArticleSummary } from "@/lib/article/summary";
import { formatDate } from "@/lib/format/date";
import { plural } from "@/lib/format/text";
import { Kicker } from "../ui/Labels";
import { StoryQuote, type StoryQuoteData } from "./StoryQuote";
import { articlePath } from "@/lib/paths";

/** A story in a list: what it is, when, and who is quoted in it. */
export function ArticleCard({
  article,
  speakerNames,
  headingLevel = 2,
  quote,
  lead = false,
}: {
  article: ArticleSummary;
  speakerNames: readonly string[];
  headingLevel?: 2 | 3;
  /** Who said what in it, shown under the headline when given. */
  quote?: StoryQuoteData;
  /** The first story on the front page: larger, with its quotation set as a pull quote. */
  lead?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={lead ? "border-t-2 border-fg pt-5 pb-7" : "border-t border-rule py-5"} {...(lead ? { "data-lead-story": "" } : {})}>
      <Kicker demo={article.demo} small>
        {article.section}
      </Kicker>
      <Heading className={`mt-2 font-serif leading-snug font-bold text-balance ${lead ? "text-[1.75rem] leading-tight sm:text-4xl" : "text-xl sm:text-2xl"}`}>
        <Link href={articlePath(article.slug)} className="text-fg hover:underline hover:underline-offset-4">
          {article.headline}
        </Link>
      </Heading>
      {article.standfirst ? <p className={`mt-2 font-serif leading-snug text-muted ${lead ? "text-xl" : "text-lg"}`}>{article.standfirst}</p> : null}
      {quote ? <StoryQuote quote={quote} lead={lead} /> : null}
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
