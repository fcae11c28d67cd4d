import { z } from "zod";
import { slugSchema } from "../content/schema";
import { secretMatches } from "../http/secret";

/** At most this many slugs in one publish: a larger batch belongs in a build. */
export const MAX_SLUGS_PER_PUBLISH = 100;

const bodySchema = z.strictObject({
  slugs: z.array(slugSchema).min(1, "give at least one slug").max(MAX_SLUGS_PER_PUBLISH, `at most ${MAX_SLUGS_PER_PUBLISH} slugs at a time`),
});

export type PublishRequest = { ok: true; slugs: string[] } | { ok: false; status: 400 | 401 | 404; message: string };

/**
 * Checks a publish request: the server has a secret, the `Authorization`
 * header carries it (`Bearer <secret>`, compared in constant time), and the
 * body is `{"slugs": [...]}` of valid slugs. The secret is checked before
 * the body is looked at, so a caller without it learns nothing about slugs.
 */
export function checkPublishRequest(authorization: string | null, body: string, secret: string | undefined): PublishRequest {
  if (!secret) return { ok: false, status: 404, message: "Publishing is off on this server: PUBLISH_SECRET is not set." };
  const given = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? null;
  if (!secretMatches(given, secret)) return { ok: false, status: 401, message: "Wrong or missing secret: send Authorization: Bearer <PUBLISH_SECRET>." };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, message: 'The body is not JSON: send {"slugs": ["<slug>", ...]}.' };
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `$.${issue.path.join(".")}` : "$";
    return { ok: false, status: 400, message: `${where}: ${issue.message} (send {"slugs": ["<slug>", ...]})` };
  }
  return { ok: true, slugs: parsed.data.slugs };
}
