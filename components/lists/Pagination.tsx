import { Link } from "@/components/links/Link";
import type { Page } from "@/lib/lists/paginate";
import { listingPagePath } from "@/lib/paths";

/**
 * Previous/next links under a paginated listing. Nothing when everything
 * fits on one page. `rel` lets crawlers and reader modes walk the series;
 * each link is a 44px tap target.
 */
export function Pagination({ base, page, noun }: { base: string; page: Pick<Page<unknown>, "page" | "pageCount" | "prev" | "next">; noun: string }) {
  if (page.pageCount <= 1) return null;
  const link = "inline-flex min-h-11 min-w-11 items-center whitespace-nowrap rounded-full border border-rule px-4 font-semibold text-link hover:bg-surface";
  // On a phone the noun would wrap the buttons onto two lines; screen readers still hear it.
  const what = <span className="sr-only sm:not-sr-only">&nbsp;{noun}</span>;
  return (
    <nav aria-label="Pagination" className="mt-2 mb-8 flex items-center justify-between gap-3 border-t border-rule pt-5 font-sans text-sm">
      {page.prev ? (
        <Link href={listingPagePath(base, page.prev)} rel="prev" className={link}>
          <span aria-hidden="true">←&nbsp;</span>Newer{what}
        </Link>
      ) : (
        <span />
      )}
      <p className="whitespace-nowrap text-muted">
        Page {page.page} of {page.pageCount}
      </p>
      {page.next ? (
        <Link href={listingPagePath(base, page.next)} rel="next" className={link}>
          Older{what}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
