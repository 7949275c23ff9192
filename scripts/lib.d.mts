export declare function run(command: string, args: string[], options?: { env?: Record<string, string | undefined>; stdio?: unknown }): Promise<void>;
export declare const bin: (name: string) => string;
export declare function ensureEnvFile(file?: string): void;
export declare function prepareDatabase(env?: Record<string, string | undefined>): Promise<void>;
