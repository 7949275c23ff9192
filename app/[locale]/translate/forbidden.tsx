import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { forbiddenTexts } from "@/components/layout/forbidden-texts";

// Status 403: signed in, but without a role for this language.
export default function TranslateForbidden() {
  return <ForbiddenNotice texts={forbiddenTexts((m) => ({ title: m.Workspace.forbiddenTitle, body: m.Workspace.forbiddenBody, back: m.Workspace.forbiddenBack }))} />;
}
