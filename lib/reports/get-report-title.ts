import type { Db } from "@/lib/db/client";

// The original's title, for page titles; null for an unknown report (the page itself 404s).
export async function getReportTitle(db: Db, slug: string): Promise<string | null> {
  const report = await db.report.findUnique({ where: { slug }, select: { title: true } });
  return report?.title ?? null;
}
