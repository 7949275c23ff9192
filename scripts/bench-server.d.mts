export type BenchServer = { log: string[]; stop: () => Promise<void> };
export declare function benchEnv(options: { databaseUrl: string; port: string | number; distDir: string }): Record<string, string>;
export declare function startBenchServer(env: Record<string, string>, readyUrl: string, nodeArgs?: string[]): Promise<BenchServer>;
