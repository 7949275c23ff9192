import type { Prisma } from "@/lib/generated/prisma/client";
import type { GlossaryTerm } from "./match-terms";
import { pairName } from "./pairs";
import { isPartOfSpeech, type GlossaryEntryInput, type PartOfSpeech } from "./entry-input";

export const GLOSSARY_STATUSES = ["accepted", "proposed", "rejected"] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];

// What a glossary entry reads as, on the page and in the API.
export type GlossaryEntryView = GlossaryTerm & {
  pair: string;
  partOfSpeech: PartOfSpeech | null;
  status: GlossaryStatus;
  version: number;
  proposedBy: { id: string; name: string } | null;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  decisionComment: string | null;
  createdAt: string;
  updatedAt: string;
};

export const ENTRY_INCLUDE = {
  proposedBy: { select: { id: true, name: true } },
  decidedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.GlossaryEntryInclude;

export type EntryRow = Prisma.GlossaryEntryGetPayload<{ include: typeof ENTRY_INCLUDE }>;

// translations is a JSON list in one column (both databases); anything else reads as empty.
export function parseTranslations(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

export function toTerm(row: Omit<EntryRow, "proposedBy" | "decidedBy">): GlossaryTerm {
  return {
    id: row.id,
    sourceTerm: row.sourceTerm,
    translations: parseTranslations(row.translations),
    note: row.note,
    partOfSpeech: row.partOfSpeech,
    exactForm: row.exactForm,
    caseSensitive: row.caseSensitive,
    doNotTranslate: row.doNotTranslate,
    isForbidden: row.isForbidden,
  };
}

export function toEntryView(row: EntryRow): GlossaryEntryView {
  return {
    ...toTerm(row),
    pair: pairName(row),
    partOfSpeech: isPartOfSpeech(row.partOfSpeech) ? row.partOfSpeech : null,
    status: (GLOSSARY_STATUSES as readonly string[]).includes(row.status) ? (row.status as GlossaryStatus) : "proposed",
    version: row.version,
    proposedBy: row.proposedBy,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionComment: row.decisionComment,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// The entry's fields as an edit starts from them.
export function toInput(row: Omit<EntryRow, "proposedBy" | "decidedBy">): GlossaryEntryInput {
  const { id, ...term } = toTerm(row);
  void id;
  return { ...term, partOfSpeech: isPartOfSpeech(row.partOfSpeech) ? row.partOfSpeech : null };
}
