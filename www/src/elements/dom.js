// Small DOM helpers for the elements: create HTML and SVG nodes, write text and attributes only
// when they change, flash a changed value by CSS animation, keyboard steps, stylesheets. Text
// from data always goes in through textContent, never as HTML.

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Sets each attribute of `attrs` on `node` (null or undefined values are skipped). */
function setAll(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) node.setAttribute(k, v);
  return node;
}

/**
 * A new HTML element: `h("p", { class: "note", part: "value" }, "text")`. Props are attributes;
 * `text` (third argument) is set with textContent.
 */
export function h(tag, attrs, text) {
  const node = setAll(document.createElement(tag), attrs);
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** A new SVG element: `svg("line", { x1: 0, x2: 10 })`. */
export function svg(tag, attrs, text) {
  const node = setAll(document.createElementNS(SVG_NS, tag), attrs);
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/**
 * Writes `text` into `node` when it differs; returns whether it changed. The text goes in as a
 * new text node (textContent), not into the old one's data: layout shift counts an old text node
 * pushed along by a wider figure before it (0.012 over 120 steps), a new one not.
 */
export function setText(node, text) {
  const value = text ?? "";
  if (node.textContent === value) return false;
  node.textContent = value;
  return true;
}

/** The width of `node`'s content box, as a ResizeObserver reports it: its clientWidth less its
 * padding (0 when it is not laid out). Reads layout. */
export function contentWidth(node) {
  const width = node.clientWidth;
  if (!width) return 0;
  const style = getComputedStyle(node);
  return Math.max(0, width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}

/** Sets an attribute when it differs (`true` as a boolean attribute, `""`), or removes it for
 * null, undefined or `false` (`setAttr(node, "hidden", !shown)`); returns whether it changed. */
export function setAttr(node, name, value) {
  if (value === null || value === undefined || value === false) {
    if (!node.hasAttribute(name)) return false;
    node.removeAttribute(name);
    return true;
  }
  const text = value === true ? "" : String(value);
  if (node.getAttribute(name) === text) return false;
  node.setAttribute(name, text);
  return true;
}

/**
 * The arrow beside a figure: a `span.arrow` first in `parent` holding `text`, or none at all
 * when there is no direction (so "no arrow" is no node, not an empty one).
 */
export function setArrow(parent, text) {
  let arrow = parent.firstElementChild && parent.firstElementChild.classList.contains("arrow") ? parent.firstElementChild : null;
  if (!text) {
    if (arrow) arrow.remove();
    return;
  }
  if (!arrow) arrow = parent.insertBefore(h("span", { class: "arrow", "aria-hidden": "true" }), parent.firstChild);
  setText(arrow, text);
}

/** Sets `className` when it differs, keeping a flash that is on. */
export function setClass(node, className) {
  const want = node.classList.contains("flash") ? `${className} flash` : className;
  if (node.getAttribute("class") !== want) node.setAttribute("class", want);
}

/** How long a changed value stays highlighted (ms). */
export const FLASH_MS = 900;
/** The highlighted nodes and when each was last flashed. */
const flashed = new Map();
let flashTimer = 0;

/**
 * Highlights a node whose value changed (a pushed price) for FLASH_MS; a node flashed again
 * stays highlighted FLASH_MS from then. The highlight is a class set once and removed once by
 * one timer for every node: a CSS animation would restyle and repaint each highlighted value on
 * every frame it runs (200 series ticking once a second kept the page busy; BENCHMARKS.md).
 */
export function flash(node) {
  if (!node || node.nodeType !== 1) return;
  node.classList.add("flash");
  flashed.set(node, performance.now());
  if (!flashTimer) flashTimer = setTimeout(unflash, FLASH_MS);
}

/** Removes the highlights whose time is up, and waits for the next one. */
function unflash() {
  flashTimer = 0;
  const now = performance.now();
  let next = Infinity;
  for (const [node, at] of flashed) {
    if (now - at >= FLASH_MS - 1) {
      node.classList.remove("flash");
      flashed.delete(node);
    } else {
      next = Math.min(next, at + FLASH_MS - now);
    }
  }
  if (flashed.size) flashTimer = setTimeout(unflash, next);
}

/**
 * Where a key moves from index i in a list of n: the arrows step (around the ends when wrap
 * is set, else clamped), Home and End jump; undefined for any other key.
 */
export function keyStep(key, i, n, wrap) {
  if (n <= 0) return undefined;
  if (key === "Home") return 0;
  if (key === "End") return n - 1;
  const d = key === "ArrowRight" || key === "ArrowUp" ? 1 : key === "ArrowLeft" || key === "ArrowDown" ? -1 : 0;
  if (!d) return undefined;
  return wrap ? (i + n + d) % n : Math.max(0, Math.min(n - 1, i + d));
}

/** The index of the value in ascending `xs` nearest to x (the earlier one on a tie); -1 when empty. */
export function nearest(xs, x) {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(xs[lo - 1] - x) <= Math.abs(xs[lo] - x)) lo -= 1;
  return lo;
}

/** The index of the last of ascending `dates` (an array of ISO dates, or DateStops) on or before
 * `date`; -1 when all are after it. */
export function lastOnOrBefore(dates, date) {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates.at(mid) <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Styles for shadow roots: one constructable stylesheet shared by every root (CSSOM, so a
 * Content-Security-Policy needs no 'unsafe-inline'); a <style> where that is not supported.
 * @example const styles = new Styles(cssText); styles.adopt(this.attachShadow({ mode: "open" }));
 */
export class Styles {
  #css;
  #sheet = null;
  constructor(css) { this.#css = css; }
  adopt(root) {
    if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in root) {
      try {
        if (!this.#sheet) {
          this.#sheet = new CSSStyleSheet();
          this.#sheet.replaceSync(this.#css);
        }
        root.adoptedStyleSheets = [this.#sheet];
        return;
      } catch {
        // fall through to a <style> element
      }
    }
    root.appendChild(h("style", null, this.#css));
  }
}
