import { describe, expect, it } from "vitest";
import { bareCacheKey, bareCacheRoot, barePackageJson } from "./bare-app";
import { DEFAULT_PORTS, portRange } from "./ports";

const versions = { next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1" };

describe("the bare app's build cache", () => {
  it("keys a build by the three versions and the source", () => {
    expect(bareCacheKey(versions, "ba81a9c1d4431234abcd")).toBe("next-16.4.6_react-19.3.1_react-dom-19.3.1_ba81a9c1d443");
    expect(bareCacheKey({ ...versions, next: "16.5.0-canary.3" }, "ff")).toBe("next-16.5.0-canary.3_react-19.3.1_react-dom-19.3.1_ff");
    expect(bareCacheKey({ ...versions, react: "../../etc" }, "ff")).not.toContain("/");
  });

  it("lives under the user's cache folder, outside the repository", () => {
    expect(bareCacheRoot({}, "/home/ed")).toBe("/home/ed/.cache/onrecord-bare-app");
    expect(bareCacheRoot({ XDG_CACHE_HOME: "/var/cache/ed" }, "/home/ed")).toBe("/var/cache/ed/onrecord-bare-app");
    expect(bareCacheRoot({ ONRECORD_BARE_CACHE: "/tmp/bare" }, "/home/ed")).toBe("/tmp/bare");
  });

  it("pins exactly the project's versions and nothing else", () => {
    expect(JSON.parse(barePackageJson(versions)).dependencies).toEqual(versions);
  });
});

describe("portRange", () => {
  it("reads ONRECORD_PORTS, else the default", () => {
    expect(portRange({})).toEqual(DEFAULT_PORTS);
    expect(portRange({ ONRECORD_PORTS: "3200-3299" })).toEqual({ from: 3200, to: 3299 });
    expect(() => portRange({ ONRECORD_PORTS: "3299-3200" })).toThrow(/3200-3299/);
    expect(() => portRange({ ONRECORD_PORTS: "80-90" })).toThrow();
  });
});
