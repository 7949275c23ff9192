import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import { refreshFront } from "@/lib/http/front-refresh";

// Called, after the commit, by every workflow mutation that changes what readers see (server
// actions, API routes, and content:sync through /api/revalidate). Reader pages are rendered
// per request from the database (a nonce-based CSP needs it, see app/layout.tsx), so no
// instance holds cached HTML: this tells Next's caches (the browser router's copies after a
// server action) that these paths changed, and the fronts in front of every instance to
// fetch them anew (lib/http/front-refresh.ts). Literal paths: a pattern with one dynamic
// segment filled in (/[locale]/reports/slug) matches nothing.
export function revalidateReader(slug: string): void {
  const pages = routing.locales.map((locale) => `/${locale}/reports/${encodeURIComponent(slug)}`);
  for (const page of pages) revalidatePath(page);
  void refreshFront(pages);
  // the reports list shows each report's progress
  revalidatePath("/[locale]", "page");
}
