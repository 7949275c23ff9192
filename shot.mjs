import { chromium } from "@playwright/test";
const [url, out, w, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(w || 1400), height: Number(h || 1000) } });
await page.goto(url);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
