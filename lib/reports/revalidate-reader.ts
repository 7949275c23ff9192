import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";

// Reader pages are prerendered and cached until something a reader sees changes. Every
// workflow mutation that changes what readers see calls this (server actions, API routes,
// and content:sync through /api/revalidate). Literal paths: a pattern with one dynamic
// segment filled in (/[locale]/reports/slug) matches no cached page.
export function revalidateReader(slug: string): void {
  for (const locale of routing.locales) revalidatePath(`/${locale}/reports/${slug}`);
  // the reports list shows each report's progress
  revalidatePath("/[locale]", "page");
}
