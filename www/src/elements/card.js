// The card, in one place: which figures a card shows and in what order (ROWS), the texts it
// shows and speaks for a Card of the core (describeCard, no DOM), and its DOM, built once and
// then updated in place (CardView). Every line of a card is always there, so its height does
// not change as notes, stale marks or figures come and go: a figure's note is a numbered
// footnote in two lines kept for notes under the figures.
import { h, svg, setText, setAttr, setClass, setArrow, flash } from "./dom.js";
import { DASH } from "../i18n/format.js";

/** The change rows of every card: the Card field and the key the row is known by (data-key). */
export const ROWS = [
  { field: "d1", key: "1D" },
  { field: "wtd", key: "WTD" },
  { field: "mtd", key: "MTD" },
  { field: "ytd", key: "YTD" },
];

/** The arrow beside a change, so direction is never told by color alone. */
export const ARROWS = { up: "▲", down: "▼", flat: "■", none: "" };

/** A sparkline's box, in the units of its path: the card draws it at this aspect, and the core
 * computes it at this size (deck.chart's `spark`). */
export const SPARK = { width: 120, height: 34 };

/** A note of the core (a key and its date) in words; `field` picks the row's own noPrior words. */
export function noteText(f, note, { field, period, asOf } = {}) {
  if (!note) return "";
  switch (note.reason) {
    case "since": return f.text("note.since", { date: f.date(note.date) });
    case "noEarlier": return f.text("note.noEarlier");
    case "noPrior": return f.text(field && f.has(`note.noPrior.${field}`) ? `note.noPrior.${field}` : "note.noPrior");
    case "noPeriodBase": return f.text("note.noPeriodBase", { period: period ? f.periodTab(period) : "" });
    case "noData": return f.text("note.noData", { date: f.date(note.asOf || asOf), first: f.date(note.firstDate) });
    case "on": return f.text("note.on", { date: f.date(note.date) });
    default: return "";
  }
}

/** A note that replaces its figure by "—" (the number stays in the Card for API users). */
const HIDES = new Set(["noPrior", "noEarlier", "noPeriodBase", "noData"]);

function change(f, key, label, value, noteOf) {
  const hidden = noteOf && HIDES.has(noteOf.reason);
  const shown = hidden ? null : value;
  const dir = f.direction(shown);
  return { key, label, pct: f.percent(shown), dir, arrow: ARROWS[dir], value: shown, note: noteOf };
}

/**
 * What a card shows and says, as plain texts, for one Card of the core (or a series without a
 * close by the as-of date, `{ id, name, missing: { firstDate }, asOf }`).
 * @param f a Formatter
 * @param card a Card from deck.card / deck.cards
 * @param ctx `{ period, periodLine, asOf }`: the selected PeriodInfo, and the comparison's line of
 *   this series (its `return` and `note`) when the period is not one of ROWS; the comparison's
 *   date when it differs from the card's.
 */
export function describeCard(f, card, ctx = {}) {
  const { period, periodLine, compareDate, asOf } = ctx;
  const periodRow = period && !ROWS.some((r) => r.key === period.key) ? period : null;
  if (card.missing) {
    const note = noteText(f, { reason: "noData", firstDate: card.missing.firstDate }, { asOf: card.asOf || asOf });
    const blank = (key, label) => ({ key, label, pct: DASH, dir: "none", arrow: "", value: null, note: null, noteText: "" });
    return {
      id: card.id,
      name: card.name,
      level: DASH,
      line: { kind: "missing", text: note },
      rows: ROWS.map((r) => blank(r.key, f.text(`row.${r.field}`))),
      period: periodRow ? blank(periodRow.key, f.periodTab(periodRow)) : null,
      notes: [],
      high: { pct: "", dir: "none", text: "" },
      range: "",
      spoken: f.text("say.missing", { name: card.name, note }),
    };
  }
  const rows = ROWS.map((r) => {
    const note = card.notes ? card.notes[r.field] : null;
    const row = change(f, r.key, f.text(`row.${r.field}`), card[r.field], note);
    row.field = r.field;
    row.noteText = noteText(f, note, { field: r.field, period });
    return row;
  });
  let periodChange = null;
  if (periodRow) {
    const line = periodLine || { return: null, note: { reason: "noPeriodBase" } };
    let note = line.note;
    if (!note && compareDate && compareDate !== card.date) note = { reason: "on", date: compareDate };
    periodChange = change(f, periodRow.key, f.periodTab(periodRow), line.return, note);
    periodChange.noteText = noteText(f, note, { period: periodRow });
  }
  const notes = [];
  for (const row of periodChange ? [...rows, periodChange] : rows) {
    row.mark = row.noteText ? String(notes.push({ mark: String(notes.length + 1), text: row.noteText })) : "";
  }
  const since = f.date(card.firstDate);
  const highDir = f.direction(card.fromAth);
  const atHigh = highDir === "flat" || highDir === "up";
  const high = atHigh
    ? { pct: "", dir: "flat", text: f.text("card.atHigh", { since }) }
    : {
        pct: f.percent(card.fromAth),
        dir: highDir,
        text: f.text("card.fromHigh", { level: f.level(card.ath, card.levelDecimals), date: f.date(card.athDate), since }),
      };
  const range = f.text(card.fullYear ? "card.range52" : "card.rangeSince", {
    since, low: f.level(card.low52, card.levelDecimals), high: f.level(card.high52, card.levelDecimals),
  });
  const level = f.level(card.close, card.levelDecimals);
  const line = card.stale
    ? { kind: "stale", text: f.text("note.stale", { date: f.date(card.date) }) }
    : { kind: "close", text: f.text("card.closeOn", { date: f.date(card.date) }) };
  return {
    id: card.id,
    name: card.name,
    level,
    line,
    rows,
    period: periodChange,
    notes,
    high,
    range,
    spoken: spoken(f, card.name, level, card.stale ? line.text : null, rows, atHigh, card.fromAth),
  };
}

