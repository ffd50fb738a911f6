// Pushed ticks are data: the closes a page pushed into <index-cards>, kept by the element so they
// survive a rebuilt deck (a move to another parent, a changed attribute or child) and are
// applied again to it. Setting el.data replaces them (the new data is the whole truth).

/**
 * The accepted ticks, per series and date (a later tick for the same date replaces the earlier
 * one, as an intraday update does), in the order they were pushed.
 * @example
 * const ticks = new TickLog();
 * deck.push("RUT", "2024-11-25", 2442.03); // throws when refused: nothing is kept then
 * ticks.add("RUT", "2024-11-25", 2442.03);
 * ticks.replay(newDeck);                    // after a rebuild
 */
export class TickLog {
  /** @type {Map<string, Map<string, number>>} */
  #bySeries = new Map();

  /** Records a tick the deck accepted. */
  add(id, date, close) {
    let days = this.#bySeries.get(id);
    if (!days) this.#bySeries.set(id, (days = new Map()));
    days.set(date, close);
  }

  /** Forgets every tick (el.data was replaced). */
  clear() { this.#bySeries.clear(); }

  /** How many ticks are kept. */
  get size() {
    let n = 0;
    for (const days of this.#bySeries.values()) n += days.size;
    return n;
  }

  /** The kept ticks as `[id, date, close]`, series by series, each in pushed order. */
  *entries() {
    for (const [id, days] of this.#bySeries) for (const [date, close] of days) yield [id, date, close];
  }

  /**
   * Applies the kept ticks to a freshly built deck. Ticks on or before a series' last date in
   * the new data are superseded by it and forgotten; ticks of series the deck does not hold are
   * kept for later; a tick the deck refuses is forgotten and returned with its error.
   * @returns {{ id: string, date: string, close: number, error: Error }[]}
   */
  replay(deck) {
    const refused = [];
    const held = deck.series.map((s) => ({ id: s.id, lastDate: s.lastDate })); // before any push
    for (const info of held) {
      const days = this.#bySeries.get(info.id);
      if (!days) continue;
      for (const [date, close] of [...days]) {
        if (date <= info.lastDate) {
          days.delete(date);
          continue;
        }
        try {
          deck.push(info.id, date, close);
        } catch (error) {
          days.delete(date);
          refused.push({ id: info.id, date, close, error });
        }
      }
      if (!days.size) this.#bySeries.delete(info.id);
    }
    return refused;
  }
}
