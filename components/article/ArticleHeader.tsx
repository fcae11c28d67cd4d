import { formatDate, formatReadingTime } from "@/lib/format/date";
import type { Article } from "@/lib/content/schema";
import { Kicker } from "../ui/Labels";
import { DemoNotice } from "./DemoNotice";

export function ArticleHeader({ article, readingMinutes }: { article: Article; readingMinutes: number }) {
  return (
    <header className="pt-8 pb-2">
      <Kicker demo={article.demo}>{article.section}</Kicker>
      <h1 className="mt-3 font-serif text-[2rem] leading-[1.15] font-bold tracking-tight text-balance sm:text-[2.5rem] lg:text-[2.75rem]">
        {article.headline}
      </h1>
      {article.standfirst ? (
        <p className="mt-4 font-serif text-xl leading-snug text-muted text-pretty">{article.standfirst}</p>
      ) : null}
      <div className="mt-5 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-rule pt-3 font-sans text-sm text-muted">
        {article.byline ? <span className="font-semibold text-fg">{article.byline}</span> : null}
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        {article.updatedAt ? (
          <span>
            Updated <time dateTime={article.updatedAt}>{formatDate(article.updatedAt)}</time>
          </span>
        ) : null}
        <span>{formatReadingTime(readingMinutes)}</span>
      </div>
      {article.demo ? <DemoNotice /> : null}
    </header>
  );
}
