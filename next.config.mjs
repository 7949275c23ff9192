import crypto from "node:crypto";
import path from "node:path";
import createMDX from "@next/mdx";
import createNextIntlPlugin from "next-intl/plugin";
import { FIXED_SECURITY_HEADERS, HSTS_HEADER, NO_CONTENT_POLICY, SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/security-policy.mjs";

// One build id for every instance that serves this build: server actions and client chunks
// are found by it. Instances on other machines run a copy of the same build, or a build
// made with the same NEXT_BUILD_ID (a release tag). lib/reports/reader-etag.ts reads it too.
const buildId = process.env.NEXT_BUILD_ID || crypto.randomUUID();

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Plugins are named by string so that Turbopack can pass them to the MDX loader.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", ["remark-mdx-frontmatter", { name: "frontmatter" }]],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running dev server is left alone.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  generateBuildId: () => buildId,
  env: { NEWSROOM_BUILD_ID: buildId },
  // xmllint-wasm starts its WebAssembly worker from a file beside its own module: not bundled.
  serverExternalPackages: ["better-sqlite3", "xmllint-wasm"],
  turbopack: { root: path.resolve(".") },
  experimental: {
    // forbidden(): admin, review and workspace pages answer 403 to signed-in users without the right.
    authInterrupts: true,
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
  // Security headers (lib/http/security-policy.mjs). Pages get their per-request CSP from the
  // proxy; it does not run on /api and /_next, which get the policy that allows nothing.
  async headers() {
    const isHttpsOrigin = (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");
    const https = [{ type: "header", key: "x-forwarded-proto", value: "https" }];
    return [
      { source: "/:path*", headers: FIXED_SECURITY_HEADERS },
      isHttpsOrigin ? { source: "/:path*", headers: [HSTS_HEADER] } : { source: "/:path*", has: https, headers: [HSTS_HEADER] },
      { source: "/api/:path*", headers: [{ key: "content-security-policy", value: NO_CONTENT_POLICY }] },
      { source: "/_next/:path*", headers: [{ key: "content-security-policy", value: NO_CONTENT_POLICY }] },
    ];
  },
};

export default withNextIntl(withMDX(nextConfig));
