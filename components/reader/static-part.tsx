import { headers } from "next/headers";
import { createElement, type CSSProperties, type ReactNode } from "react";
import { requestNonce } from "@/lib/http/request-nonce";
import { hostTree } from "@/lib/render/host-tree";
import { ServerOnlyHtml, type ServerOnlyTag } from "./server-only-html";
import { putServerOnlyPart } from "@/lib/render/server-only-parts";

type StaticPartProps = {
  as: ServerOnlyTag;
  id: string;
  className?: string;
  style?: Record<string, string>;
  dataCols?: string;
  children: ReactNode;
};

// A part of the page that never changes in the browser (the reader's rows, its list of
// quotations): in the HTML only, not repeated in the React Server Components payload, where
// every element and text of it would come a second time. A request for the payload alone (a
// client-side navigation, a prefetch, a server action's refresh) gets the part in the payload,
// as any server component. Only for parts without client components (hostTree).
export async function StaticPart({ as, id, className, style, dataCols, children }: StaticPartProps) {
  const request = await headers();
  if (request.has("rsc") || request.has("next-action")) return createElement(as, { id, className, style: style as CSSProperties | undefined, "data-cols": dataCols }, children);
  const token = putServerOnlyPart(await hostTree(children), { requestKey: await requestNonce(), name: id });
  return <ServerOnlyHtml as={as} id={id} token={token} className={className} style={style} dataCols={dataCols} />;
}
