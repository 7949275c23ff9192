import type { TranslationState } from "@/lib/workflow/states";
import { formatShown } from "./shown-states";

export type PageTarget = { page?: number; at?: number; find?: string };

// A link to another page of the workspace (issue 14), keeping the filter; `key` opens that
// paragraph on arrival (#key). Plain links, so that unsaved typing makes the browser ask first.
export function workspacePageHref(base: { locale: string; slug: string; language: string; shown: TranslationState[] }, target: PageTarget, key?: string): string {
  const query = new URLSearchParams();
  if (target.at !== undefined) query.set("at", String(target.at));
  else if (target.page !== undefined) query.set("page", String(target.page));
  query.set("show", formatShown(base.shown));
  if (target.find) query.set("find", target.find);
  return `/${base.locale}/translate/${base.slug}/${base.language}?${query.toString()}${key ? `#${key}` : ""}`;
}
