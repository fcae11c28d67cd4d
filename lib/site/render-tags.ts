import { unstable_cache } from "next/cache";
import { MAX_TAGS } from "../published/tags";

/**
 * Names what a page shows as cache tags (lib/published/tags.ts), so that a
 * publish revalidates exactly the pages showing what changed. Next.js gives a
 * page the tags of the cached calls made while it renders; this is such a
 * call, with nothing to cache but its tags. Outside a cached render (draft
 * mode, a dynamic route) it costs one lookup and tags nothing.
 */
export async function tagRender(tags: readonly string[]): Promise<void> {
  const list = [...new Set(tags)].sort().slice(0, MAX_TAGS);
  await unstable_cache(async () => list.length, ["onrecord-render-tags", ...list], { tags: list })();
}
