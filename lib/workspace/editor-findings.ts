import { checkParagraph } from "@/lib/checks/check-paragraph";
import type { CheckFinding } from "@/lib/checks";
import type { ReportChecks } from "@/lib/checks/load-check-context";
import { editorPartsToMarkup, type EditorPart } from "./editor-parts";
import type { WorkspaceRow } from "./workspace-row";

// The server's checks, run in the browser on what the translator is typing: the same code with
// the same inputs (WorkspaceData.checks); the text would be saved against today's source.
export function editorFindings(checks: ReportChecks, row: Pick<WorkspaceRow, "key" | "source" | "sourceHash" | "quotes">, parts: readonly EditorPart[]): CheckFinding[] {
  const { text } = editorPartsToMarkup(parts);
  return checkParagraph(checks, { key: row.key, text: row.source, hash: row.sourceHash, quotes: row.quotes }, { text, sourceHash: row.sourceHash });
}
