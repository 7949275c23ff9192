import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import type { NextConfig } from "next";
import { afterEach, describe, expect, it } from "vitest";
import { NO_CONTENT_POLICY, pagePolicy } from "./security-policy.mjs";

// next.config.mjs is plain JavaScript with no type declarations: imported by a path in a variable.
const configPath = "../../next.config.mjs";
const loadConfig = async () => ((await import(/* @vite-ignore */ configPath)) as { default: NextConfig }).default;

async function headersFor(path: string, headers: Record<string, string> = {}) {
  const response = await unstable_getResponseFromNextConfig({ url: `http://localhost:3000${path}`, nextConfig: await loadConfig(), headers });
  return response.headers;
}

describe("next.config.mjs security headers", () => {
  const authUrl = process.env.BETTER_AUTH_URL;
  afterEach(() => {
    if (authUrl === undefined) delete process.env.BETTER_AUTH_URL;
    else process.env.BETTER_AUTH_URL = authUrl;
  });

  it("puts the fixed headers on pages, /api and static files alike", async () => {
    for (const path of ["/en/reports/x", "/api/reports", "/_next/static/chunks/a.js", "/.env"]) {
      const headers = await headersFor(path);
      expect(headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(headers.get("x-frame-options"), path).toBe("DENY");
      expect(headers.get("referrer-policy"), path).toBe("same-origin");
      expect(headers.get("permissions-policy"), path).toContain("camera=()");
    }
  });

  it("gives /api and /_next the policy that allows nothing, and leaves pages to the proxy", async () => {
    expect((await headersFor("/api/reports")).get("content-security-policy")).toBe(NO_CONTENT_POLICY);
    expect((await headersFor("/_next/static/chunks/a.js")).get("content-security-policy")).toBe(NO_CONTENT_POLICY);
    expect((await headersFor("/en/reports/x")).get("content-security-policy")).toBeNull();
  });

  it("sends HSTS only over HTTPS: a proxy's x-forwarded-proto, or an https BETTER_AUTH_URL", async () => {
    delete process.env.BETTER_AUTH_URL;
    expect((await headersFor("/en")).get("strict-transport-security")).toBeNull();
    expect((await headersFor("/en", { "x-forwarded-proto": "http" })).get("strict-transport-security")).toBeNull();
    expect((await headersFor("/en", { "x-forwarded-proto": "https" })).get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    process.env.BETTER_AUTH_URL = "https://news.example.org";
    expect((await headersFor("/api/me")).get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
  });
});

describe("pagePolicy", () => {
  it("allows scripts by this response's nonce only, and frames nowhere", () => {
    const policy = pagePolicy({ nonce: "abc123==", isHttps: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("asks for HTTPS subresources when the page came over HTTPS", () => {
    expect(pagePolicy({ nonce: "n", isHttps: true })).toContain("upgrade-insecure-requests");
  });
});
