import { Link } from "@/components/links/Link";
import { HOME_PATH } from "@/lib/paths";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-rule bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>
          <Link href={HOME_PATH} className="font-semibold text-fg underline-offset-4 hover:underline">
            onrecord
          </Link>{" "}
          marks every quotation in a story and tells you who said it.
        </p>
        <p>Articles labelled “Demo content” are fictional: invented people and places, written to show how the site works.</p>
      </div>
    </footer>
  );
}
