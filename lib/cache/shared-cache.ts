import "server-only";
import { sharedRedis } from "./redis-cache-handler";

export type SharedCacheStatus = "off" | "ok" | "unreachable";

/**
 * The state of the cache the instances share, for the publish route to report:
 * "off" without REDIS_URL (one machine, Next's own cache), "ok" when Redis
 * answers a PING within the handler's command timeout, "unreachable" otherwise.
 * Uses the process's one connection to that Redis, so asking costs no
 * connection set-up.
 */
export async function sharedCacheStatus(env: Record<string, string | undefined> = process.env): Promise<SharedCacheStatus> {
  const url = env.REDIS_URL;
  if (!url) return "off";
  return (await sharedRedis(url).ping()) ? "ok" : "unreachable";
}
