import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";

// Translation drafts kept as files under content/translations/<slug>/<lang>.yaml.

const translationFileSchema = z.object({
  language: z.enum(TARGET_LANGUAGES),
  title: z.string().min(1),
  // the speakers' names and roles in this language (speaker key of the front matter → both),
  // content like the title: the quotation list shows them in the interface language
  speakers: z.record(z.string(), z.object({ name: z.string().min(1), role: z.string().min(1) })).optional(),
  paragraphs: z.record(z.string(), z.string()),
  // translator's notes readers see beside a paragraph (paragraph id → note), saved with its text
  notes: z.record(z.string(), z.string()).optional(),
});
export type TranslationFile = z.infer<typeof translationFileSchema>;

export type TranslatedMeta = {
  titles: Partial<Record<TargetLanguage, string>>;
  speakers: Partial<Record<TargetLanguage, Record<string, { name: string; role: string }>>>;
};

// What content:sync keeps of the translation files besides the drafts: titles and speakers.
export function translatedMeta(files: Partial<Record<TargetLanguage, TranslationFile>>): TranslatedMeta {
  const entries = Object.entries(files) as [TargetLanguage, TranslationFile][];
  return {
    titles: Object.fromEntries(entries.map(([language, file]) => [language, file.title])),
    speakers: Object.fromEntries(entries.map(([language, file]) => [language, file.speakers ?? {}])),
  };
}

export function translationsDir(contentDir: string, slug: string): string {
  return path.join(contentDir, "translations", slug);
}

export function loadTranslationFiles(contentDir: string, slug: string): Partial<Record<TargetLanguage, TranslationFile>> {
  const dir = translationsDir(contentDir, slug);
  const files: Partial<Record<TargetLanguage, TranslationFile>> = {};
  for (const language of TARGET_LANGUAGES) {
    const file = path.join(dir, `${language}.yaml`);
    if (!fs.existsSync(file)) continue;
    const parsed = translationFileSchema.safeParse(parseYaml(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    if (parsed.data.language !== language) throw new Error(`${file}: language is ${parsed.data.language}`);
    files[language] = parsed.data;
  }
  return files;
}
