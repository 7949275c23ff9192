import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ru from "@/messages/ru.json";

// The messages a newsroom adds with German as a fourth target language (beside
// lib/testing/languages-with-german.json): its name, its work headings, and its branch in the
// messages that decline a target language (lib/testing/language-selects.ts), in each interface language.
const GERMAN = {
  fr: { name: "allemand", translate: "Traduire en allemand", review: "Relire les traductions allemandes", notice: "allemande", role: "l’allemand", progress: "allemand" },
  en: { name: "German", translate: "Translate into German", review: "Review German translations", notice: "German", role: "German", progress: "German" },
  ru: { name: "немецкий", translate: "Перевод на немецкий", review: "Проверка переводов на немецкий", notice: "немецкий", role: "немецкий", progress: "немецкий" },
} as const;

const BASE = { fr, en, ru };

// Adds a German branch to every {language, select, …} of one message.
const withBranch = (text: string, word: string) => text.replaceAll("{language, select, ", `{language, select, de {${word}} `);

export function messagesWithGerman(locale: "fr" | "en" | "ru") {
  const base = BASE[locale];
  const words = GERMAN[locale];
  return {
    ...base,
    Languages: { ...base.Languages, de: words.name },
    Work: { ...base.Work, translate: { ...base.Work.translate, de: words.translate }, review: { ...base.Work.review, de: words.review } },
    Corrections: { ...base.Corrections, notice: withBranch(base.Corrections.notice, words.notice) },
    Feed: { ...base.Feed, progress: withBranch(base.Feed.progress, words.progress) },
    Activity: {
      ...base.Activity,
      admin: { ...base.Activity.admin, roleGranted: withBranch(base.Activity.admin.roleGranted, words.role), roleRemoved: withBranch(base.Activity.admin.roleRemoved, words.role) },
    },
  };
}
