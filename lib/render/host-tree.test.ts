import { createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { hostTree } from "./host-tree";

type Any = ReactElement<{ children?: ReactNode }>;

// Every element left is an HTML tag or a fragment: nothing a renderer would have to call.
function onlyHost(node: ReactNode): boolean {
  if (Array.isArray(node)) return node.every(onlyHost);
  if (!isValidElement(node)) return true;
  const element = node as Any;
  return (typeof element.type === "string" || element.type === Fragment) && onlyHost(element.props.children);
}

async function Label({ name }: { name: string }) {
  await Promise.resolve();
  return createElement("strong", null, name);
}

function Row({ names }: { names: string[] }) {
  return createElement(
    "p",
    { className: "row", "data-x": "1" },
    names.map((name) => createElement(Label, { key: name, name })),
    createElement(Fragment, null, " & ", createElement(Label, { name: "<last>" })),
  );
}

describe("hostTree", () => {
  it("calls function components, awaits async ones, and leaves the same HTML made of tags only", async () => {
    const tree = createElement("div", { id: "part" }, createElement(Row, { names: ["a", "b"] }), null, false, "text");
    const resolved = await hostTree(tree);
    expect(hostTree(createElement("p", null, "plain"))).not.toBeInstanceOf(Promise);
    expect(onlyHost(resolved)).toBe(true);
    expect(renderToStaticMarkup(resolved)).toBe('<div id="part"><p class="row" data-x="1"><strong>a</strong><strong>b</strong> &amp; <strong>&lt;last&gt;</strong></p>text</div>');
  });

  it("refuses what it cannot run down to tags (a context provider, a client component's reference)", () => {
    const Context = { $$typeof: Symbol.for("react.context") };
    expect(() => hostTree(createElement(Context as never, null, "x"))).toThrow(/only HTML elements/);
  });
});
