import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ru from "@/messages/ru.json";

// The messages a newsroom adds with German as a fourth target language (beside
// lib/testing/languages-with-german.json): its name and its work headings in each interface language.
const GERMAN = {
  fr: { name: "allemand", translate: "Traduire en allemand", review: "Relire les traductions allemandes" },
  en: { name: "German", translate: "Translate into German", review: "Review German translations" },
  ru: { name: "немецкий", translate: "Перевод на немецкий", review: "Проверка переводов на немецкий" },
} as const;

const BASE = { fr, en, ru };

export function messagesWithGerman(locale: "fr" | "en" | "ru") {
  const base = BASE[locale];
  const words = GERMAN[locale];
  return {
    ...base,
    Languages: { ...base.Languages, de: words.name },
    Work: { ...base.Work, translate: { ...base.Work.translate, de: words.translate }, review: { ...base.Work.review, de: words.review } },
  };
}
