// Which Chromium the e2e tests drive, for scripts/test.ts and playwright.config.ts alike:
//   1. CHROMIUM_PATH, when set (and then only it: a wrong path is an error, not a hint);
//   2. the system's `chromium` or `chromium-browser` on PATH (Debian's package: /usr/bin/chromium);
//   3. Playwright's own build in its cache (`npx playwright install chromium`);
//   4. only when asked (scripts/test.ts): try that install, then look in the cache again.
// Each candidate must answer `--version` like a Chromium: Ubuntu's chromium-browser can be a stub
// that only says to install a snap. The probes are injected so the order is unit-tested.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

export type BrowserProbes = {
  env: { CHROMIUM_PATH?: string; PATH?: string };
  /** A regular file we may execute. */
  isExecutable(file: string): boolean;
  /** What `<file> --version` prints when it succeeds, else undefined. */
  version(file: string): string | undefined;
  /** Where Playwright keeps (or would keep) its Chromium build. */
  playwrightChromium(): string | undefined;
  /** Runs `npx playwright install chromium`; true when it succeeded. */
  installPlaywrightChromium(): boolean;
  /** /etc/os-release's ID, e.g. "debian". */
  osId(): string | undefined;
  log(message: string): void;
};

export type FoundChromium = { path: string; source: "CHROMIUM_PATH" | "system" | "playwright"; version: string };
export type ChromiumSearch = { ok: true; browser: FoundChromium } | { ok: false; message: string };

const SYSTEM_NAMES = ["chromium", "chromium-browser"];
const LOOKS_LIKE_CHROMIUM = /\b(Chromium|Chrome)\b.*\d+\.\d+/;

function tryBrowser(p: BrowserProbes, file: string, source: FoundChromium["source"]): FoundChromium | undefined {
  if (!p.isExecutable(file)) return undefined;
  const version = p.version(file)?.trim();
  return version && LOOKS_LIKE_CHROMIUM.test(version) ? { path: file, source, version } : undefined;
}

/** The one line a person needs when there is no browser: what to run on this system. */
export function noChromiumMessage(osId: string | undefined, triedInstall: boolean): string {
  const tried = triedInstall ? " and `npx playwright install chromium` failed" : "";
  const fix =
    osId === "debian"
      ? "run `apt-get install -y chromium` (as root)"
      : "run `npx playwright install chromium` (it downloads Playwright's browser)";
  return `No Chromium for the e2e tests${tried}: ${fix}, or set CHROMIUM_PATH to one; \`npm test -- --no-e2e\` runs the rest.`;
}

export function findChromium(p: BrowserProbes, opts: { install: boolean }): ChromiumSearch {
  const configured = p.env.CHROMIUM_PATH?.trim();
  if (configured) {
    const found = tryBrowser(p, configured, "CHROMIUM_PATH");
    if (found) return { ok: true, browser: found };
    const why = p.isExecutable(configured)
      ? "it does not answer --version like a Chromium"
      : "no executable file there";
    return {
      ok: false,
      message: `CHROMIUM_PATH=${configured} is not a Chromium (${why}): point it at one, or unset it.`,
    };
  }

  const dirs = (p.env.PATH ?? "").split(path.delimiter).filter((d) => path.isAbsolute(d));
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const found = tryBrowser(p, path.join(dir, name), "system");
      if (found) return { ok: true, browser: found };
    }
  }

  const cached = p.playwrightChromium();
  const fromCache = () => (cached ? tryBrowser(p, cached, "playwright") : undefined);
  const inCache = fromCache();
  if (inCache) return { ok: true, browser: inCache };

  if (!opts.install) return { ok: false, message: noChromiumMessage(p.osId(), false) };
  p.log("No Chromium found; trying `npx playwright install chromium`");
  const installed = p.installPlaywrightChromium() ? fromCache() : undefined;
  return installed ? { ok: true, browser: installed } : { ok: false, message: noChromiumMessage(p.osId(), true) };
}

/** The real machine: files, processes and Playwright's registry. */
export function systemProbes(root: string, log: (m: string) => void = () => {}): BrowserProbes {
  return {
    env: { CHROMIUM_PATH: process.env.CHROMIUM_PATH, PATH: process.env.PATH },
    isExecutable(file) {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    version(file) {
      const r = spawnSync(file, ["--version"], {
        encoding: "utf8",
        timeout: 30_000,
        stdio: ["ignore", "pipe", "ignore"],
      });
      return r.status === 0 ? r.stdout : undefined;
    },
    playwrightChromium() {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
    installPlaywrightChromium() {
      const cli = path.join(root, "node_modules", "@playwright", "test", "cli.js");
      // Its output is a page of download errors when offline; the caller prints the one line that matters.
      const r = spawnSync(process.execPath, [cli, "install", "chromium"], {
        cwd: root,
        stdio: "ignore",
        timeout: 15 * 60_000,
      });
      return r.status === 0;
    },
    osId() {
      try {
        return /^ID="?([^"\n]+)"?$/m.exec(fs.readFileSync("/etc/os-release", "utf8"))?.[1];
      } catch {
        return undefined;
      }
    },
    log,
  };
}
