import { describe, expect, it } from "vitest";
import { findChromium, type BrowserProbes } from "./browser";

const CHROMIUM = "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)";
const CFT = "Google Chrome for Testing 156.0.8078.4";
const CACHE = "/root/.cache/ms-playwright/chromium-1248/chrome-linux64/chrome";

/** A pretend machine: `files` maps each executable to what its --version prints (null: it fails). */
function machine(opts: {
  env?: BrowserProbes["env"];
  files?: Record<string, string | null>;
  installWorks?: boolean;
  osId?: string;
}) {
  const files = { ...opts.files };
  const calls = { install: 0, versions: [] as string[], logs: [] as string[] };
  const probes: BrowserProbes = {
    env: opts.env ?? { PATH: "/usr/local/bin:/usr/bin:/bin" },
    isExecutable: (f) => f in files,
    version: (f) => {
      calls.versions.push(f);
      return files[f] ?? undefined;
    },
    playwrightChromium: () => CACHE,
    installPlaywrightChromium: () => {
      calls.install++;
      if (opts.installWorks) files[CACHE] = CFT;
      return !!opts.installWorks;
    },
    osId: () => opts.osId,
    log: (m) => calls.logs.push(m),
  };
  return { probes, calls };
}

describe("findChromium", () => {
  it("uses CHROMIUM_PATH when it points at a Chromium, looking nowhere else", () => {
    const { probes, calls } = machine({
      env: { CHROMIUM_PATH: "/opt/chromium/chrome", PATH: "/usr/bin" },
      files: { "/opt/chromium/chrome": CHROMIUM, "/usr/bin/chromium": CHROMIUM },
    });
    expect(findChromium(probes, { install: true })).toEqual({
      ok: true,
      browser: { path: "/opt/chromium/chrome", source: "CHROMIUM_PATH", version: CHROMIUM },
    });
    expect(calls.versions).toEqual(["/opt/chromium/chrome"]);
  });

  it("refuses a CHROMIUM_PATH that points nowhere, without falling back or installing", () => {
    const { probes, calls } = machine({
      env: { CHROMIUM_PATH: "/nowhere", PATH: "/usr/bin" },
      files: { "/usr/bin/chromium": CHROMIUM },
      installWorks: true,
    });
    const r = findChromium(probes, { install: true });
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining("CHROMIUM_PATH=/nowhere is not a Chromium (no executable file there)"),
    });
    expect(calls.install).toBe(0);
  });

  it("refuses a CHROMIUM_PATH that runs but is not a Chromium", () => {
    const { probes } = machine({ env: { CHROMIUM_PATH: "/bin/true" }, files: { "/bin/true": "" } });
    expect(findChromium(probes, { install: false })).toEqual({
      ok: false,
      message: expect.stringContaining("does not answer --version like a Chromium"),
    });
  });

  it("finds the system's chromium, then chromium-browser, along PATH in order", () => {
    const both = machine({ files: { "/usr/bin/chromium": CHROMIUM, "/usr/local/bin/chromium-browser": CHROMIUM } });
    expect(findChromium(both.probes, { install: false })).toMatchObject({
      ok: true,
      browser: { path: "/usr/bin/chromium", source: "system" },
    });

    const onlyBrowser = machine({ files: { "/usr/bin/chromium-browser": CHROMIUM } });
    expect(findChromium(onlyBrowser.probes, { install: false })).toMatchObject({
      ok: true,
      browser: { path: "/usr/bin/chromium-browser" },
    });
  });

  it("ignores empty and relative PATH entries (a Chromium in the working folder is not the system's)", () => {
    const { probes, calls } = machine({
      env: { PATH: ":bin:." },
      files: { "bin/chromium": CHROMIUM, chromium: CHROMIUM },
    });
    expect(findChromium(probes, { install: false }).ok).toBe(false);
    expect(calls.versions).toEqual([]);
  });

  it("skips a system chromium-browser that is only a stub (fails --version) and uses Playwright's", () => {
    const { probes } = machine({ files: { "/usr/bin/chromium-browser": null, [CACHE]: CFT } });
    expect(findChromium(probes, { install: true })).toEqual({
      ok: true,
      browser: { path: CACHE, source: "playwright", version: CFT },
    });
  });

  it("uses Playwright's browser from its cache without installing it again", () => {
    const { probes, calls } = machine({ files: { [CACHE]: CFT } });
    expect(findChromium(probes, { install: true })).toMatchObject({ ok: true, browser: { source: "playwright" } });
    expect(calls.install).toBe(0);
  });

  it("installs Playwright's browser when there is none, and uses it", () => {
    const { probes, calls } = machine({ installWorks: true });
    expect(findChromium(probes, { install: true })).toMatchObject({
      ok: true,
      browser: { path: CACHE, source: "playwright" },
    });
    expect(calls.install).toBe(1);
    expect(calls.logs).toEqual(["No Chromium found; trying `npx playwright install chromium`"]);
  });

  it("does not install when not asked to (the Playwright config only looks)", () => {
    const { probes, calls } = machine({ installWorks: true, osId: "debian" });
    const r = findChromium(probes, { install: false });
    expect(r).toEqual({ ok: false, message: expect.stringContaining("run `apt-get install -y chromium`") });
    expect(calls.install).toBe(0);
  });

  it("says in one line what to run when the install fails: apt-get on Debian, Playwright's install elsewhere", () => {
    const debian = findChromium(machine({ osId: "debian" }).probes, { install: true });
    expect(debian.ok).toBe(false);
    const debianMessage = debian.ok ? "" : debian.message;
    expect(debianMessage).toMatch(
      /^No Chromium for the e2e tests and `npx playwright install chromium` failed: run `apt-get install -y chromium`/,
    );
    expect(debianMessage).not.toContain("\n");

    const other = findChromium(machine({ osId: "fedora" }).probes, { install: true });
    const otherMessage = other.ok ? "" : other.message;
    expect(otherMessage).toContain("run `npx playwright install chromium`");
    expect(otherMessage).not.toContain("apt-get");
    expect(otherMessage).not.toContain("\n");
  });
});
