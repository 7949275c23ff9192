import { getTranslations } from "next-intl/server";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { perLanguage } from "@/components/text/language-names";
import type { WorkLabels } from "./work-links";

// Headings for the work groups, worded per language (the grammatical case differs in Russian).
export async function workLabels(): Promise<WorkLabels> {
  const t = await getTranslations("Work");
  return {
    translate: Object.fromEntries(TARGET_LANGUAGES.map((language) => [language, perLanguage(t, "translate", language)])),
    review: Object.fromEntries(TARGET_LANGUAGES.map((language) => [language, perLanguage(t, "review", language)])),
  };
}
