// The shapes content:new passes between its steps: plain text in, a proposal for the editor out.

export type BlockKind = "paragraph" | "heading";
export type Block = { kind: BlockKind; text: string };

// One quotation in a block's text: `start`/`end` bound the quoted words (marks and the space
// inside « » left out), `close` is the closing mark (null when the text never closes it),
// `after` where the reporter's words after it begin (past the mark, or an incise inside it).
export type QuoteSpan = { open: number; close: number | null; start: number; end: number; after: number };

export type Person = { name: string; role: string | null };

// What the text says about who spoke a quotation.
export type Attribution =
  // isVague: a description, not a name ("Un soldat, qui refuse de donner son nom, résume : …")
  | { kind: "named"; person: Person; how: string; isVague?: boolean }
  | { kind: "pronoun"; pronoun: string; how: string }
  // a speech verb, but nobody the text lets us name
  | { kind: "unnamed"; how: string }
  | { kind: "none" };

export type QuoteDecision = {
  blockIndex: number;
  span: QuoteSpan;
  kind: "speech" | "term";
  speaker: Person | null;
  // why the speaker was proposed, or null when the text says nothing
  reason: string | null;
  isSure: boolean;
};

// Something the editor has to check before content:sync, said about one block (or the report).
export type UnsureItem = { where: string; what: string };
