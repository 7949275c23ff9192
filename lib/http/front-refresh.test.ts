import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frontUrls, REFRESH_HEADER, refreshFront } from "./front-refresh";

// A stand-in front that records the refreshes it gets and answers each after a pause.
let server: http.Server;
let base = "";
const seen: { path: string; header: string | undefined; at: number; done?: number }[] = [];
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const entry = { path: request.url ?? "", header: request.headers[REFRESH_HEADER] as string | undefined, at: Date.now() } as (typeof seen)[number];
    seen.push(entry);
    setTimeout(() => {
      entry.done = Date.now();
      response.end("ok");
    }, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("refreshFront", () => {
  it("asks each front for each page with the refresh header", async () => {
    seen.length = 0;
    await refreshFront(["/en/reports/a", "/ru/reports/a"], [base]);
    expect(seen.map((entry) => [entry.path, entry.header]).sort()).toEqual([
      ["/en/reports/a", "1"],
      ["/ru/reports/a", "1"],
    ]);
  });

  it("never has two refreshes of one page in flight: changes meanwhile make one more, after it", async () => {
    seen.length = 0;
    const first = refreshFront(["/en/reports/b"], [base]);
    const second = refreshFront(["/en/reports/b"], [base]);
    const third = refreshFront(["/en/reports/b"], [base]);
    await Promise.all([first, second, third]);
    expect(seen).toHaveLength(2);
    expect(seen[1].at).toBeGreaterThanOrEqual(seen[0].done!);
  });

  it("logs a front that does not answer, and goes on", async () => {
    await expect(refreshFront(["/en/reports/c"], ["http://127.0.0.1:1"])).resolves.toBeUndefined();
  });

  it("reads FRONT_URLS as a comma-separated list", () => {
    expect(frontUrls(" http://a:1/, http://b:2 ,,")).toEqual(["http://a:1", "http://b:2"]);
    expect(frontUrls(undefined)).toEqual([]);
  });
});
