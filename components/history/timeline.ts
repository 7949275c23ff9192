import type { HistoryEvent, HistoryRevision, ParagraphHistory } from "@/lib/translations/get-paragraph-history";

export type TimelineEntry =
  | { kind: "revision"; key: string; at: Date; revision: HistoryRevision; event: HistoryEvent | null }
  | { kind: "event"; key: string; at: Date; event: HistoryEvent };

// One list, newest first: each revision with the save that made it (its state change),
// and every other workflow event (submissions, decisions, source changes) on its own.
export function timeline(history: ParagraphHistory): TimelineEntry[] {
  const saves = new Map<number, HistoryEvent>();
  for (const event of history.events) {
    if ((event.action === "save" || event.action === "restore") && !saves.has(event.version)) saves.set(event.version, event);
  }
  const entries: TimelineEntry[] = [
    ...history.revisions.map((revision): TimelineEntry => ({
      kind: "revision",
      key: `r${revision.version}`,
      at: new Date(revision.createdAt),
      revision,
      event: saves.get(revision.version) ?? null,
    })),
    ...history.events
      .filter((event) => event.action !== "save" && event.action !== "restore")
      .map((event, index): TimelineEntry => ({ kind: "event", key: `e${index}`, at: new Date(event.createdAt), event })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.kind === "event" ? -1 : 1));
}
