import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { forbiddenTexts } from "@/components/layout/forbidden-texts";

export default function AdminForbidden() {
  return <ForbiddenNotice texts={forbiddenTexts((m) => m.AdminForbidden)} />;
}
