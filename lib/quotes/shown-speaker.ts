import { isTargetLanguage } from "@/lib/languages";

export type ShownSpeaker = { name: string; role: string | null; language: string };

type SpeakerSource = {
  speakerKey: string | null;
  speakerName: string | null;
  speakerRole: string | null;
};

// Who said a quotation, in the interface language when the translation files give the
// speaker's name and role in it, else as the original gives them (and in its language, so
// the page can mark it). null: the report names no one.
export function shownSpeaker(
  quote: SpeakerSource,
  interfaceLanguage: string,
  sourceLanguage: string,
  speakers: Record<string, Partial<Record<string, { name: string; role: string }>>>,
): ShownSpeaker | null {
  if (!quote.speakerName) return null;
  const translated = quote.speakerKey && isTargetLanguage(interfaceLanguage) ? speakers[quote.speakerKey]?.[interfaceLanguage] : undefined;
  if (translated) return { name: translated.name, role: translated.role, language: interfaceLanguage };
  return { name: quote.speakerName, role: quote.speakerRole, language: sourceLanguage };
}
