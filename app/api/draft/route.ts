import { cookies, draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { loadSingleArticle } from "@/lib/content/loader";
import { secretMatches } from "@/lib/http/secret";
import { checkPreviewSlug } from "@/lib/preview/access";
import { plainResponse, tightenDraftCookie } from "@/lib/preview/http";
import { articlePath } from "@/lib/paths";

export const dynamic = "force-dynamic";

/** `GET /api/draft?secret=…&slug=…`: turns on draft mode and opens the article. */
export async function GET(request: Request) {
  const expected = process.env.PREVIEW_SECRET;
  if (!expected) return plainResponse(404, "Preview is off on this server: PREVIEW_SECRET is not set.");
  const params = new URL(request.url).searchParams;
  if (!secretMatches(params.get("secret"), expected)) return plainResponse(401, "Wrong or missing secret.");
  const slug = checkPreviewSlug(params.get("slug"));
  if (!slug.ok) return plainResponse(400, slug.message);
  if (loadSingleArticle(slug.slug).status === "missing") return plainResponse(404, `There is no article file articles/${slug.slug}.json.`);

  (await draftMode()).enable();
  tightenDraftCookie(await cookies());
  // The slug was checked against the slug pattern, so this is a path on this site.
  redirect(articlePath(slug.slug));
}
