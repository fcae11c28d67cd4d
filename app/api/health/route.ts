import { getSite } from "@/lib/site/get-site";
import { healthReport } from "@/lib/site/health";

// Generated at build: it reports what this build serves, costs nothing per
// request, and a 200 proves the server is up and serving the build.
export const dynamic = "force-static";

export function GET() {
  return Response.json(healthReport(getSite()), {
    headers: { "cache-control": "no-store" },
  });
}
