import type { Block, QuoteDecision } from "./types";

// A quotation with no speaker that repeats words quoted with one (a heading quoting the paragraph).
export function withEchoes(decisions: QuoteDecision[], blocks: Block[]): QuoteDecision[] {
  const words = (decision: QuoteDecision) => comparable(blocks[decision.blockIndex].text.slice(decision.span.start, decision.span.end));
  return decisions.map((decision) => {
    if (decision.kind !== "speech" || decision.speaker) return decision;
    const same = decisions.find((other) => other !== decision && other.kind === "speech" && other.speaker && words(other) === words(decision));
    if (!same?.speaker) return decision;
    return { ...decision, speaker: same.speaker, reason: `no attribution: the same words are quoted from ${same.speaker.name} elsewhere`, isSure: false };
  });
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[’`]/gu, "'").replace(/\s+/gu, " ").replace(/[\s.!?…,;:]+$/u, "").trim();
}
