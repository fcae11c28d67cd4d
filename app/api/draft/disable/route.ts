import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { getSite } from "@/lib/site/get-site";
import { exitPreviewPath, returnPath } from "@/lib/preview/access";

export const dynamic = "force-dynamic";

/**
 * `GET /api/draft/disable[?to=/path]`: ends draft mode and goes back to the page the editor was on, unless that page
 * is a draft's, which has no public address: then home.
 */
export async function GET(request: Request) {
  (await draftMode()).disable();
  const url = new URL(request.url);
  // The origin the browser used (Host), which request.url may not reflect behind `next start -H`.
  const origin = `${url.protocol}//${request.headers.get("host") ?? url.host}`;
  const back = returnPath(url.searchParams.get("to"), request.headers.get("referer"), origin);
  redirect(exitPreviewPath(back, (slug) => getSite().records.has(slug)));
}
