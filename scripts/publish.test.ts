import { describe, expect, it } from "vitest";
import { type Fetch, describeResponse, parsePublishArgs, runPublish } from "./publish-command";

describe("npm run publish: arguments", () => {
  it("defaults to this machine's server on PORT or 3000", () => {
    expect(parsePublishArgs(["harbour-vote"], {})).toEqual({ slugs: ["harbour-vote"], url: "http://localhost:3000" });
    expect(parsePublishArgs(["harbour-vote"], { PORT: "4000" })).toEqual({ slugs: ["harbour-vote"], url: "http://localhost:4000" });
  });

  it("takes several slugs, a file name, and another origin", () => {
    expect(parsePublishArgs(["a", "b.json", "a", "--url", "https://news.example.org/"], {})).toEqual({ slugs: ["a", "b"], url: "https://news.example.org" });
  });

  it("refuses no slug, an unknown option and a URL with a path", () => {
    expect(parsePublishArgs([], {})).toMatch(/at least one/);
    expect(parsePublishArgs(["a", "--force"], {})).toMatch(/force/);
    expect(parsePublishArgs(["a", "--url", "https://news.example.org/api"], {})).toMatch(/origin/);
  });
});

describe("npm run publish: the server's answer", () => {
  const origin = "http://localhost:3000";

  it("lists each slug's change and the refreshed pages", () => {
    const shown = describeResponse(200, { results: [{ slug: "harbour-vote", change: "added" }, { slug: "old-story", change: "removed" }], revalidated: ["/", "/articles/harbour-vote"], sharedCache: "ok" }, origin);
    expect(shown.code).toBe(0);
    expect(shown.out).toEqual(["  published   harbour-vote", "  taken down  old-story", "2 pages refreshed on every instance (shared cache ok)."]);
  });

  it("prints every problem of a refused publish and fails", () => {
    const shown = describeResponse(422, { problems: ["content/articles/x.json: $.headline: Required"] }, origin);
    expect(shown.code).toBe(1);
    expect(shown.err).toEqual(["Nothing was published. Fix these problems and publish again:", "  content/articles/x.json: $.headline: Required"]);
  });

  it("fails when the shared cache was unreachable, saying what did happen", () => {
    const shown = describeResponse(503, { results: [{ slug: "a", change: "updated" }], sharedCache: "unreachable" }, origin);
    expect(shown.code).toBe(1);
    expect(shown.out).toEqual(["  updated  a"]);
    expect(shown.err[0]).toMatch(/shared cache \(Redis\) could not be reached/);
  });

  it("explains a wrong secret, publishing switched off and anything else", () => {
    expect(describeResponse(401, { error: "x" }, origin).err[0]).toMatch(/refused the secret/);
    expect(describeResponse(404, undefined, origin).err[0]).toMatch(/no PUBLISH_SECRET/);
    expect(describeResponse(500, { error: "boom" }, origin)).toEqual({ out: [], err: [`${origin} answered 500: boom`], code: 1 });
  });
});

describe("npm run publish: the request", () => {
  function capture() {
    const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
    return io;
  }

  it("posts the slugs with the secret as a bearer token", async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const fetchStub: Fetch = async (url, init) => {
      sent.push({ url, init });
      return Response.json({ results: [{ slug: "harbour-vote", change: "updated" }], revalidated: ["/"], sharedCache: "off" });
    };
    const io = capture();
    expect(await runPublish(["harbour-vote"], io, { PUBLISH_SECRET: "s3cret" }, fetchStub)).toBe(0);
    expect(sent[0]?.url).toBe("http://localhost:3000/api/publish");
    expect(sent[0]?.init.method).toBe("POST");
    expect(new Headers(sent[0]?.init.headers).get("authorization")).toBe("Bearer s3cret");
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ slugs: ["harbour-vote"] });
    expect(io.stdout).toBe("  updated  harbour-vote\n1 page refreshed (one instance, no shared cache).\n");
  });

  it("stops before sending anything without a secret", async () => {
    let called = false;
    const io = capture();
    expect(await runPublish(["a"], io, {}, async () => ((called = true), Response.json({})))).toBe(2);
    expect(called).toBe(false);
    expect(io.stderr).toMatch(/PUBLISH_SECRET is not set/);
  });

  it("says so when the server cannot be reached", async () => {
    const io = capture();
    const refused: Fetch = async () => {
      throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:3000") });
    };
    expect(await runPublish(["a"], io, { PUBLISH_SECRET: "s" }, refused)).toBe(1);
    expect(io.stderr).toBe("Could not reach http://localhost:3000 (connect ECONNREFUSED 127.0.0.1:3000): is the server running? Use --url to name another.\n");
  });
});
