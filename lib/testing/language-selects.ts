import { IntlMessageFormat } from "intl-messageformat";

// Messages that word a language differently in each case or agreement ("la traduction
// anglaise", «перевод на английский»): an ICU select on {language} with a branch per code. A
// language added to content/languages.json needs its branch there too, as it needs its name.
// Which languages each such message can be given:
export const LANGUAGE_SELECTS = {
  "Feed.title": "interface",
  "Feed.subtitle": "interface",
  "Feed.link": "interface",
  "Feed.progress": "targets",
  "Corrections.notice": "targets",
  "Activity.admin.roleGranted": "targets",
  "Activity.admin.roleRemoved": "targets",
  "Quote.mark.translated": "source",
  "Quote.meaning.translatedByNewsroom": "source",
} as const;

type Languages = { source: string; targets: readonly string[]; interface: readonly string[] };
type Node = { value?: unknown; options?: Record<string, { value: Node[] }>; pluralType?: unknown; children?: Node[] };

function branches(nodes: Node[], found: Set<string>[] = []): Set<string>[] {
  for (const node of nodes) {
    if (node.options && node.pluralType === undefined && node.value === "language") found.push(new Set(Object.keys(node.options)));
    for (const option of Object.values(node.options ?? {})) branches(option.value, found);
    if (node.children) branches(node.children, found);
  }
  return found;
}

const at = (tree: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);

// "Corrections.notice: de" for each language a message cannot word; [] when every one is there.
export function missingLanguageBranches(messages: unknown, locale: string, languages: Languages): string[] {
  const missing: string[] = [];
  for (const [key, kind] of Object.entries(LANGUAGE_SELECTS)) {
    const text = at(messages, key);
    if (typeof text !== "string") {
      missing.push(`${key}: no message`);
      continue;
    }
    const selects = branches(new IntlMessageFormat(text, locale).getAst() as Node[]);
    if (selects.length === 0) missing.push(`${key}: no {language, select}`);
    const codes = kind === "source" ? [languages.source] : languages[kind];
    for (const code of codes) if (selects.some((options) => !options.has(code))) missing.push(`${key}: ${code}`);
  }
  return missing;
}
