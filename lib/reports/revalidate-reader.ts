import { revalidatePath } from "next/cache";

// Reader pages are prerendered and cached until something a reader sees changes. Every
// workflow mutation that changes what readers see calls this (server actions, API routes,
// and content:sync through /api/revalidate).
export function revalidateReader(slug: string): void {
  revalidatePath(`/[locale]/reports/${slug}`, "page");
  revalidatePath("/[locale]", "page");
}
