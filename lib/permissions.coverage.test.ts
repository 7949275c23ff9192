import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSION_MATRIX } from "@/lib/testing/permission-matrix";

// The permission table is only as good as its completeness: every server action and every
// route handler that writes must appear in some row's `via`, or be listed here with why not.
const OPEN_BY_DESIGN: Record<string, string> = {
  signInAction: "anyone may try to sign in; the throttle is tested in lib/auth and e2e/sign-in",
  signOutAction: "signing out needs no permission",
  signOutFormAction: "signing out needs no permission",
  "POST /api/auth/{...all}": "Better Auth's handler, opened only for sign-in and sign-out (lib/auth/auth-endpoints.ts, e2e/auth-hardening)",
  "POST /api/revalidate": "guarded by a shared secret, not a user (e2e/reader-cache)",
};

const APP = path.join(process.cwd(), "app");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

function routePath(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep);
  const named = segments.map((segment) => segment.replace(/^\[locale\]$/, "{ui}").replace(/^\[(.+)\]$/, "{$1}"));
  return `/${named.join("/")}`;
}

function serverActions(): string[] {
  return files(APP)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => fs.readFileSync(file, "utf8"))
    .filter((source) => /^\s*["']use server["']/.test(source))
    .flatMap((source) => [...source.matchAll(/export async function (\w+)/g)].map((match) => match[1]));
}

function writingRoutes(): string[] {
  return files(APP)
    .filter((file) => /route\.ts$/.test(file))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export (?:const|async function|function) (POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]);
      // Better Auth's catch-all exports its handlers by destructuring
      const destructured = /export const \{([^}]*)\}/.exec(source)?.[1].match(/\b(POST|PUT|PATCH|DELETE)\b/g) ?? [];
      return [...methods, ...destructured].map((method) => `${method} ${routePath(file)}`);
    });
}

const covered = new Set(PERMISSION_MATRIX.flatMap((row) => row.via));

describe("the permission table covers every way in", () => {
  it("finds the app's server actions and writing routes", () => {
    // guards the scan itself: if it found nothing, the checks below would pass vacuously
    expect(serverActions()).toEqual(expect.arrayContaining(["saveParagraph", "decideAction", "createUserAction"]));
    expect(writingRoutes()).toEqual(expect.arrayContaining(["PUT /api/reports/{slug}/paragraphs/{id}/translations/{lang}"]));
  });

  it.each(serverActions().map((name) => ({ name })))("server action $name", ({ name }) => {
    expect(covered.has(name) || name in OPEN_BY_DESIGN, `${name} has no row in lib/testing/permission-matrix.ts`).toBe(true);
  });

  it.each(writingRoutes().map((route) => ({ route })))("route $route", ({ route }) => {
    expect(covered.has(route) || route in OPEN_BY_DESIGN, `${route} has no row in lib/testing/permission-matrix.ts`).toBe(true);
  });

  it("names nothing that no longer exists", () => {
    const exists = new Set([...serverActions(), ...writingRoutes()]);
    const stale = [...covered].filter((via) => !via.startsWith("/") && !exists.has(via));
    expect(stale).toEqual([]);
    expect(Object.keys(OPEN_BY_DESIGN).filter((name) => !exists.has(name))).toEqual([]);
  });
});
