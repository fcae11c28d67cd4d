import { Link } from "@/components/links/Link";
import { formatDate } from "@/lib/format/date";
import { articlePath, personPath, quoteInContextPath } from "@/lib/paths";
import type { QuoteShare } from "@/lib/seo/quote-share";
import { shareableQuote } from "@/lib/seo/text";
import { DemoNotice } from "../article/DemoNotice";
import { Kicker } from "../ui/Labels";

/**
 * A quotation on its own share page: the words, who said them as what, the
 * story they come from, and a link to the quote in context.
 */
export function SharedQuote({ share }: { share: QuoteShare }) {
  const { view, quote, speaker } = share;
  const { article } = view;
  // The same words as the card and the page title: lifted out of the sentence, without its trailing comma.
  const words = shareableQuote(quote.text);
  const size = words.length > 200 ? "text-2xl sm:text-3xl" : "text-3xl sm:text-4xl";
  return (
    <div className="mx-auto max-w-3xl px-4 pb-4 sm:px-6">
      <div className="pt-8">
        <Kicker demo={article.demo}>On record · {article.section}</Kicker>
      </div>
      <figure className={`speaker-${speaker.colour} mt-4 rounded-e border-s-4 border-[var(--spk-fg)] bg-[var(--spk-bg)] px-5 py-6 sm:px-8`}>
        <blockquote cite={quoteInContextPath(article.slug, quote.id)}>
          <h1 className={`font-serif leading-snug font-semibold text-pretty ${size}`} data-quote-text>
            “{words}”
          </h1>
        </blockquote>
        <figcaption className="mt-5 font-sans">
          <Link href={personPath(speaker.id)} className="text-lg font-bold text-[var(--spk-fg)] underline-offset-4 hover:underline">
            {speaker.name}
          </Link>
          {speaker.role ? <p className="text-muted">{speaker.role}</p> : null}
        </figcaption>
      </figure>
      {article.demo ? <DemoNotice /> : null}
      <p className="mt-6 font-sans text-sm text-muted">
        From{" "}
        <Link href={articlePath(article.slug)} className="font-serif text-base font-semibold text-fg underline-offset-4 hover:underline">
          {article.headline}
        </Link>
        , <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
      </p>
      <p className="mt-4 font-sans">
        <Link
          href={quoteInContextPath(article.slug, quote.id)}
          className="inline-flex min-h-11 items-center rounded-full bg-fg px-5 font-semibold text-bg"
          data-quote-link={quote.id}
        >
          Read it in context
        </Link>
      </p>
    </div>
  );
}
