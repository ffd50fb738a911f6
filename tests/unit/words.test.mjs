// The words table (www/src/i18n/words.js): every language has every key and no other, the same
// placeholders as English, plural forms its PluralRules know; every key the elements use exists
// and every key exists because an element uses it. No wasm, no browser.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { WORDS, languageOf } from "../../www/src/i18n/words.js";
import { placeholders } from "../../www/src/i18n/format.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const LANGUAGES = Object.keys(WORDS);
const KEYS = Object.keys(WORDS.en);

test("the languages the issue asks for are all there", () => {
  for (const lang of ["en", "de", "fr", "es", "it", "pt", "ja", "zh-CN"]) assert.ok(LANGUAGES.includes(lang), lang);
});

test("no key is missing in any language, and no language has a key no other has", () => {
  const all = new Set(LANGUAGES.flatMap((l) => Object.keys(WORDS[l])));
  const problems = [];
  for (const lang of LANGUAGES) {
    for (const key of all) if (!Object.hasOwn(WORDS[lang], key)) problems.push(`${lang} lacks ${key}`);
  }
  for (const key of all) {
    const holders = LANGUAGES.filter((l) => Object.hasOwn(WORDS[l], key));
    if (holders.length === 1 && LANGUAGES.length > 1) problems.push(`only ${holders[0]} has ${key}`);
  }
  assert.deepEqual(problems, []);
});

test("every language uses the same placeholders as English for each key", () => {
  const problems = [];
  for (const key of KEYS) {
    const want = placeholders(WORDS.en[key]).join(",");
    for (const lang of LANGUAGES) {
      const word = WORDS[lang][key];
      if (word === undefined) continue;
      const got = placeholders(word).join(",");
      if (got !== want) problems.push(`${lang} ${key}: {${got}} where English has {${want}}`);
      // Each plural form carries the same placeholders too.
      if (typeof word === "object") {
        for (const [form, text] of Object.entries(word)) {
          if (placeholders(text).join(",") !== want) problems.push(`${lang} ${key}.${form}: placeholders differ`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("plural words have an 'other' form and only forms the language's PluralRules choose", () => {
  for (const lang of LANGUAGES) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, word] of Object.entries(WORDS[lang])) {
      if (typeof word === "string") continue;
      assert.equal(typeof word.other, "string", `${lang} ${key}`);
      for (const form of Object.keys(word)) assert.ok(categories.includes(form), `${lang} ${key}: "${form}" is not a plural form of ${lang}`);
      // A key is plural in every language or in none.
      for (const other of LANGUAGES) assert.equal(typeof WORDS[other][key], "object", `${other} ${key} is plural in ${lang}`);
    }
  }
});

test("texts are not empty and carry no stray spaces; Japanese and Chinese put no space between their own characters", () => {
  const cjk = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef] [\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
  for (const lang of LANGUAGES) {
    for (const [key, word] of Object.entries(WORDS[lang])) {
      for (const text of typeof word === "string" ? [word] : Object.values(word)) {
        assert.ok(text.length > 0, `${lang} ${key} is empty`);
        if (key !== "say.sep") assert.equal(text, text.trim(), `${lang} ${key} has leading or trailing whitespace`);
        assert.ok(!/ {2}/.test(text), `${lang} ${key} has a double space`);
        if (lang === "ja" || lang === "zh-CN") assert.ok(!cjk.test(text), `${lang} ${key}: a space between CJK characters: ${text}`);
      }
    }
  }
});

test("German nouns of the card are capitalised, French puts a no-break space before a colon", () => {
  assert.match(WORDS.de["card.range52"], /Spanne/);
  assert.match(WORDS.de["chart.return"], /^Rendite$/);
  for (const [key, text] of Object.entries(WORDS.fr)) {
    if (typeof text !== "string") continue;
    // Every ":" of running French text follows a no-break space (not inside attribute syntax like src="…").
    for (const m of text.matchAll(/(.)(:)/g)) {
      if (m[1] === '"' || m[1] === "/" || /[a-z]/i.test(m[1]) && text.includes("://")) continue;
      assert.equal(m[1], "\u00a0", `fr ${key}: "${text}"`);
    }
  }
});

test("a locale picks its language's words: zh-Hans is zh-CN, zh-Hant is English, others English", () => {
  const cases = {
    "en-US": "en", "de-CH": "de", "fr-CA": "fr", "es-MX": "es", "it-IT": "it", "pt-BR": "pt", "pt-PT": "pt",
    "ja-JP": "ja", "zh-CN": "zh-CN", zh: "zh-CN", "zh-SG": "zh-CN", "zh-Hans-HK": "zh-CN", "zh-TW": "en", "zh-Hant": "en",
    "sv-SE": "en", "ar-EG": "en", "not a tag!": "en",
  };
  for (const [locale, lang] of Object.entries(cases)) assert.equal(languageOf(locale), lang, locale);
});

// ---- every key used, every key used somewhere ----

/** The source of the elements and the formatter. */
function sources() {
  const dirs = [path.join(root, "www", "src", "elements"), path.join(root, "www", "src", "i18n")];
  return dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".js") && f !== "words.js").map((f) => fs.readFileSync(path.join(d, f), "utf8"))).join("\n");
}
// Keys built at run time from a prefix and a key of the data (a card field, a direction, a
// relation, a period), each with the template literal that builds it.
const DYNAMIC = {
  "row.": [["d1", "wtd", "mtd", "qtd", "ytd", "y1"], "`row.${"],
  "when.": [["d1", "wtd", "mtd", "qtd", "ytd", "y1"], "`when.${"],
  "note.noPrior.": [["wtd", "mtd", "qtd", "ytd", "y1"], "`note.noPrior.${"],
  "say.": [["up", "down"], "`say.${"],
  "spread.": [["leads", "trails", "matches", "none"], "`spread.${"],
  "tab.": [["WTD", "MTD", "QTD", "YTD", "MAX", "week", "year"], "periodTab(info) { return this.#periodWord(\"tab\""],
  "name.": [["WTD", "MTD", "QTD", "YTD", "MAX", "week", "year"], "periodName(info) { return this.#periodWord(\"name\""],
};

test("every key the elements name exists, and every key is named by them", () => {
  const code = sources();
  const named = new Set([...code.matchAll(/["'`]((?:tab|name|row|when|say|card|note|head|chart|spread|ctl|state|err|where|fig)\.[A-Za-z0-9.]*[A-Za-z0-9])["'`]/g)].map((m) => m[1]));
  for (const key of named) assert.ok(Object.hasOwn(WORDS.en, key), `the code names "${key}", which the table lacks`);
  const dynamic = Object.entries(DYNAMIC).flatMap(([prefix, [tails, builder]]) => {
    assert.ok(code.includes(builder), `nothing builds keys starting with ${prefix}`);
    return tails.map((t) => prefix + t);
  });
  for (const key of dynamic) assert.ok(Object.hasOwn(WORDS.en, key), `${key} (built at run time) is missing`);
  const unused = KEYS.filter((k) => !named.has(k) && !dynamic.includes(k));
  assert.deepEqual(unused, [], "words no element uses");
});
