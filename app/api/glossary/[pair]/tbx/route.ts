import { db } from "@/lib/db/client";
import { exportTbx } from "@/lib/exchange/export-tbx";
import { importTbx } from "@/lib/exchange/import-tbx";
import { decodeExchangeFile, MAX_EXCHANGE_FILE_BYTES } from "@/lib/exchange/read-xliff-file";
import { apiRoute } from "@/lib/http/api-route";
import { readBytes } from "@/lib/http/read-json-body";

type Params = { pair: string };

export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { xml, fileName } = await exportTbx(db, { pair: params.pair, actor });
  return new Response(xml, {
    headers: { "content-type": "application/x-tbx+xml; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "private, no-store" },
  });
});

// The body is the TBX file; ?dryRun=1 reads it and writes nothing.
export const POST = apiRoute<Params>(async ({ request, params, actor }) => {
  const xml = decodeExchangeFile(await readBytes(request, MAX_EXCHANGE_FILE_BYTES));
  const dryRun = new URL(request.url).searchParams.get("dryRun");
  return importTbx(db, { pair: params.pair, actor, xml, isDryRun: dryRun === "1" || dryRun === "true" });
});
