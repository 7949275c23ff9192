import { Fragment, cloneElement, createElement, isValidElement, type ReactElement, type ReactNode } from "react";

type Props = { children?: ReactNode };
type Resolved = ReactNode | Promise<ReactNode>;

// Runs a server component subtree down to plain elements (HTML tags, text, fragments): every
// function component is called, async ones awaited, inside this request's render, so they keep
// their request's translations and caches. What is left needs no component to render, so the
// HTML render can render it (components/reader/static-part.tsx). Only for parts without client
// components. Synchronous wherever the subtree is: a promise only where a component returned one
// (each promise costs a tick and async-hook bookkeeping, thousands of them in a long report).
export function hostTree(node: ReactNode): Resolved {
  if (node === null || node === undefined || typeof node === "boolean" || typeof node === "string" || typeof node === "number" || typeof node === "bigint") return node;
  if (isThenable(node)) return Promise.resolve(node).then(hostTree);
  if (isIterable(node)) {
    const children = [...node].map(hostTree);
    return children.some(isThenable) ? Promise.all(children).then(asChildren) : asChildren(children as ReactNode[]);
  }
  if (!isValidElement<Props>(node)) throw new Error("hostTree: a child that is not an element");
  const element = node as ReactElement<Props>;
  if (typeof element.type === "function") {
    const render = element.type as (props: Props) => ReactNode | Promise<ReactNode>;
    // the component's key stays on what it rendered, for the siblings of a list
    const keep = (output: ReactNode) => (element.key === null ? output : createElement(Fragment, { key: element.key }, output));
    return then(then(render(element.props), hostTree), keep);
  }
  if (typeof element.type !== "string" && element.type !== Fragment) throw new Error("hostTree: only HTML elements, fragments and function components");
  if (element.props.children === undefined) return element;
  return then(hostTree(element.props.children), (children) => cloneElement(element, { children }));
}

// spread as a fragment's children, as JSX passes them, so React does not take them for a list
function asChildren(children: ReactNode[]): ReactNode {
  return createElement(Fragment, null, ...children);
}

function then(value: Resolved, next: (value: ReactNode) => Resolved): Resolved {
  return isThenable(value) ? Promise.resolve(value).then(next) : next(value);
}

function isThenable(value: unknown): value is PromiseLike<ReactNode> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function isIterable(value: unknown): value is Iterable<ReactNode> {
  return typeof value === "object" && value !== null && Symbol.iterator in value;
}
