import { TRANSLATION_STATES, type TranslationState } from "@/lib/workflow/states";
import { nextNeedingWork } from "./needs-work";

// Long reports (issue 14): the workspace renders one page of rows, not the whole report. Pages
// are fixed slices of the report in reading order (paragraphs 1–50, 51–100, …), so a paragraph's
// page never depends on the filter or on anyone's work, and a link to it stays right. The
// filters apply inside the page; the outline (every paragraph's key and state, a few bytes
// each) gives the counts, "continue", and the next paragraph needing work across pages.
export const WORKSPACE_PAGE_SIZE = 50;

export type OutlineRow = { key: string; number: number; state: TranslationState };

// The outline as the page sends it: the keys, and one character per state (its index in
// TRANSLATION_STATES), a few dozen bytes a paragraph instead of an object each.
export type PackedOutline = { keys: string[]; states: string };

export function packOutline(outline: readonly OutlineRow[]): PackedOutline {
  return { keys: outline.map((row) => row.key), states: outline.map((row) => String(TRANSLATION_STATES.indexOf(row.state))).join("") };
}

export function unpackOutline(packed: PackedOutline): OutlineRow[] {
  return packed.keys.map((key, index) => ({ key, number: index + 1, state: TRANSLATION_STATES[Number(packed.states[index])] ?? "missing" }));
}

export type WorkspaceWindow = {
  page: number; // from 1
  pageCount: number;
  pageSize: number;
  first: number; // paragraph numbers, from 1
  last: number;
  total: number;
  // the paragraph asked for by number (?at=), opened on arrival
  atKey: string | null;
};

export type WindowRequest = { page?: number; at?: number; resumeKey?: string | null; pageSize?: number };

// Which page to show: the one holding paragraph `at` when asked for; else page `page`
// (clamped); else the one holding the next paragraph needing work from where the translator
// left off (the workspace's "continue"); else the first.
export function chooseWindow(outline: readonly OutlineRow[], request: WindowRequest = {}): WorkspaceWindow {
  const pageSize = request.pageSize ?? WORKSPACE_PAGE_SIZE;
  const total = outline.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const pageOf = (number: number) => Math.min(pageCount, Math.max(1, Math.ceil(number / pageSize)));
  const at = request.at !== undefined && Number.isInteger(request.at) && total > 0 ? Math.min(total, Math.max(1, request.at)) : null;
  let page: number;
  if (at !== null) page = pageOf(at);
  else if (request.page !== undefined && Number.isInteger(request.page)) page = Math.min(pageCount, Math.max(1, request.page));
  else {
    const target = nextNeedingWork(outline, request.resumeKey ?? null);
    page = pageOf(outline.find((row) => row.key === target)?.number ?? 1);
  }
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return { page, pageCount, pageSize, first, last: Math.min(total, page * pageSize), total, atKey: at !== null ? outline[at - 1].key : null };
}

export function pageOfNumber(window: Pick<WorkspaceWindow, "pageSize">, number: number): number {
  return Math.max(1, Math.ceil(number / window.pageSize));
}

// The outline with the page's own rows at their live state (saved or submitted since it loaded).
export function liveOutline(outline: readonly OutlineRow[], saved: Readonly<Record<string, { state: TranslationState } | undefined>>): OutlineRow[] {
  return outline.map((row) => {
    const live = saved[row.key]?.state;
    return live && live !== row.state ? { ...row, state: live } : row;
  });
}
