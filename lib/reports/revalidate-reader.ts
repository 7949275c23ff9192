import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";

// Called by every workflow mutation that changes what readers see (server actions, API
// routes, and content:sync through /api/revalidate). Reader pages are rendered per request
// from the database (a nonce-based CSP needs it, see app/layout.tsx), so no cached HTML is
// waiting to be refreshed: this only tells Next's caches (the browser router's copies after
// a server action) that these paths changed. Kept as the one place to invalidate should the
// reader's data ever be cached. Literal paths: a pattern with one dynamic segment filled in
// (/[locale]/reports/slug) matches nothing.
export function revalidateReader(slug: string): void {
  for (const locale of routing.locales) revalidatePath(`/${locale}/reports/${slug}`);
  // the reports list shows each report's progress
  revalidatePath("/[locale]", "page");
}
