export const DEBIAN_CHROMIUM: string;
export function ensureBrowser(): Promise<void>;
