import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";

// Translation drafts kept as files under content/translations/<slug>/<lang>.yaml.

const translationFileSchema = z.object({
  language: z.enum(TARGET_LANGUAGES),
  title: z.string().min(1),
  paragraphs: z.record(z.string(), z.string()),
});
export type TranslationFile = z.infer<typeof translationFileSchema>;

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
