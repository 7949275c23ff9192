import { ForbiddenNotice } from "@/components/review/forbidden-notice";

export default function ReviewForbidden() {
  return <ForbiddenNotice area="review" />;
}
