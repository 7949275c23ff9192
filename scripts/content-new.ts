import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveContentDir } from "@/lib/content/content-dir";
import { createReport } from "@/lib/content/new-report/create-report";

// `npm run content:new -- --slug <slug> --from article.txt [--title … --date YYYY-MM --outlet …
// --targets en,ru] [--content-dir <dir>]`: a French article in plain text → reports/<slug>.mdx,
// listed in reports/index.ts, with what it is unsure of printed and left at the top of the file.
const USAGE = "usage: npm run content:new -- --slug <slug> --from <article.txt> [--title …] [--date YYYY-MM] [--outlet …] [--targets en,ru] [--content-dir <dir>]";

function main(): void {
  const { values } = parseArgs({
    options: {
      slug: { type: "string" },
      from: { type: "string" },
      title: { type: "string" },
      date: { type: "string" },
      outlet: { type: "string" },
      targets: { type: "string" },
      "content-dir": { type: "string" },
    },
    strict: true,
  });
  if (!values.slug || !values.from) throw new Error(`--slug and --from are required\n${USAGE}`);
  // npm runs scripts from the package's folder; the article's path is the caller's
  const from = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.from);
  if (!fs.existsSync(from)) throw new Error(`${from} not found`);
  const created = createReport({
    contentDir: resolveContentDir(process.argv.slice(2), process.env),
    slug: values.slug,
    text: fs.readFileSync(from, "utf8"),
    title: values.title,
    date: values.date,
    outlet: values.outlet,
    targetLanguages: values.targets?.split(",").map((code) => code.trim()),
  });
  const quotes = created.decisions.filter((entry) => entry.decision.kind === "speech").length;
  console.log(`wrote ${path.relative(process.cwd(), created.file)} and listed it in ${path.relative(process.cwd(), created.indexFile)}`);
  console.log(`  ${created.blocks.length} blocks, ${quotes} quotations, ${created.decisions.length - quotes} terms, ${Object.keys(created.speakers).length} speakers`);
  if (created.unsure.length === 0) console.log("nothing to check");
  else {
    console.log(`to check before npm run content:sync (also at the top of the file):`);
    for (const item of created.unsure) console.log(`  - ${item.where}: ${item.what}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`content:new: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
