import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { forbiddenTexts } from "@/components/layout/forbidden-texts";

export default function ReviewForbidden() {
  return <ForbiddenNotice texts={forbiddenTexts((m) => ({ title: m.Review.forbiddenTitle, body: m.Review.forbiddenBody, back: m.Review.forbiddenBack }))} />;
}
