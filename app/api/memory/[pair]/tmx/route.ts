import { db } from "@/lib/db/client";
import { exportTmx } from "@/lib/exchange/export-tmx";
import { importTmx } from "@/lib/exchange/import-tmx";
import { decodeExchangeFile } from "@/lib/exchange/read-xliff-file";
import { apiRoute } from "@/lib/http/api-route";
import { TMX_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { readBytes } from "@/lib/http/read-json-body";

type Params = { pair: string };

export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { xml, fileName } = await exportTmx(db, { pair: params.pair, actor });
  return new Response(xml, {
    headers: { "content-type": "application/x-tmx+xml; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "private, no-store" },
  });
});

// The body is the TMX file; ?dryRun=1 reads it and writes nothing.
export const POST = apiRoute<Params>(async ({ request, params, actor }) => {
  const xml = decodeExchangeFile(await readBytes(request, TMX_MAX_BODY_BYTES), TMX_MAX_BODY_BYTES);
  const dryRun = new URL(request.url).searchParams.get("dryRun");
  return importTmx(db, { pair: params.pair, actor, xml, isDryRun: dryRun === "1" || dryRun === "true" });
});
