import { getTranslations } from "next-intl/server";
import type { AdminEntry } from "@/lib/audit/list-activity";
import { languageNames } from "@/components/text/language-names";

// The sentences that say what an admin event did: one per role given or taken, so "who gave
// Olivia the reviewer role?" reads straight off the page.
export async function adminEventLines(entry: AdminEntry): Promise<string[]> {
  const t = await getTranslations("Activity.admin");
  const tr = await getTranslations("Roles");
  const tl = languageNames(await getTranslations("Languages"));
  const names = { actor: entry.actor?.name ?? t("commandLine"), target: entry.target.name };
  const { event } = entry;
  switch (event.action) {
    case "user-created": {
      const roles = [...(event.details.isAdmin ? [tr("admin")] : []), ...event.details.roles.map((grant) => tr(grant.role, { language: tl(grant.language) }))];
      return [t("userCreated", names), ...(roles.length > 0 ? [t("initialRoles", { roles: roles.join(", ") })] : [])];
    }
    case "roles-changed":
      return [
        ...(event.details.isAdmin === true ? [t("adminGranted", names)] : []),
        ...(event.details.isAdmin === false ? [t("adminRemoved", names)] : []),
        ...event.details.granted.map((grant) => t("roleGranted", { ...names, ...grant })),
        ...event.details.removed.map((grant) => t("roleRemoved", { ...names, ...grant })),
      ];
    case "password-reset":
      return [t("passwordReset", { ...names, sessions: event.details.endedSessions, tokens: event.details.revokedTokens })];
    case "password-changed":
      return [t("passwordChanged", { ...names, sessions: event.details.endedSessions })];
    case "token-created":
      return [t("tokenCreated", { ...names, name: event.details.name, prefix: event.details.prefix })];
    case "token-revoked":
      return [t("tokenRevoked", { ...names, name: event.details.name, prefix: event.details.prefix })];
    case "user-deactivated":
      return [t("userDeactivated", { ...names, sessions: event.details.endedSessions, tokens: event.details.revokedTokens })];
    case "user-reactivated":
      return [t("userReactivated", names)];
  }
}
