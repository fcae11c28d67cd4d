import { DRAFTS_PATH, DRAFT_MODE_EXIT_PATH } from "@/lib/paths";
/**
 * Shown on every page while draft mode is on, so an editor never mistakes a
 * preview for the public site. Plain links, not <Link>: a prefetch of the
 * exit route would end the preview.
 */
export function PreviewBanner() {
  return (
    <div role="status" className="preview-banner border-b-2 border-demo-fg bg-demo-bg font-sans text-sm text-demo-fg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-1 sm:px-6">
        <p className="font-bold">Preview — not published</p>
        <p className="flex flex-wrap gap-x-4">
          <a href={DRAFTS_PATH} className="inline-flex min-h-11 items-center underline underline-offset-2">
            All drafts
          </a>
          <a href={DRAFT_MODE_EXIT_PATH} className="inline-flex min-h-11 items-center font-bold underline underline-offset-2">
            Exit preview
          </a>
        </p>
      </div>
    </div>
  );
}
