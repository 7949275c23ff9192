export type Front = { url: string; cacheDir: string; stop: () => Promise<void> };
export declare function nginxPath(): string | null;
export declare function ensureNginx(): void;
export declare function siteConfig(options: { port: number; upstreams: number[]; cacheDir: string }): string;
export declare function startFront(options: { port: number; upstreams: number[]; dir: string; extra?: string }): Promise<Front>;
