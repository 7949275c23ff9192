import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { TARGET_LANGUAGES, isContentLanguage, isTargetLanguage } from "@/lib/languages";
import { sourceHash } from "./source-hash";

// Reads a report's MDX with the same parser @mdx-js/loader uses and turns it into
// what the workflow stores: ordered units with stable ids, inline-markup text and quotes.

export type ParsedQuote = {
  key: string;
  kind: "speech" | "term";
  position: number;
  speakerKey: string | null;
  spokenLanguage: string | null;
  isClosed: boolean;
};

export type ParsedUnit = {
  key: string;
  kind: "paragraph" | "heading";
  text: string;
  hash: string;
  quotes: ParsedQuote[];
};

export type ParsedReport = {
  title: string;
  date: string;
  outlet: string;
  originalLanguage: string;
  speakers: Record<string, { name: string; role: string }>;
  // the languages this report is translated into; undefined: every configured target language
  targetLanguages?: string[];
  units: ParsedUnit[];
};

const frontmatterSchema = z.object({
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
  outlet: z.string().min(1),
  originalLanguage: z.string().refine(isContentLanguage),
  speakers: z.record(z.string(), z.object({ name: z.string().min(1), role: z.string().min(1) })).default({}),
  targetLanguages: z
    .array(z.string().refine(isTargetLanguage, { error: (issue) => `"${String(issue.input)}" is not a target language (content/languages.json: ${TARGET_LANGUAGES.join(", ")})` }))
    .min(1)
    .refine((codes) => new Set(codes).size === codes.length, { error: "a target language is listed twice" })
    .optional(),
});

const NOT_STATED = "not-stated";
const ID = /^[a-z0-9][a-z0-9-]*$/;

export class ContentError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.name = "ContentError";
  }
}

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: { body?: unknown[] } };
};

export function parseReport(source: string, file: string): ParsedReport {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source) as Node;
  const fail = (node: Node | undefined, message: string): never => {
    throw new ContentError(file, node?.position?.start.line, message);
  };

  const yamlNode = tree.children?.find((node) => node.type === "yaml");
  if (!yamlNode?.value) fail(tree, "the report needs a YAML front matter");
  const front = frontmatterSchema.safeParse(parseYaml(yamlNode?.value ?? ""));
  if (!front.success) fail(yamlNode, `invalid front matter: ${front.error.message}`);
  const meta = front.data!;

  const units: ParsedUnit[] = [];
  const seen = new Set<string>();
  const claim = (node: Node, key: string) => {
    if (!ID.test(key)) fail(node, `invalid id "${key}" (lowercase letters, digits and hyphens)`);
    if (seen.has(key)) fail(node, `duplicate id "${key}"`);
    seen.add(key);
  };

  for (const node of tree.children ?? []) {
    // An MDX comment, {/* … */} (content:new leaves its review list in one), is no text.
    if (node.type === "yaml" || isComment(node)) continue;
    const element = node.type === "paragraph" && node.children?.length === 1 ? node.children[0] : node;
    if (!element.type.startsWith("mdxJsx") || (element.name !== "Paragraph" && element.name !== "Heading")) {
      fail(node, "every block must be a <Paragraph id> or <Heading id>");
    }
    const key = attribute(element, "id") ?? fail(element, `<${element.name}> needs an id`);
    claim(element, key);
    if (element.type === "mdxJsxFlowElement" && element.children?.length !== 1) {
      fail(element, `<${element.name} id="${key}"> must hold exactly one paragraph of text`);
    }
    const quotes: ParsedQuote[] = [];
    const raw = inlineText(element.children ?? [], (quoteNode) => {
      const quoteKey = attribute(quoteNode, "id") ?? fail(quoteNode, `<${quoteNode.name}> needs an id`);
      claim(quoteNode, quoteKey);
      quotes.push(readQuote(quoteNode, quoteKey, quotes.length, meta.speakers, fail));
      return quoteKey;
    }, fail);
    const text = softBreaksAsSpaces(raw).trim();
    if (text === "") fail(element, `<${element.name} id="${key}"> is empty`);
    units.push({
      key,
      kind: element.name === "Heading" ? "heading" : "paragraph",
      text,
      hash: sourceHash(text),
      quotes,
    });
  }
  if (units.length === 0) fail(tree, "the report has no paragraphs");
  return { ...meta, units };
}

function readQuote(
  node: Node,
  key: string,
  position: number,
  speakers: ParsedReport["speakers"],
  fail: (node: Node, message: string) => never,
): ParsedQuote {
  const isTerm = node.name === "Term";
  const speaker = attribute(node, isTerm ? "attributedTo" : "speaker");
  if (!speaker) fail(node, `<${node.name} id="${key}"> must say who (${isTerm ? "attributedTo" : "speaker"}), or "${NOT_STATED}"`);
  if (speaker !== NOT_STATED && !speakers[speaker!]) fail(node, `unknown speaker "${speaker}" (add it to the front matter)`);
  const spokenIn = isTerm ? (attribute(node, "spokenIn") ?? NOT_STATED) : attribute(node, "spokenIn");
  if (!spokenIn) fail(node, `<Quote id="${key}"> must say the language it was spoken in, or spokenIn="${NOT_STATED}"`);
  if (spokenIn !== NOT_STATED && !/^[a-z]{2,3}$/.test(spokenIn!)) fail(node, `spokenIn must be a language code or "${NOT_STATED}"`);
  return {
    key,
    kind: isTerm ? "term" : "speech",
    position,
    speakerKey: speaker === NOT_STATED ? null : speaker!,
    spokenLanguage: spokenIn === NOT_STATED ? null : spokenIn!,
    isClosed: !hasAttribute(node, "unclosed"),
  };
}

function inlineText(
  nodes: Node[],
  onQuote: (node: Node) => string,
  fail: (node: Node, message: string) => never,
): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.value ?? "";
      if (node.type === "paragraph") return inlineText(node.children ?? [], onQuote, fail);
      if (node.type.startsWith("mdxJsx") && (node.name === "Quote" || node.name === "Term")) {
        const key = onQuote(node);
        return `<q id="${key}">${inlineText(node.children ?? [], () => fail(node, "quotations cannot nest"), fail)}</q>`;
      }
      return fail(node, `unsupported content "${node.type}${node.name ? ` ${node.name}` : ""}": only text, <Quote> and <Term>`);
    })
    .join("");
}

// A line break inside a paragraph reads as a space (as MDX renders it), so re-wrapping the
// source file changes no wording and outdates no translation.
export function softBreaksAsSpaces(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, " ");
}

// A flow expression holding only a comment: its parsed program has no statement.
function isComment(node: Node): boolean {
  return node.type === "mdxFlowExpression" && node.data?.estree?.body?.length === 0;
}

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((attr) => attr.type === "mdxJsxAttribute" && attr.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

function hasAttribute(node: Node, name: string): boolean {
  return Boolean(node.attributes?.some((attr) => attr.type === "mdxJsxAttribute" && attr.name === name));
}
