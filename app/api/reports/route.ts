import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { listReports } from "@/lib/reports/list-reports";

// Every report, with how many paragraphs readers can trust in each language.
export const GET = apiRoute(async () => ({ reports: await listReports(db) }));
