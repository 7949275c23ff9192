import type { Db } from "@/lib/db/client";
import { TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";
import { canEditTranslation, canReview } from "@/lib/permissions";
import type { Actor, Role } from "./actor";

export type WorkKind = "translate" | "review";

export type WorkGroup = {
  kind: WorkKind;
  language: TargetLanguage;
  reports: { slug: string; title: string; language: string }[];
};

export type AccountSummary = {
  user: { id: string; name: string; email: string; isAdmin: boolean; roles: { role: Role; language: string }[] } | null;
  work: WorkGroup[];
};

// Who is signed in and where their work is: one group per role and language, listing the
// reports (the workspace and the review queue live at /{ui}/translate|review/{slug}/{lang}).
export async function getAccountSummary(db: Db, options: { actor: Actor | null }): Promise<AccountSummary> {
  const { actor } = options;
  if (!actor) return { user: null, work: [] };
  const groups = TARGET_LANGUAGES.flatMap((language) => [
    ...(canEditTranslation(actor, language) ? [{ kind: "translate" as const, language }] : []),
    ...(canReview(actor, language) ? [{ kind: "review" as const, language }] : []),
  ]);
  const reports = groups.length
    ? await db.report.findMany({ orderBy: [{ date: "desc" }, { title: "asc" }], select: { slug: true, title: true, originalLanguage: true } })
    : [];
  return {
    user: { id: actor.id, name: actor.name, email: actor.email, isAdmin: actor.isAdmin, roles: actor.roles },
    work: groups.map((group) => ({
      ...group,
      reports: reports.map((report) => ({ slug: report.slug, title: report.title, language: report.originalLanguage })),
    })),
  };
}
