export type Instance = { port: number; url: string; pid: number; exited: Promise<unknown>; kill: (signal?: NodeJS.Signals) => Promise<unknown> };
export declare function startInstance(options: { port: number; env?: Record<string, string>; timeoutMs?: number; log?: "ignore" | "inherit" }): Promise<Instance>;
