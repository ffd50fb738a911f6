#!/usr/bin/env node
// Opens tests/dev/harness.html, the demo page and the embed example from file:// in headless
// Chromium, with the real bundle, and writes screenshots to target/dev/shots/ for a person to
// look at: en, de-DE, ja-JP, fr-FR, zh-CN, dark, narrow, waiting. Console errors, page errors and
// requests beyond the page's own files are printed.
// Usage: node tests/dev/shoot.js [name-filter] (writes the harness data first)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const require = createRequire(import.meta.url);
const { chromium } = require("../browsers.js");
const shots = path.join(root, "target", "dev", "shots");
fs.mkdirSync(shots, { recursive: true });
const harness = pathToFileURL(path.join(here, "harness.html")).href;
const www = (f) => pathToFileURL(path.join(root, "www", f)).href;
execFileSync(process.execPath, [path.join(here, "data.js")], { stdio: "inherit" });

const RUNS = [
  { name: "harness-en", url: harness, width: 1280 },
  { name: "harness-de-DE", url: harness + "?lang=de-DE", width: 1280 },
  { name: "harness-ja-JP", url: harness + "?lang=ja-JP", width: 1280 },
  { name: "harness-fr-FR", url: harness + "?lang=fr-FR&only=notes", width: 1280 },
  { name: "harness-zh-CN", url: harness + "?lang=zh-CN&only=stale", width: 1280 },
  { name: "harness-dark", url: harness + "?theme=dark", width: 1280, colorScheme: "dark" },
  { name: "harness-390", url: harness + "?only=main", width: 390 },
  { name: "harness-waiting", url: harness + "?only=waiting&late=never", width: 1280 },
  { name: "demo-1200", url: www("index.html"), width: 1200 },
  { name: "demo-390", url: www("index.html"), width: 390 },
  { name: "embed-1280", url: www("embed-example.html"), width: 1280 },
  { name: "embed-390", url: www("embed-example.html"), width: 390 },
];

const filter = process.argv[2];
const browser = await chromium();
try {
  for (const run of RUNS) {
    if (filter && !run.name.includes(filter)) continue;
    const context = await browser.newContext({ viewport: { width: run.width, height: 900 }, colorScheme: run.colorScheme || "light" });
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => { if (!r.url().startsWith("file://") && !r.url().startsWith("data:")) problems.push(`request: ${r.url()}`); });
    await page.goto(run.url);
    await page.waitForTimeout(run.name.includes("waiting") ? 300 : 600);
    const states = await page.evaluate(() => [...document.querySelectorAll("index-cards")].map((e) => `${e.id || "?"}:${e.getAttribute("data-state")}`));
    await page.screenshot({ path: path.join(shots, `${run.name}.png`), fullPage: true });
    // Each harness section on its own, at full resolution, for a closer look.
    for (const section of await page.locator("section[data-section]").all()) {
      const name = await section.getAttribute("data-section");
      await section.screenshot({ path: path.join(shots, `${run.name}-${name}.png`) });
    }
    console.log(`${run.name}: ${states.join(" ")}${problems.length ? "\n  " + problems.join("\n  ") : ""}`);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${path.relative(root, shots)}/`);
