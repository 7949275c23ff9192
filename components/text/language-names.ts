// Language names come from the messages (Languages.<code>, Work.translate.<code>…), but a
// language code is configuration (lib/languages.ts), not one of the keys next-intl types the
// translators with: these wrappers take any code, in one place, and fall back to the code
// itself for a language the messages do not name (messages/languages.test.ts makes that a
// failing test for every configured language).
type Translator = { (key: never): string; has(key: never): boolean };

export type LanguageNamer = (code: string) => string;

export function languageNames(tl: Translator): LanguageNamer {
  return (code) => (tl.has(code as never) ? tl(code as never) : code);
}

// A message worded per language ("translate.en" in Work: the grammatical case differs), or the code.
export function perLanguage(t: Translator, key: string, code: string): string {
  const path = `${key}.${code}`;
  return t.has(path as never) ? t(path as never) : code;
}
