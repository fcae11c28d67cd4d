import { revalidatePath, revalidateTag } from "next/cache";
import { formatProblem } from "@/lib/content/problems";
import { publishSlugs } from "@/lib/published/publish";
import { checkPublishRequest } from "@/lib/published/request";
import { sharedCacheStatus } from "@/lib/cache/shared-cache";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * `POST /api/publish` with `Authorization: Bearer <PUBLISH_SECRET>` and
 * `{"slugs": [...]}`: checks each file as `npm run validate` does, copies it
 * to the published store (or takes it down: file gone, or back to draft), and
 * revalidates every page that shows it, on every instance sharing the cache.
 * One invalid file and nothing changes: 422 with every problem.
 */
export async function POST(request: Request) {
  const checked = checkPublishRequest(request.headers.get("authorization"), await request.text(), process.env.PUBLISH_SECRET);
  if (!checked.ok) return json(checked.status, { error: checked.message });

  const outcome = await publishSlugs(checked.slugs);
  if (!outcome.ok) return json(422, { error: "Nothing was published: fix these problems and publish again.", problems: outcome.problems.map(formatProblem) });

  // Expire now rather than serve stale once: a takedown must not be shown again.
  for (const tag of outcome.tags) revalidateTag(tag, { expire: 0 });
  for (const path of outcome.paths) revalidatePath(path);

  const sharedCache = await sharedCacheStatus();
  const body = { results: outcome.results, revalidated: outcome.paths, tags: outcome.tags, sharedCache };
  if (sharedCache === "unreachable") {
    return json(503, {
      ...body,
      error: "Published to the store, but the shared cache (REDIS_URL) could not be reached: other instances may keep serving the old pages. Publish again once it is back.",
    });
  }
  return json(200, body);
}
