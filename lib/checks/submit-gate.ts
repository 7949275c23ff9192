import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { checkParagraph } from "./check-paragraph";
import { blockingErrors } from "./findings";
import { loadCheckContext } from "./load-check-context";
import { mergeOverrides, parseOverrides, readOverrides, type CheckOverride, type OverrideInput } from "./overrides";
import { severityOf } from "./index";

type Gate = {
  paragraph: { id: string; key: string; reportId: string; text: string; hash: string; quotes: readonly { key: string; isClosed: boolean }[] };
  language: string;
  translation: { id: string; version: number };
  overrides: readonly OverrideInput[];
};

// An error found by the server's checks stops a submission unless the translator overrode that
// check with a reason (at this submission or when saving the revision). Refused: nothing is
// written. Let through: the overrides in force, to keep on the revision and in the audit comment.
export async function gateSubmission(tx: Tx, gate: Gate): Promise<{ overrides: CheckOverride[]; stored: string | null; auditComment: string | null }> {
  const given = readOverrides(gate.overrides);
  const revision = await tx.revision.findUniqueOrThrow({
    where: { translationId_version: { translationId: gate.translation.id, version: gate.translation.version } },
    select: { id: true, text: true, sourceHash: true, checkOverrides: true },
  });
  const checks = await loadCheckContext(tx, { reportId: gate.paragraph.reportId, language: gate.language });
  const findings = checkParagraph(checks, gate.paragraph, revision);
  const stored = parseOverrides(revision.checkOverrides);
  const inForce = mergeOverrides(stored, given).filter((override) => severityOf(override.check) === "error");
  const blocking = blockingErrors(findings, inForce);
  if (blocking.length > 0) {
    throw new DomainError("invalid", "Errors found by the checks stop the submission", {
      problems: [{ code: "check-errors", detail: blocking.join(", ") }],
      checks: findings,
    });
  }
  // Only overrides of errors found now are kept: one for a check that finds nothing says nothing.
  const used = inForce.filter((override) => findings.some((finding) => finding.id === override.check));
  const isNew = given.length > 0;
  return {
    overrides: used,
    stored: isNew ? (used.length > 0 ? JSON.stringify(used) : null) : revision.checkOverrides,
    auditComment: used.length > 0 ? used.map((override) => `${override.check}: ${override.reason.trim()}`).join("\n") : null,
  };
}
