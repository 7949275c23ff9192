import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { getAccountSummary } from "@/lib/users/get-account-summary";

// Who is signed in (for the header's account menu and for tools checking their token).
export const GET = apiRoute(async ({ actor }) => getAccountSummary(db, { actor }));