/** The card as one sentence for screen readers, worded by the language's own templates. */
function spoken(f, name, level, stale, rows, atHigh, fromAth) {
  const items = stale ? [stale] : [];
  for (const r of rows) {
    if (r.dir === "none") continue;
    const when = f.text(`when.${r.field}`);
    const text = r.dir === "flat" ? f.text("say.flat", { when }) : f.text(`say.${r.dir}`, { pct: f.unsigned(r.value), when });
    items.push(r.noteText ? f.text("say.note", { text, note: r.noteText }) : text);
  }
  items.push(atHigh ? f.text("say.atHigh") : f.text("say.highDown", { pct: f.unsigned(fromAth) }));
  return f.text("say.card", { name, level, changes: items.join(f.text("say.sep")) });
}

/**
 * One card's DOM. Built once for a series (and rebuilt only when the card's shape changes: a
 * period row or a badge), then updated in place: only texts that changed are written, and with
 * `flash` set those flash.
 * @example const view = new CardView("RUT", { reported: false, spark: true, periodRow: false });
 *          box.append(view.element); view.update(describeCard(f, card, ctx), { flash: false });
 */
export class CardView {
  #el;
  #name;
  #badge;
  #level;
  #line;
  #spark;
  #sparkBase;
  #sparkPath;
  #rows;
  #periodSlot;
  #period;
  #notes;
  #notesKey = "";
  #highPct;
  #highText;
  #high;
  #range;
  #shape;
  /** Each row's cells, by its item: the key, the value cell, its figure and its footnote mark. */
  #cells = new Map();

  constructor(id, shape) {
    this.#shape = shape;
    this.#el = h("article", { class: "card", part: "card", "data-id": id });
    const head = h("header", { class: "card-head" });
    this.#name = head.appendChild(h("h3", { class: "name" }));
    if (shape.reported) this.#badge = head.appendChild(h("span", { class: "badge" }));
    this.#level = h("p", { class: "level", part: "value" });
    this.#line = h("p", { class: "close-date" });
    this.#el.append(head, this.#level, this.#line);
    if (shape.spark) {
      this.#spark = svg("svg", { class: "spark", viewBox: `0 0 ${SPARK.width} ${SPARK.height}`, preserveAspectRatio: "none", "aria-hidden": "true", focusable: "false" });
      this.#sparkBase = this.#spark.appendChild(svg("line", { class: "spark-base", x1: 0, x2: SPARK.width, y1: SPARK.height / 2, y2: SPARK.height / 2 }));
      this.#sparkPath = this.#spark.appendChild(svg("path", { d: "" }));
      this.#el.appendChild(this.#spark);
    }
    const list = h("dl", { class: "changes" });
    this.#rows = ROWS.map(() => list.appendChild(this.#row()));
    // The period row's place is kept even when the period is one of the rows.
    this.#periodSlot = list.appendChild(h("div", { class: "period-slot" }));
    this.#period = shape.periodRow ? this.#periodSlot.appendChild(this.#row()) : null;
    this.#notes = h("p", { class: "notes" });
    this.#high = h("p", { class: "high" });
    this.#highPct = this.#high.appendChild(h("span", { class: "pct" }));
    this.#highText = this.#high.appendChild(h("span", { class: "high-label" }));
    this.#range = h("p", { class: "range" });
    this.#el.append(list, this.#notes, this.#high, this.#range);
  }

