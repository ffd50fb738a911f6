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

/**
 * A page script to run before the bundle: counts the Workers made, answering and stopped
 * (`window.workers`), and, with `window.slowWorkers` set, holds each message to a worker for 5 s
 * (a slow read to cancel). Given as a `<script>` or to `page.addInitScript`.
 */
const WORKER_PROBE = `
window.workers = { made: 0, stopped: 0, answered: 0 };
{
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      window.workers.made++;
      this.addEventListener("message", () => { window.workers.answered++; window.workers.answeredAt = performance.now(); });
    }
    postMessage(...args) {
      if (window.slowWorkers) setTimeout(() => super.postMessage(...args), 5000);
      else super.postMessage(...args);
    }
    terminate() {
      window.workers.stopped++;
      super.terminate();
    }
  };
}`;

module.exports = { chromium, firefox, WORKER_PROBE };
