import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { getReaderReport } from "./get-reader-report";

// Set by next.config.mjs at build time: a new build may render the same data differently.
const BUILD_ID = process.env.NEWSROOM_BUILD_ID ?? "dev";

// A reader page is a function of the build, its address (language, report) and the data the
// reader reads (lib/reports/get-reader-report.ts): hashing that data, rather than tracking
// which tables changed, cannot miss a change the page shows, however it was made (an
// approval, a sync, a renamed approver). Weak: the HTML differs byte for byte (its nonce).
// null: no such report (the page answers its 404).
export async function readerEtag(db: Db, slug: string, pathname: string): Promise<string | null> {
  const report = await getReaderReport(db, slug);
  if (!report) return null;
  const digest = createHash("sha256").update(`${BUILD_ID}\n${pathname}\n${JSON.stringify(report)}`).digest("base64url");
  return `W/"${digest.slice(0, 27)}"`;
}

// If-None-Match: a list of tags, or *. Weak comparison, as RFC 9110 asks for GET.
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
