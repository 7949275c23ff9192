import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { forbiddenTexts } from "@/components/layout/forbidden-texts";

export default function ActivityForbidden() {
  return <ForbiddenNotice texts={forbiddenTexts((m) => ({ title: m.Activity.forbiddenTitle, body: m.Activity.forbiddenBody, back: m.Review.forbiddenBack }))} />;
}
