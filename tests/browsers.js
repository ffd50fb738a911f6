// Debian's own browsers, driven headless for the tests (no test tool ever downloads a browser).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

/** Chromium through playwright-core; each launch gets a fresh, empty profile of Playwright's. */
function chromium() {
  return require("playwright-core").chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** Firefox ESR through puppeteer-core (WebDriver BiDi), with a fresh profile folder; `prefs`
 * are Firefox preferences (e.g. `{ "javascript.enabled": false }`). */
function firefox(prefs = {}) {
  return require("puppeteer-core").launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), "indexcards-firefox-")),
    extraPrefsFirefox: prefs,
  });
}

module.exports = { chromium, firefox };
