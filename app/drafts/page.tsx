import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { DraftList } from "@/components/preview/DraftList";
import { PageHeader } from "@/components/ui/Labels";
import { listDrafts } from "@/lib/content/loader";
import { plural } from "@/lib/format/text";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Drafts", robots: { index: false, follow: false } };

/** Editors only: a 404 for everyone not in draft mode. */
export default async function DraftsPage() {
  if (!(await draftMode()).isEnabled) notFound();
  const drafts = listDrafts();
  return (
    <div className="mx-auto max-w-3xl px-4 pb-12 sm:px-6">
      <PageHeader
        kicker="Preview"
        title="Drafts"
        description="Unpublished articles in content/articles/, read from disk now. Open one to see it as readers will."
        meta={plural(drafts.length, "draft")}
      />
      <DraftList drafts={drafts} />
    </div>
  );
}
