import type { IncomingMessage } from "node:http";

export type Trust = (address: string, index: number) => boolean;
export function compileTrust(setting: string | undefined): Trust;
export function resolveClientAddress(request: Pick<IncomingMessage, "headers" | "socket">, trust: Trust): string;
export function isTrustedPeer(request: Pick<IncomingMessage, "socket">, trust: Trust): boolean;
