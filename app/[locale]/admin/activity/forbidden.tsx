import { ForbiddenNotice } from "@/components/review/forbidden-notice";

export default function ActivityForbidden() {
  return <ForbiddenNotice area="activity" />;
}
