import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { forbiddenTexts } from "@/components/layout/forbidden-texts";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { canManageUsers } from "@/lib/permissions";

// Status 403: signed in, but with no role for any target language (the glossary is theirs).
export default async function GlossaryForbidden() {
  return (
    <ForbiddenNotice
      texts={forbiddenTexts((m) => ({ title: m.Workspace.forbiddenTitle, body: m.Workspace.forbiddenBody, back: m.Workspace.forbiddenBack, adminBody: m.Workspace.forbiddenAdminBody, adminLink: m.AdminUsers.giveYourselfRole }))}
      isAdmin={canManageUsers(await getCurrentActor())}
    />
  );
}
