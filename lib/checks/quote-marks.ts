import { plainOf } from "./text-checks";
import type { QualityCheck } from "./types";

// The first quotation mark left unpaired, or null. A stack, because “ closes „ (Russian,
// German) but opens an English quotation, and a straight " both opens and closes.
export function unpairedMark(text: string): string | null {
  const stack: string[] = [];
  for (const mark of text) {
    const top = stack.at(-1);
    if (mark === "«" || mark === "„") stack.push(mark);
    else if (mark === "»") {
      if (top !== "«") return mark;
      stack.pop();
    } else if (mark === "“") {
      if (top === "„") stack.pop();
      else stack.push(mark);
    } else if (mark === "”") {
      if (top !== "“" && top !== "„") return mark;
      stack.pop();
    } else if (mark === '"') {
      if (top === '"') stack.pop();
      else stack.push(mark);
    }
  }
  return stack[0] ?? null;
}

export function hasUnbalancedMarks(text: string): boolean {
  return unpairedMark(text) !== null;
}

// A quotation mark the translation opens and never closes (or closes and never opened): the
// reader cannot tell where the quoted words end.
export const unbalancedQuoteMarks: QualityCheck = {
  id: "unbalanced-quote-marks",
  severity: "error",
  kind: "content",
  run: ({ translation }) => {
    const mark = unpairedMark(plainOf(translation.text));
    return mark ? [{ id: "unbalanced-quote-marks", detail: mark }] : [];
  },
};
