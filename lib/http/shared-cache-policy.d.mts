export declare const SHARED_CACHE_SECONDS: number;
export declare const SHARED_CACHE_CONTROL: string;
export declare const PRIVATE_CACHE_CONTROL: string;
export declare function keepsSharedPolicy(response: { status: number; contentType: unknown; isRsc: boolean }): boolean;
