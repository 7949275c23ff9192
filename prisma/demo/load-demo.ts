import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { loadTranslationFiles, translatedMeta, translationsDir } from "@/lib/content/load-translation-files";
import { parseReport, type ParsedReport } from "@/lib/content/parse-report";
import { sourceHash } from "@/lib/content/source-hash";
import { syncReport } from "@/lib/content/sync-content";
import { TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { loadActor, type Actor } from "@/lib/users/actor";
import { createUser } from "@/lib/users/create-user";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";

export const DEMO_SLUG = "almaty-janvier-2022";

type DemoState = "approved" | "in-review" | "draft" | "changes-requested" | "outdated";

// What a newcomer sees on the first page: most paragraphs approved, and every other state.
export const DEMO_STATES: Record<TargetLanguage, Record<string, DemoState>> = {
  en: {
    "p-almaty-tv-losses": "outdated",
    "p-tokayev-visit": "in-review",
    "p-bulgakbaev-doubts": "in-review",
    "p-bulgakbaev-battalions": "changes-requested",
    "p-who-benefits": "draft",
  },
  ru: {
    "p-almaty-tv-losses": "outdated",
    "p-agyltaeieva": "in-review",
    "p-bulgakbaev-doubts": "in-review",
    "p-dinara-war": "changes-requested",
    "p-bulgakbaev-battalions": "draft",
    "p-who-benefits": "draft",
  },
};

const demoFileSchema = z.object({
  // the outdated paragraph's approved text per demo language (en, ru) beside its earlier wording
  outdated: z.object({ paragraph: z.string(), earlierSource: z.string() }).catchall(z.string()),
  changesRequested: z.record(z.enum(TARGET_LANGUAGES), z.object({ paragraph: z.string(), firstDraft: z.string(), comment: z.string() })),
  drafts: z.record(z.enum(TARGET_LANGUAGES), z.record(z.string(), z.string())),
});

// Loads the demo newsroom through the real workflow operations, so the history, the
// audit trail and the four-eyes rule are what they would be after real work.
export async function loadDemo(db: Db, contentDir: string): Promise<void> {
  const file = path.join(contentDir, "reports", `${DEMO_SLUG}.mdx`);
  const report = parseReport(fs.readFileSync(file, "utf8"), file);
  const translations = loadTranslationFiles(contentDir, DEMO_SLUG);
  const demo = demoFileSchema.parse(parseYaml(fs.readFileSync(path.join(translationsDir(contentDir, DEMO_SLUG), "demo.yaml"), "utf8")));
  const meta = translatedMeta(translations);
  const sourceFile = path.relative(process.cwd(), file);

  // The report as it was first published, before the correction that outdates one paragraph.
  await syncReport(db, { slug: DEMO_SLUG, sourceFile, report: withEarlierWording(report, demo.outdated.paragraph, demo.outdated.earlierSource), ...meta });

  // The admin comes first, from the command line as in production; she creates everyone else.
  const actors: Record<string, Actor> = {};
  for (const [name, account] of Object.entries(DEMO_ACCOUNTS)) {
    const { id } = await createUser(db, { ...account, roles: [...account.roles], password: DEMO_PASSWORD }, { actorId: actors.admin?.id ?? null });
    actors[name] = (await loadActor(db, id))!;
  }

  // The demo's people and texts are in English and Russian: a newsroom that adds a target
  // language gets it untranslated (missing) in the demo.
  for (const language of TARGET_LANGUAGES.filter((code) => code in DEMO_STATES)) {
    const finals = translations[language]?.paragraphs ?? {};
    const translators = [actors[`${language}Translator`], actors[`${language}Translator2`]];
    const reviewer = actors[`${language}Reviewer`];
    for (const [index, unit] of report.units.entries()) {
      const translator = translators[index % 2];
      const ref = { slug: DEMO_SLUG, paragraphKey: unit.key, language };
      let version = 0;
      const save = async (text: string, by = translator, translatorNote?: string) => {
        version = (await saveTranslation(db, { ...ref, actor: by, text, baseVersion: version, translatorNote })).version;
      };
      const submit = () => submitTranslation(db, { ...ref, actor: translator });
      const decide = (decision: "approve" | "request-changes", comment?: string) =>
        // The demo's reviewers approve past the checks knowingly (Bulgakbaev's unclosed quotation).
        decideTranslation(db, { ...ref, actor: reviewer, decision, version, comment, acknowledgeWarnings: true });

      const state = DEMO_STATES[language][unit.key] ?? "approved";
      const earlierDraft = demo.drafts[language]?.[unit.key];
      if (earlierDraft) await save(earlierDraft, translators[(index + 1) % 2]);
      if (state === "outdated") {
        await save(demo.outdated[language]);
        await submit();
        await decide("approve");
        continue;
      }
      if (state === "changes-requested") {
        const request = demo.changesRequested[language]!;
        await save(request.firstDraft);
        await submit();
        await decide("request-changes", request.comment);
        continue;
      }
      await save(finals[unit.key] ?? fail(`${language}.yaml has no ${unit.key}`), translator, translations[language]?.notes?.[unit.key]);
      if (state === "draft") continue;
      await submit();
      if (state === "approved") await decide("approve");
    }
  }

  // The correction arrives: the approved translations of that paragraph become outdated.
  await syncReport(db, { slug: DEMO_SLUG, sourceFile, report, ...meta });
}

function withEarlierWording(report: ParsedReport, key: string, text: string): ParsedReport {
  return { ...report, units: report.units.map((unit) => (unit.key === key ? { ...unit, text, hash: sourceHash(text) } : unit)) };
}

function fail(message: string): never {
  throw new Error(message);
}
