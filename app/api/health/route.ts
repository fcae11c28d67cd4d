import { getSite } from "@/lib/site/get-site";
import { healthReport } from "@/lib/site/health";
import { SITE_TAG } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

// Generated at build and again after each publish: it reports what is
// published, costs nothing per request, and a 200 proves the server is up.
export const dynamic = "force-static";

export async function GET() {
  await tagRender([SITE_TAG]);
  return Response.json(healthReport(getSite()), {
    headers: { "cache-control": "no-store" },
  });
}
