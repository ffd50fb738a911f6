// Which parts of a large element are near the reader's view: an IntersectionObserver over them,
// so an element with many series updates only the cards (and the chart) a reader can see and
// brings the others up to date as they come near. Parts whose contents the browser skips
// (content-visibility: auto, far out of view) are far, and are not observed until it renders them.

/** How far outside the viewport a part still counts as near: it is updated before it shows. */
const MARGIN = "200px 0px";

/**
 * Parts watched for being near the viewport. A part not reported yet counts as near, so nothing
 * is ever held back before the browser has said where it is; without IntersectionObserver
 * (Node, old engines) every part is near.
 * @example
 * const near = new Nearness((parts) => render());  // called with parts that came near
 * near.watch([card1, card2, chartSection]);
 * near.has(card1);                                  // false once reported far out of view
 */
export class Nearness {
  #observer = null;
  /** Parts reported out of view (a WeakSet: a dropped part is forgotten with it). */
  #far = new WeakSet();
  /** Parts reported at least once. */
  #seen = new WeakSet();
  /** Removes the listeners of the parts watched. */
  #listening = null;

  /** @param {(parts: Element[]) => void} onNear called with the parts that came near (or were first reported near) */
  constructor(onNear) {
    if (typeof IntersectionObserver !== "function") return;
    this.#observer = new IntersectionObserver((entries) => {
      const came = [];
      for (const e of entries) {
        // A part new to the observer (a card rebuilt for another period) may have been left
        // behind while it counted as near, so its first report near is news too.
        const wasNear = this.#seen.has(e.target) && !this.#far.has(e.target);
        this.#seen.add(e.target);
        if (e.isIntersecting) {
          if (!wasNear) came.push(e.target);
          this.#far.delete(e.target);
        } else {
          this.#far.add(e.target);
        }
      }
      if (came.length) onNear(came);
    }, { rootMargin: MARGIN });
  }

  /** Whether parts can be told apart at all (there is an IntersectionObserver). */
  get available() { return this.#observer !== null; }

  /**
   * Watches exactly `parts` from now on (the parts watched before are let go). A part whose
   * contents the browser skips (`contentvisibilityautostatechange`) is out of view, so it counts
   * as far and is no longer observed until the browser renders it again, which it does before
   * the part shows. The browser tracks those parts anyway: the observer here then computes where
   * the 20 or so rendered cards are on each frame a card changes, not where all 200 are (a
   * tenth of a 200-series frame at 1×; BENCHMARKS.md).
   */
  watch(parts) {
    if (!this.#observer) return;
    this.#observer.disconnect();
    this.#listening?.abort();
    this.#listening = new AbortController();
    const signal = this.#listening.signal;
    for (const part of parts) {
      this.#observer.observe(part);
      part.addEventListener("contentvisibilityautostatechange", (e) => this.#rendered(part, !e.skipped), { signal });
    }
  }

  /** The browser started (true) or stopped rendering `part`'s contents. */
  #rendered(part, rendered) {
    if (rendered) return this.#observer.observe(part);
    this.#observer.unobserve(part);
    this.#seen.add(part);
    this.#far.add(part);
  }

  /** Whether `part` is near the view (or not reported yet). */
  has(part) { return !this.#far.has(part); }

  /** Stops watching (the element left the page). */
  disconnect() {
    this.#observer?.disconnect();
    this.#listening?.abort();
  }
}
