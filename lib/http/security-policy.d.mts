export const SERVER_ACTION_BODY_LIMIT_BYTES: number;
export const NONCE_HEADER: string;
export const FIXED_SECURITY_HEADERS: { key: string; value: string }[];
export const HSTS_HEADER: { key: string; value: string };
export const NO_CONTENT_POLICY: string;
export function pagePolicy(options: { nonce: string; isHttps: boolean }): string;
