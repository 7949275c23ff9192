import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { forbiddenTexts } from "@/components/layout/forbidden-texts";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { canManageUsers } from "@/lib/permissions";

export default async function ReviewForbidden() {
  return (
    <ForbiddenNotice
      texts={forbiddenTexts((m) => ({ title: m.Review.forbiddenTitle, body: m.Review.forbiddenBody, back: m.Review.forbiddenBack, adminBody: m.Review.forbiddenAdminBody, adminLink: m.AdminUsers.giveYourselfRole }))}
      isAdmin={canManageUsers(await getCurrentActor())}
    />
  );
}
