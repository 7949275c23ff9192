import { Fragment, cloneElement, createElement, isValidElement, type ReactElement, type ReactNode } from "react";

type Props = { children?: ReactNode };

// Runs a server component subtree down to plain elements (HTML tags, text, fragments): every
// function component is called, async ones awaited, inside this request's render, so they keep
// their request's translations and caches. What is left needs no component to render, so the
// HTML render can render it (components/reader/static-part.tsx). Only for parts without client components.
export async function hostTree(node: ReactNode): Promise<ReactNode> {
  if (node === null || node === undefined || typeof node === "boolean" || typeof node === "string" || typeof node === "number" || typeof node === "bigint") return node;
  if (isThenable(node)) return hostTree(await node);
  // spread as a fragment's children, as JSX passes them, so React does not take them for a list
  if (isIterable(node)) return createElement(Fragment, null, ...(await Promise.all([...node].map((child) => hostTree(child)))));
  if (!isValidElement<Props>(node)) throw new Error("hostTree: a child that is not an element");
  const element = node as ReactElement<Props>;
  if (typeof element.type === "function") {
    const render = element.type as (props: Props) => ReactNode | Promise<ReactNode>;
    const output = await hostTree(await render(element.props));
    // the component's key stays on what it rendered, for the siblings of a list
    return element.key === null ? output : createElement(Fragment, { key: element.key }, output);
  }
  if (typeof element.type !== "string" && element.type !== Fragment) throw new Error("hostTree: only HTML elements, fragments and function components");
  if (element.props.children === undefined) return element;
  return cloneElement(element, { children: await hostTree(element.props.children) });
}

function isThenable(value: unknown): value is PromiseLike<ReactNode> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function isIterable(value: unknown): value is Iterable<ReactNode> {
  return typeof value === "object" && value !== null && Symbol.iterator in value;
}
