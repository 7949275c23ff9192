import { db } from "@/lib/db/client";
import { exportXliff } from "@/lib/exchange/export-xliff";
import { parseStatesParam } from "@/lib/exchange/states-param";
import { apiRoute } from "@/lib/http/api-route";

type Params = { slug: string; lang: string };

export const GET = apiRoute<Params>(async ({ request, params, actor }) => {
  const states = parseStatesParam(new URL(request.url).searchParams.get("states"));
  const { xml, fileName } = await exportXliff(db, { slug: params.slug, language: params.lang, actor, states });
  return new Response(xml, {
    headers: {
      "content-type": "application/xliff+xml; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