  /** The card's <article>. */
  get element() { return this.#el; }

  /** Whether this view was built for `shape` ({ reported, spark, periodRow }). */
  fits(shape) {
    return shape.reported === this.#shape.reported && shape.spark === this.#shape.spark && shape.periodRow === this.#shape.periodRow;
  }

  #row() {
    const item = h("div", { class: "change none", part: "change change-none" });
    const dd = h("dd", { class: "change-value" });
    const pct = h("span", { class: "pct" });
    const ref = h("sup", { class: "note-ref", "aria-hidden": "true", hidden: "" });
    dd.append(pct, ref);
    const key = h("dt", { class: "change-key" });
    item.append(key, dd);
    this.#cells.set(item, { key, dd, pct, ref });
    return item;
  }

  #updateRow(item, row, flashing) {
    setClass(item, `change ${row.dir}${item.parentNode === this.#periodSlot ? " period-row" : ""}`);
    setAttr(item, "part", `change change-${row.dir}`);
    setAttr(item, "data-key", row.key);
    const { key, dd, pct, ref } = this.#cells.get(item);
    setText(key, row.label);
    setArrow(dd, row.arrow);
    if (setText(pct, row.pct) && flashing) flash(pct);
    // A note is a footnote: its mark here, its words in the notes lines under the figures.
    setText(ref, row.mark || "");
    setAttr(ref, "hidden", !row.mark);
    setAttr(pct, "title", row.noteText || null);
  }

  /** The footnotes, rewritten only when they changed. */
  #updateNotes(notes) {
    const key = notes.map((n) => n.mark + n.text).join("\n");
    if (key === this.#notesKey) return;
    this.#notesKey = key;
    this.#notes.replaceChildren(...notes.map((n) => {
      const item = h("span", { class: "note-item" });
      item.append(h("sup", { class: "note-mark", "aria-hidden": "true" }, n.mark), h("span", { class: "note" }, n.text));
      return item;
    }));
    setAttr(this.#notes, "title", notes.map((n) => `${n.mark} ${n.text}`).join("\n") || null);
  }

  /**
   * Shows a described card (see describeCard); `spark` is `{ d, baseY }` or null; `flash`
   * makes changed figures flash (a pushed price).
   */
  update(model, { spark = null, flash: flashing = false, badge = "" } = {}) {
    setText(this.#name, model.name);
    if (this.#badge) setText(this.#badge, badge);
    if (setText(this.#level, model.level) && flashing) flash(this.#level);
    setClass(this.#line, model.line.kind === "close" ? "close-date" : model.line.kind === "stale" ? "close-date stale" : "missing");
    setText(this.#line, model.line.text);
    setClass(this.#el, `card${this.#spark ? " sparked" : ""}${model.line.kind === "stale" ? " stale" : ""}${model.line.kind === "missing" ? " no-data" : ""}`);
    setAttr(this.#el, "aria-label", model.spoken);
    if (this.#spark) {
      const dir = model.period ? model.period.dir : (model.rows.find((r) => r.key === "YTD") || {}).dir || "none";
      setClass(this.#spark, `spark ${spark ? dir : "none"}`);
      setAttr(this.#sparkPath, "d", spark ? spark.d : "");
      const y = spark ? spark.baseY : SPARK.height / 2;
      setAttr(this.#sparkBase, "y1", y);
      setAttr(this.#sparkBase, "y2", y);
      setAttr(this.#sparkBase, "visibility", spark ? null : "hidden");
    }
    model.rows.forEach((row, i) => this.#updateRow(this.#rows[i], row, flashing));
    if (this.#period && model.period) this.#updateRow(this.#period, model.period, flashing);
    this.#updateNotes(model.notes || []);
    setClass(this.#high, `high ${model.high.dir}`);
    if (setText(this.#highPct, model.high.pct) && flashing) flash(this.#highPct);
    // A space between the figure and its words, as text, so the line reads as one sentence.
    setText(this.#highText, model.high.pct ? ` ${model.high.text}` : model.high.text);
    setAttr(this.#high, "title", model.high.text ? `${model.high.pct} ${model.high.text}`.trim() : null);
    setText(this.#range, model.range);
    setAttr(this.#range, "title", model.range || null);
  }
}
