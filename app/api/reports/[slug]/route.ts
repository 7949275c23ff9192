import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { getApiReport } from "@/lib/reports/get-api-report";

type Params = { slug: string };

export const GET = apiRoute<Params>(async ({ params, actor, locale }) => getApiReport(db, { slug: params.slug, actor, locale }));
