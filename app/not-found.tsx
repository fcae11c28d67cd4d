import type { Metadata } from "next";
import { Link } from "@/components/links/Link";
import { HeadlineList } from "@/components/lists/HeadlineList";
import { Kicker } from "@/components/ui/Labels";
import { getSite } from "@/lib/site/get-site";
import { HOME_PATH } from "@/lib/paths";
import { SITE_TAG } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

export const metadata: Metadata = { title: "Page not found" };

export default async function NotFound() {
  // A 404 for an unknown article is cached like a page, and lists the latest stories: a publish must refresh it.
  await tagRender([SITE_TAG]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <Kicker>404 · Not on record</Kicker>
      <h1 className="mt-3 font-serif text-4xl font-bold tracking-tight">We can’t find that page</h1>
      <p className="mt-4 font-serif text-xl leading-snug text-muted">
        The link may be mistyped, or the story may have moved. Nothing here was said, by anyone.
      </p>
      <p className="mt-8 font-sans">
        <Link href={HOME_PATH} className="inline-flex min-h-11 items-center rounded-full bg-fg px-5 font-semibold text-bg">
          Read the latest stories
        </Link>
      </p>
      <HeadlineList id="latest-heading" heading="Latest on onrecord" articles={getSite().summaries.slice(0, 3)} />
    </div>
  );
}
