import { z } from "zod";
import type { Locale } from "@/i18n/routing";
import { assertWellFormedInput } from "./well-formed-input";

const ERROR_MAPS = { fr: z.locales.fr, en: z.locales.en, ru: z.locales.ru } as const;

// Parses with zod's messages in the caller's language (the schema library's own translations),
// after refusing any string that is not well-formed Unicode.
export function parseIn<T>(schema: z.ZodType<T>, input: unknown, locale: Locale): T {
  assertWellFormedInput(input);
  return schema.parse(input, { error: ERROR_MAPS[locale]().localeError });
}
