import { z } from "zod";
import { TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";
import { TRANSLATION_STATES, type TranslationState } from "@/lib/workflow/states";

// "system" stands for changes nobody made by hand: content:sync outdating or restoring
// approvals, and accounts created from the command line (scripts/user-create.ts).
export const SYSTEM_ACTOR = "system";

// "translations": the workflow trail; "users": user administration (accounts, roles, passwords, tokens).
export const ACTIVITY_KINDS = ["translations", "users"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export type ActivityFilters = { kind?: ActivityKind; person?: string; language?: TargetLanguage; state?: TranslationState };
export type ActivityQuery = { filters: ActivityFilters; page: number; ignored: (keyof ActivityFilters | "page")[] };

const fields = {
  kind: z.enum(ACTIVITY_KINDS),
  person: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  language: z.enum(TARGET_LANGUAGES),
  state: z.enum(TRANSLATION_STATES),
  page: z.coerce.number().int().min(1).max(100_000),
};

type SearchParams = Record<string, string | string[] | undefined>;

// The activity page's filters come from its address; a value that makes no sense is left out
// (and named, so the page can say so) rather than failing the page.
export function parseActivityQuery(params: SearchParams): ActivityQuery {
  const ignored: ActivityQuery["ignored"] = [];
  const read = <K extends keyof typeof fields>(key: K): z.infer<(typeof fields)[K]> | undefined => {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") return undefined;
    const parsed = fields[key].safeParse(value);
    if (!parsed.success) ignored.push(key);
    return parsed.success ? (parsed.data as z.infer<(typeof fields)[K]>) : undefined;
  };
  const filters: ActivityFilters = {};
  const kind = read("kind");
  const person = read("person");
  const language = read("language");
  const state = read("state");
  if (kind) filters.kind = kind;
  if (person) filters.person = person;
  if (language) filters.language = language;
  if (state) filters.state = state;
  return { filters, page: read("page") ?? 1, ignored };
}

// The address of another page of the same filtered list.
export function activitySearch(filters: ActivityFilters, page = 1): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.kind) query.kind = filters.kind;
  if (filters.person) query.person = filters.person;
  if (filters.language) query.language = filters.language;
  if (filters.state) query.state = filters.state;
  if (page > 1) query.page = String(page);
  return query;
}
