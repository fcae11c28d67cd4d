import { describe, expect, it } from "vitest";
import { MAX_SLUGS_PER_PUBLISH, checkPublishRequest } from "./request";

const body = JSON.stringify({ slugs: ["a-story"] });

describe("checkPublishRequest", () => {
  it("is off (404) when the server has no secret, whatever is sent", () => {
    expect(checkPublishRequest("Bearer anything", body, undefined)).toMatchObject({ ok: false, status: 404 });
    expect(checkPublishRequest("Bearer ", body, "")).toMatchObject({ ok: false, status: 404 });
  });

  it("wants the secret as a bearer token (401 otherwise), before it reads the body", () => {
    expect(checkPublishRequest(null, body, "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkPublishRequest("Bearer wrong", "not json", "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkPublishRequest("s3cret", body, "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkPublishRequest("Basic s3cret", body, "s3cret")).toMatchObject({ ok: false, status: 401 });
  });

  it("accepts the right secret and a list of slugs", () => {
    expect(checkPublishRequest("Bearer s3cret", body, "s3cret")).toEqual({ ok: true, slugs: ["a-story"] });
    expect(checkPublishRequest("bearer  s3cret ", body, "s3cret")).toEqual({ ok: true, slugs: ["a-story"] });
  });

  it("answers 400 with where the body is wrong", () => {
    const bad = (text: string) => checkPublishRequest("Bearer s3cret", text, "s3cret");
    expect(bad("{")).toMatchObject({ status: 400, message: expect.stringMatching(/not JSON/) });
    expect(bad(JSON.stringify({ slugs: [] }))).toMatchObject({ status: 400, message: expect.stringMatching(/^\$\.slugs: /) });
    expect(bad(JSON.stringify({ slugs: ["../etc/passwd"] }))).toMatchObject({ status: 400, message: expect.stringMatching(/^\$\.slugs\.0: /) });
    expect(bad(JSON.stringify({ slug: "a-story" }))).toMatchObject({ status: 400 });
    expect(bad(JSON.stringify({ slugs: Array.from({ length: MAX_SLUGS_PER_PUBLISH + 1 }, (_, i) => `s-${i}`) }))).toMatchObject({ status: 400 });
  });
});
