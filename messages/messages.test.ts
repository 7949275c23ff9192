import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

type Tree = { [key: string]: string | Tree };

const load = (locale: string): Tree => JSON.parse(fs.readFileSync(path.resolve("messages", `${locale}.json`), "utf8"));

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(name, value);
    else for (const [inner, text] of flatten(value, name)) entries.set(inner, text);
  }
  return entries;
}

const messages = Object.fromEntries(routing.locales.map((locale) => [locale, flatten(load(locale))]));
const allKeys = [...new Set(Object.values(messages).flatMap((entries) => [...entries.keys()]))].sort();

describe("interface messages", () => {
  it.each(routing.locales)("%s has every key another language has", (locale) => {
    const missing = allKeys.filter((key) => !messages[locale].has(key));
    expect(missing).toEqual([]);
  });

  it.each(routing.locales)("%s has no empty message", (locale) => {
    const empty = [...messages[locale]].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(routing.locales)("%s messages are valid ICU, with the same arguments in every language", (locale) => {
    const problems: string[] = [];
    for (const [key, text] of messages[locale]) {
      const names = argumentsOf(text, locale);
      if (names instanceof Error) {
        problems.push(`${key}: ${names.message}`);
        continue;
      }
      const reference = argumentsOf(messages[routing.defaultLocale].get(key) ?? "", routing.defaultLocale);
      if (!(reference instanceof Error) && !sameSet(names, reference)) {
        problems.push(`${key}: uses ${[...names].join(" ")}, ${routing.defaultLocale} uses ${[...reference].join(" ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("writes Russian plurals with the one, few and many forms", () => {
    const plurals = [...messages.ru].filter(([, text]) => /,\s*plural\s*,/.test(text));
    for (const [key, text] of plurals) {
      expect.soft(text, key).toMatch(/\bone\s*\{/);
      expect.soft(text, key).toMatch(/\bfew\s*\{/);
      expect.soft(text, key).toMatch(/\bmany\s*\{/);
    }
  });
});

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }>; children?: AstNode[] };

// The {argument} and <tag> names a message uses, at any depth; or why it does not parse.
function argumentsOf(text: string, locale: string): Set<string> | Error {
  try {
    const names = new Set<string>();
    const walk = (nodes: AstNode[]) => {
      for (const node of nodes) {
        if (node.type === 8) names.add(`<${node.value}>`);
        else if (node.type >= 1 && node.type <= 6) names.add(node.value ?? "");
        Object.values(node.options ?? {}).forEach((option) => walk(option.value));
        walk(node.children ?? []);
      }
    };
    walk(new IntlMessageFormat(text, locale).getAst() as AstNode[]);
    return names;
  } catch (error) {
    return error as Error;
  }
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((entry) => b.has(entry));
}
