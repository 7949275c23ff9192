import { db } from "@/lib/db/client";
import { describeImport } from "@/lib/exchange/describe-import";
import { exportXliff } from "@/lib/exchange/export-xliff";
import { importXliff } from "@/lib/exchange/import-xliff";
import { decodeExchangeFile, MAX_EXCHANGE_FILE_BYTES } from "@/lib/exchange/read-xliff-file";
import { parseStatesParam } from "@/lib/exchange/states-param";
import { apiRoute } from "@/lib/http/api-route";
import { readBytes } from "@/lib/http/read-json-body";
import { revalidateReader } from "@/lib/reports/revalidate-reader";

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

// The body is the file itself (any content type); ?dryRun=1 answers the preview and writes nothing.
export const POST = apiRoute<Params>(async ({ request, params, actor, locale }) => {
  const xml = decodeExchangeFile(await readBytes(request, MAX_EXCHANGE_FILE_BYTES));
  const dryRun = new URL(request.url).searchParams.get("dryRun");
  const isDryRun = dryRun === "1" || dryRun === "true";
  const result = await importXliff(db, { slug: params.slug, language: params.lang, actor, xml, isDryRun });
  if (result.imported.length > 0) revalidateReader(params.slug);
  return describeImport(result, locale);
});
