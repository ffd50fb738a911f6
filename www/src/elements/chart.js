// Draws a Chart of the core (pixel geometry: ticks, line paths, the small-vs-large band) into
// SVG, and its crosshair: the samples in chart.crosshair (at most one per pixel column), moved by
// pointer or keyboard, shown in a tooltip and read out through the chart's accessible name.
import { h, svg, setAttr, keyStep, nearest } from "./dom.js";

/**
 * The comparison chart. `draw(chart, ctx)` replaces what is drawn; the crosshair keeps working
 * on the last chart drawn.
 * @example
 * const view = new ChartView();
 * section.append(view.element);
 * view.draw(deck.chart({ period: "YTD", width: 720, height: 360 }), { f, colorOf, nameOf, label });
 */
export class ChartView {
  #box;
  #svg;
  #tooltip;
  #cross = null;
  #chart = null;
  #ctx = null;
  #hover = -1;

  constructor() {
    this.#box = h("div", { class: "chart-box" });
    this.#svg = svg("svg", { class: "chart", role: "img", tabindex: "0", focusable: "true" });
    this.#tooltip = h("div", { class: "tooltip", hidden: "", "aria-hidden": "true" });
    this.#box.append(this.#svg, this.#tooltip);
    this.#svg.addEventListener("pointermove", (e) => {
      const c = this.#chart;
      if (!c || !c.crosshair || !c.crosshair.x.length) return;
      const rect = this.#svg.getBoundingClientRect();
      if (!rect.width) return;
      this.show(nearest(c.crosshair.x, ((e.clientX - rect.left) * c.width) / rect.width));
    });
    this.#svg.addEventListener("pointerleave", () => this.hide());
    this.#svg.addEventListener("blur", () => this.hide());
    this.#svg.addEventListener("keydown", (e) => {
      const c = this.#chart;
      if (!c || !c.crosshair) return;
      if (e.key === "Escape") return this.hide();
      const n = c.crosshair.x.length;
      const i = keyStep(e.key, this.#hover < 0 ? n - 1 : this.#hover, n, false);
      if (i === undefined) return;
      e.preventDefault();
      this.show(i);
    });
  }

  /** The chart's box (SVG and tooltip). */
  get element() { return this.#box; }

  /** An empty chart of the final size, while the data is on its way. */
  reserve(width, height) {
    this.#chart = null;
    setAttr(this.#svg, "viewBox", `0 0 ${width} ${height}`);
    this.#svg.replaceChildren();
    this.hide();
  }

  /**
   * Draws `chart`. ctx: `{ f, colorOf(id), nameOf(id), label }`: the Formatter, the color class of
   * a series, its name, and the chart's accessible name.
   */
  draw(chart, ctx) {
    this.#chart = chart;
    this.#ctx = ctx;
    const { f, colorOf } = ctx;
    const [left, top, right, bottom] = chart.plot;
    setAttr(this.#svg, "viewBox", `0 0 ${chart.width} ${chart.height}`);
    setAttr(this.#svg, "aria-label", ctx.label);
    const nodes = [];
    for (const t of chart.yTicks) {
      nodes.push(
        svg("line", { class: "grid", x1: left, x2: right, y1: t.pos, y2: t.pos }),
        svg("text", { class: "tick", x: left - 6, y: t.pos, "text-anchor": "end", "dominant-baseline": "middle" }, f.percent(t.value, t.decimals)),
      );
    }
    for (const t of chart.xTicks) {
      const style = t.unit === "month" ? (t.date.slice(5, 7) === "01" ? "monthYear" : "month") : t.unit === "day" ? "day" : "year";
      nodes.push(
        svg("line", { class: "xtick", x1: t.pos, x2: t.pos, y1: bottom, y2: bottom + 4 }),
        svg("text", { class: "tick", x: t.pos, y: bottom + 16, "text-anchor": "middle" }, f.date(t.date, style)),
      );
    }
    nodes.push(svg("line", { class: "zero", x1: left, x2: right, y1: chart.zeroY, y2: chart.zeroY }));
    for (const line of chart.lines) {
      const k = colorOf(line.id);
      nodes.push(svg("path", { class: `line ${k}`, d: line.d || "", "data-id": line.id }));
      if (line.endX !== null && line.labelY !== null && line.labelY !== undefined) {
        nodes.push(svg("text", { class: `end-label ${k}`, x: right + 6, y: line.labelY, "dominant-baseline": "middle" }, f.percent(line.return)));
      }
    }
    const s = chart.spread;
    if (s) {
      nodes.push(
        svg("text", { class: "tick", x: left, y: s.band[0] - 4 }, f.text("chart.band")),
        svg("line", { class: "zero thin", x1: left, x2: right, y1: s.zeroY, y2: s.zeroY }),
        svg("path", { class: "line spread-line", d: s.d }),
        svg("text", { class: "tick", x: left - 6, y: s.band[0] + 6, "text-anchor": "end" }, f.points(s.max)),
        svg("text", { class: "tick", x: left - 6, y: s.band[1], "text-anchor": "end" }, f.points(s.min)),
      );
    }
    this.#cross = svg("line", { class: "crosshair", x1: 0, x2: 0, y1: top, y2: s ? s.band[1] : bottom, visibility: "hidden" });
    nodes.push(this.#cross);
    this.#svg.replaceChildren(...nodes);
    this.hide();
  }

  /** Shows the crosshair and tooltip at sample i of chart.crosshair. */
  show(i) {
    const c = this.#chart;
    const x = c && c.crosshair ? c.crosshair.x : [];
    if (!c || i < 0 || i >= x.length) return this.hide();
    const { f, colorOf, nameOf } = this.#ctx;
    this.#hover = i;
    const at = x[i];
    setAttr(this.#cross, "x1", at);
    setAttr(this.#cross, "x2", at);
    setAttr(this.#cross, "visibility", "visible");
    const date = c.crosshair.dates[i];
    const rows = [h("div", { class: "tip-date", "data-date": date }, f.date(date))];
    c.lines.forEach((line, k) => {
      const values = c.crosshair.values[k] || [];
      const value = values[i];
      const row = h("div", { class: "tip-row" });
      row.append(
        h("span", { class: `swatch ${colorOf(line.id)}`, "aria-hidden": "true" }),
        h("span", { class: "tip-name" }, nameOf(line.id)),
        h("span", { class: "tip-value" }, f.percent(value)),
      );
      rows.push(row);
    });
    const spread = c.crosshair.spread ? c.crosshair.spread[i] : null;
    if (spread !== null && spread !== undefined) {
      rows.push(h("div", { class: "tip-row spread-row" }, f.text("chart.smallMinusLarge", { pp: f.points(spread) })));
    }
    this.#tooltip.replaceChildren(...rows);
    this.#tooltip.hidden = false;
    // Placing the tooltip reads the box's width: a pointer or key event, never a render.
    const boxWidth = this.#box.clientWidth;
    const scale = boxWidth / c.width;
    let left = at * scale + 12;
    if (left + 240 > boxWidth) left = Math.max(0, at * scale - 252);
    this.#tooltip.style.left = `${left}px`;
    // Screen readers hear the crosshair's values through the chart's name.
    setAttr(this.#svg, "aria-label", rows.map((r) => r.textContent).join("; "));
  }

  /** Hides the crosshair and tooltip. */
  hide() {
    this.#hover = -1;
    this.#tooltip.hidden = true;
    if (this.#cross) setAttr(this.#cross, "visibility", "hidden");
    if (this.#ctx) setAttr(this.#svg, "aria-label", this.#ctx.label);
  }
}
