// The shareable image of <index-cards>: its heading (the as-of date and period), its cards, the
// comparison (the chart, or the ranked bars where the element draws no chart) and the data's
// source line, as one self-contained SVG document, and that SVG rasterized into a PNG through an
// <img> and a canvas. Every text is the element's own (describeCard and describeComparison through
// its Formatter); the chart is drawn by chart.js from the core's geometry at the image's size;
// every color is read from the element's resolved theme (light, dark or auto, with the page's
// --ic-* overrides) and written inline, with generic font families, so the file refers to nothing
// outside itself. The image has its own fixed layout (960 CSS px wide), whatever the element's width.
import { h, svg } from "./dom.js";
import { describeCard, ROWS, SPARK } from "./card.js";
import { describeComparison } from "./comparison.js";
import { ChartView } from "./chart.js";

/** The image's width, its margin, the gap between cards and the padding inside a box, in CSS px. */
const WIDTH = 960;
const PAD = 24;
const GAP = 12;
const INSET = 16;
/** Cards in a row at most. */
const COLUMNS = 4;
/** The chart's size in the image (the comparison box's inner width): what the element asks the deck for. */
export const IMAGE_CHART = { width: WIDTH - 2 * PAD - 2 * INSET, height: 340 };
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const GENERIC = /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-sans-serif|ui-serif|ui-monospace)\s*$/i;

/**
 * The theme's colors as the element resolves them now (light-dark() by the theme attribute or
 * prefers-color-scheme, and any --ic-* the page set), read through a probe in the element's own
 * shadow root, and its font family ending in a generic family.
 * @param wrap the element's `.ic` box in its shadow root
 */
export function readTheme(wrap) {
  const probe = h("span", { "aria-hidden": "true" });
  probe.style.setProperty("display", "none");
  wrap.appendChild(probe);
  const style = getComputedStyle(probe);
  const read = (name) => {
    probe.style.setProperty("color", `var(${name})`);
    return style.color;
  };
  const theme = {};
  for (const name of ["bg", "card", "text", "muted", "line", "up", "down", "accent", "warn"]) theme[name] = read(`--c-${name}`);
  theme.series = [];
  for (let k = 0; k < 6; k++) {
    probe.setAttribute("class", `s${k}`);
    theme.series.push(read("--c-k"));
  }
  probe.remove();
  const family = getComputedStyle(wrap).fontFamily || "sans-serif";
  theme.font = GENERIC.test(family) ? family : `${family}, sans-serif`;
  return theme;
}

/** Text widths in the image's font (a canvas measures them; without one, an estimate). */
class Measure {
  #ctx;
  #font;
  constructor(font) {
    this.#font = font;
    try {
      this.#ctx = document.createElement("canvas").getContext("2d");
    } catch {
      this.#ctx = null;
    }
  }

  width(text, size, weight = 400) {
    if (!this.#ctx) return text.length * size * 0.56;
    this.#ctx.font = `${weight} ${size}px ${this.#font}`;
    return this.#ctx.measureText(text).width;
  }

  /** `text` cut to fit `max` px, with an ellipsis where it was cut. */
  fit(text, max, size, weight) {
    if (this.width(text, size, weight) <= max) return text;
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.width(chars.slice(0, mid).join("").trimEnd() + "…", size, weight) <= max) lo = mid;
      else hi = mid - 1;
    }
    return chars.slice(0, lo).join("").trimEnd() + "…";
  }

  /** `text` with an ellipsis after it, cut as far as needed to fit `max` px. */
  cut(text, max, size, weight) {
    const chars = Array.from(text);
    while (chars.length && this.width(chars.join("").trimEnd() + "…", size, weight) > max) chars.pop();
    return chars.join("").trimEnd() + "…";
  }

  /** `text` in lines of at most `max` px, at most `lines` of them (the last cut with an ellipsis).
   * Breaks at spaces, and between characters where a word (or a language without spaces) must. */
  wrap(text, max, size, weight, lines) {
    const out = [];
    let line = "";
    const tokens = text.split(/(\s+)/).filter((t) => t !== "");
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const next = line + token;
      if (this.width(next.trimEnd(), size, weight) <= max) {
        line = next;
        continue;
      }
      if (/^\s+$/.test(token)) {
        out.push(line.trimEnd());
        line = "";
        continue;
      }
      if (line.trim() && this.width(token, size, weight) <= max) {
        out.push(line.trimEnd());
        line = token;
        continue;
      }
      // A token wider than the line: character by character.
      for (const ch of Array.from(token)) {
        if (this.width((line + ch).trimEnd(), size, weight) > max && line.trim()) {
          out.push(line.trimEnd());
          line = "";
        }
        line += ch;
      }
    }
    if (line.trim()) out.push(line.trimEnd());
    if (out.length <= lines) return out;
    const kept = out.slice(0, lines);
    kept[lines - 1] = this.cut(kept[lines - 1], max, size, weight);
    return kept;
  }
}

/** An SVG <text> at (x, y) with inline presentation attributes. */
function text(x, y, content, { size = 13, weight = 400, fill, anchor = null, baseline = null } = {}) {
  return svg("text", {
    x, y, fill, "font-size": size, "font-weight": weight === 400 ? null : weight, "text-anchor": anchor, "dominant-baseline": baseline,
  }, content);
}

/** Lines of text, one <text> each, `step` px apart from baseline y; returns the nodes. */
function lines(x, y, rows, step, style) {
  return rows.map((row, i) => text(x, y + i * step, row, style));
}

/** The color of a direction: up and down by the theme, flat in the text color, none muted. */
const dirColor = (theme, dir) => (dir === "up" ? theme.up : dir === "down" ? theme.down : dir === "flat" ? theme.text : theme.muted);

/**
 * One card's nodes inside a box `w` wide, from the top of the card; and their height.
 * `layout` says which optional lines every card of the image keeps (so cards in a row line up).
 */
function cardNodes(model, spark, w, { theme, measure, badge, layout }) {
  const nodes = [];
  const inner = w - 2 * INSET;
  let y = 14;
  const badgeWidth = badge ? measure.width(badge, 11, 600) + 8 : 0;
  const name = measure.wrap(model.name, inner - badgeWidth, 15, 700, 2);
  nodes.push(...lines(INSET, y + 15, name, 20, { size: 15, weight: 700, fill: theme.text }));
  if (badge) nodes.push(text(w - INSET, y + 15, badge, { size: 11, weight: 600, fill: theme.accent, anchor: "end" }));
  y += 20 * name.length;
  const missing = model.line.kind === "missing";
  nodes.push(text(INSET, y + 6 + 28, measure.fit(model.level, inner, 28, 700), { size: 28, weight: 700, fill: missing ? theme.muted : theme.text }));
  y += 6 + 38;
  const stale = model.line.kind === "stale";
  const lineText = stale ? `\u26a0\ufe0e\u00a0${model.line.text}` : model.line.text;
  const lineRows = missing ? measure.wrap(lineText, inner, 13, 400, 3) : [measure.fit(lineText, inner, 13, stale ? 700 : 400)];
  nodes.push(...lines(INSET, y + 13, lineRows, 18, { size: 13, weight: stale ? 700 : 400, fill: stale ? theme.warn : theme.muted }));
  y += 18 * lineRows.length + 8;
  if (layout.spark) {
    if (spark) {
      const box = svg("svg", { x: INSET, y, width: inner, height: SPARK.height, viewBox: `0 0 ${SPARK.width} ${SPARK.height}`, preserveAspectRatio: "none", overflow: "visible" });
      box.append(
        svg("line", { x1: 0, x2: SPARK.width, y1: spark.baseY, y2: spark.baseY, stroke: theme.line, "stroke-dasharray": "3 3", "vector-effect": "non-scaling-stroke" }),
        svg("path", { d: spark.d, fill: "none", stroke: dirColor(theme, sparkDir(model)), "stroke-width": 1.5, "vector-effect": "non-scaling-stroke" }),
      );
      nodes.push(box);
    }
    if (!missing || spark) y += SPARK.height + 8;
  }
  const rows = model.period ? [...model.rows, model.period] : model.rows;
  rows.forEach((row, i) => {
    const base = y + 15;
    if (row === model.period) nodes.push(svg("line", { x1: INSET, x2: w - INSET, y1: y - 1, y2: y - 1, stroke: theme.line }));
    nodes.push(text(INSET, base, measure.fit(row.label, 54, 13, 600), { size: 13, weight: 600, fill: theme.muted }));
    const value = text(INSET + 62, base, null, { size: 15, weight: 600, fill: dirColor(theme, row.dir) });
    if (row.arrow) value.append(svg("tspan", { "font-size": 11 }, row.arrow), svg("tspan", { dx: 4 }, row.pct));
    else value.append(svg("tspan", null, row.pct));
    if (row.mark) value.append(svg("tspan", { "font-size": 10, dy: -6, dx: 1, fill: theme.muted }, row.mark));
    nodes.push(value);
    y += i === ROWS.length - 1 && model.period ? 27 : 23;
  });
  if (layout.notes) {
    const notes = (model.notes || []).map((n) => `${superscript(n.mark)}\u2009${n.text}`).join(" · ");
    if (notes) nodes.push(...lines(INSET, y + 14, measure.wrap(notes, inner, 12, 400, 2), 16, { size: 12, fill: theme.muted }));
    y += 36;
  }
  if (model.high.text) {
    const high = model.high.pct ? `${model.high.pct} ${model.high.text}` : model.high.text;
    const rows3 = measure.wrap(high, inner, 13, 400, 3);
    rows3.forEach((row, i) => {
      const node = text(INSET, y + 13 + i * 18, null, { size: 13, fill: theme.muted });
      // The figure at the start of the first line in its direction's color, as on the card.
      if (i === 0 && model.high.pct && row.startsWith(model.high.pct)) {
        node.append(svg("tspan", { fill: dirColor(theme, model.high.dir), "font-weight": 600 }, model.high.pct), svg("tspan", null, row.slice(model.high.pct.length)));
      } else {
        node.textContent = row;
      }
      nodes.push(node);
    });
    y += 18 * rows3.length + 2;
  }
  if (model.range) {
    const rows2 = measure.wrap(model.range, inner, 13, 400, 2);
    nodes.push(...lines(INSET, y + 13, rows2, 18, { size: 13, fill: theme.muted }));
    y += 18 * rows2.length;
  }
  return { nodes, height: y + 14 };
}

/** A footnote mark (digits) as superscript characters, so it stays one run of text when lines wrap. */
const superscript = (mark) => String(mark).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d]);

/** The sparkline's direction: the period's figure, else YTD's (as the card colors it). */
function sparkDir(model) {
  if (model.period) return model.period.dir;
  return (model.rows.find((r) => r.key === "YTD") || {}).dir || "none";
}

/** The SVG presentation properties copied from the stylesheet onto the chart's nodes. */
const CHART_STYLE = ["fill", "stroke", "stroke-width", "stroke-dasharray", "stroke-linejoin", "font-size", "font-weight"];
const INITIAL = { fill: "rgb(0, 0, 0)", stroke: "none", "stroke-width": "1px", "stroke-dasharray": "none", "stroke-linejoin": "miter", "font-weight": "400" };

/**
 * The chart drawn by chart.js from the core's geometry, its classes turned into inline
 * attributes: each node's computed style is read while the drawing sits, hidden, in the
 * element's shadow root, so the stylesheet and the theme decide as they do for the live chart.
 */
function chartNodes(chart, ctx, wrap) {
  const view = new ChartView();
  view.draw(chart, ctx);
  const box = view.element;
  box.style.setProperty("position", "absolute");
  box.style.setProperty("visibility", "hidden");
  box.style.setProperty("width", `${chart.width}px`);
  wrap.appendChild(box);
  const drawn = box.querySelector("svg");
  const out = [];
  // chart.js keeps its nodes in groups (ticks, lines, the band): their drawn nodes are copied.
  const drawnNodes = [...drawn.children].flatMap((n) => (n.nodeName === "g" ? [...n.children] : [n]));
  for (const node of drawnNodes) {
    if (node.getAttribute("class") === "crosshair") continue;
    const style = getComputedStyle(node);
    const copy = node.cloneNode(true);
    for (const name of CHART_STYLE) {
      const value = style.getPropertyValue(name);
      if (value && value !== INITIAL[name]) copy.setAttribute(name, value);
    }
    copy.removeAttribute("class"); // a line keeps its data-id: which series it is
    out.push(copy);
  }
  box.remove();
  return out;
}

/**
 * The image as SVG text, with its size in CSS px. `scale` sets the document's width and height
 * (its viewBox stays in CSS px), so an <img> of it has `scale` times the pixels.
 * ctx: `{ f, view: { asOf, period, cards, comparison, chart }, wrap, names, colorOf, reported,
 * compact, showSpreads, source, scale }`: the element's Formatter and what #compute gave (the chart
 * at IMAGE_CHART's size, or null), its shadow root's `.ic` box, each series' name and color class
 * by id, and its attributes.
 */
export function snapshotSvg(ctx) {
  const { f, view, wrap } = ctx;
  const { asOf, period, cards, comparison, chart } = view;
  const theme = readTheme(wrap);
  const measure = new Measure(theme.font);
  const nodes = [];
  const inner = WIDTH - 2 * PAD;
  let y = PAD;

  const head = f.text("head.asOf", { date: f.date(asOf), period: f.periodName(period) });
  const headRows = measure.wrap(head, inner, 18, 700, 2);
  nodes.push(...lines(PAD, y + 18, headRows, 24, { size: 18, weight: 700, fill: theme.text }));
  y += 24 * headRows.length + 10;

  // Cards, in rows of up to four, every card of a row as tall as the tallest.
  const lineOf = new Map(comparison.series.map((s) => [s.id, s]));
  const models = cards.map((card) => describeCard(f, card, { period, periodLine: lineOf.get(card.id), compareDate: comparison.date, asOf }));
  const columns = Math.max(1, Math.min(COLUMNS, models.length));
  const cardWidth = (inner - (columns - 1) * GAP) / columns;
  const layout = { spark: !ctx.reported && !!chart, notes: models.some((m) => m.notes && m.notes.length) };
  const badge = ctx.reported ? f.text("card.reported").toLocaleUpperCase(f.locale) : "";
  const drawn = models.map((m, i) => cardNodes(m, chart && chart.sparks ? chart.sparks[i] : null, cardWidth, { theme, measure, badge, layout }));
  for (let row = 0; row * columns < drawn.length; row++) {
    const slice = drawn.slice(row * columns, row * columns + columns);
    const height = Math.max(...slice.map((d) => d.height));
    slice.forEach((d, i) => {
      const model = models[row * columns + i];
      const g = svg("g", { transform: `translate(${PAD + i * (cardWidth + GAP)} ${y})` });
      const stale = model.line.kind === "stale";
      g.append(svg("rect", {
        x: 0.5, y: 0.5, width: cardWidth - 1, height: height - 1, rx: 12, fill: theme.card,
        stroke: stale ? theme.warn : theme.line, "stroke-dasharray": stale ? "5 3" : null,
      }), ...d.nodes);
      nodes.push(g);
    });
    y += height + GAP;
  }

  if (!ctx.compact) {
    const levels = new Map(cards.map((c) => [c.id, c.missing ? "—" : f.level(c.close, c.levelDecimals)]));
    const model = describeComparison(f, comparison, { period, asOf, showSpreads: ctx.showSpreads, levels });
    const g = svg("g", { transform: `translate(${PAD} ${y + 4})` });
    const parts = [];
    const boxInner = inner - 2 * INSET;
    let cy = 14;
    const title = measure.wrap(model.title, boxInner, 16, 700, 2);
    parts.push(...lines(INSET, cy + 16, title, 22, { size: 16, weight: 700, fill: theme.text }));
    cy += 22 * title.length + 6;
    if (model.spread) {
      const line = text(INSET, cy + 14, null, { size: 14, fill: theme.text });
      for (const p of model.spread.parts) {
        line.append(svg("tspan", p.name === "title" ? { "font-weight": 700 } : p.name === "text" ? { fill: dirColor(theme, model.spread.dir) } : null, p.text));
      }
      parts.push(line);
      cy += 24;
    }
    if (model.commonDate) {
      parts.push(text(INSET, cy + 13, measure.fit(model.commonDate, boxInner, 13, 400), { size: 13, fill: theme.warn }));
      cy += 22;
    }
    const color = (id) => theme.series[Number(ctx.colorOf(id).slice(1)) || 0];
    if (chart) {
      // The legend: swatch, name, figure (and spread or stale mark), flowing onto more lines.
      let x = INSET;
      for (const l of model.legend) {
        const extra = [l.spread, l.stale].filter(Boolean).join(" ");
        const width = 20 + measure.width(l.name, 14, 600) + 6 + measure.width(l.pct, 14, 400) + (extra ? 6 + measure.width(extra, 13, 400) : 0);
        if (x > INSET && x + width > INSET + boxInner) {
          x = INSET;
          cy += 22;
        }
        parts.push(svg("rect", { x, y: cy + 8, width: 14, height: 4, rx: 2, fill: color(l.id) }));
        const item = text(x + 20, cy + 14, null, { size: 14, fill: theme.text });
        item.append(svg("tspan", { "font-weight": 600 }, l.name), svg("tspan", { dx: 6, fill: dirColor(theme, l.dir) }, l.pct));
        if (l.spread) item.append(svg("tspan", { dx: 6, fill: theme.muted, "font-size": 13 }, l.spread));
        if (l.stale) item.append(svg("tspan", { dx: 6, fill: theme.warn, "font-size": 13 }, l.stale));
        parts.push(item);
        x += width + 16;
      }
      cy += 30;
      const plot = svg("g", { transform: `translate(${INSET} ${cy})`, "font-size": 11 });
      plot.append(...chartNodes(chart, {
        f, colorOf: ctx.colorOf, nameOf: (id) => ctx.names.get(id) ?? id, label: model.title,
      }, wrap));
      parts.push(plot);
      cy += chart.height + 10;
    } else {
      // No chart (reported figures, or too little data): the ranked bars stand for it.
      const bars = measure.wrap(model.barsTitle, boxInner, 15, 700, 1);
      parts.push(...lines(INSET, cy + 15, bars, 20, { size: 15, weight: 700, fill: theme.text }));
      cy += 28;
      const nameWidth = Math.min(160, boxInner * 0.3);
      const valueWidth = 90;
      const track = boxInner - nameWidth - valueWidth - 20;
      const x0 = INSET + nameWidth + 10;
      for (const b of model.bars) {
        parts.push(text(INSET, cy + 15, measure.fit(b.name, nameWidth, 14, 600), { size: 14, weight: 600, fill: theme.text }));
        parts.push(svg("rect", { x: x0 + model.zero * track - 1, y: cy + 1, width: 2, height: 20, fill: theme.muted }));
        if (b.width > 0) {
          parts.push(svg("rect", { x: x0 + b.start * track, y: cy + 4, width: Math.max(1, b.width * track), height: 14, rx: 3, fill: dirColor(theme, b.dir) }));
        }
        const value = text(INSET + boxInner, cy + 15, null, { size: 15, weight: 600, fill: dirColor(theme, b.dir), anchor: "end" });
        if (b.arrow) value.append(svg("tspan", { "font-size": 11 }, b.arrow), svg("tspan", { dx: 4 }, b.pct));
        else value.append(svg("tspan", null, b.pct));
        parts.push(value);
        cy += 28;
      }
      cy += 4;
    }
    g.append(svg("rect", { x: 0.5, y: 0.5, width: inner - 1, height: cy - 1, rx: 12, fill: theme.card, stroke: theme.line }), ...parts);
    nodes.push(g);
    y += 4 + cy + GAP;
  }

  // The source line: the `source` attribute as written, else the series' names, source not stated.
  const names = cards.map((c) => c.name);
  const listed = typeof Intl.ListFormat === "function" ? new Intl.ListFormat(f.locale, { type: "conjunction" }).format(names) : names.join(", ");
  const source = (ctx.source || "").trim() || f.text("chart.source", { names: listed });
  const sourceRows = measure.wrap(source, inner, 12, 400, 3);
  nodes.push(...lines(PAD, y + 12, sourceRows, 16, { size: 12, fill: theme.muted }));
  y += 16 * sourceRows.length + PAD - 4;

  const width = WIDTH;
  const height = Math.ceil(y);
  const scale = ctx.scale || 1;
  const root = svg("svg", {
    width: width * scale, height: height * scale, viewBox: `0 0 ${width} ${height}`,
    role: "img", "font-family": theme.font, lang: f.locale,
  });
  root.setAttributeNS(XML_NS, "xml:lang", f.locale);
  const spoken = models.map((m) => m.spoken).join("\n");
  root.append(svg("title", null, head), svg("desc", null, `${spoken}\n${source}`), svg("rect", { width, height, fill: theme.bg }), ...nodes);
  return { text: new XMLSerializer().serializeToString(root), width, height, scale };
}

/**
 * The SVG drawn into a canvas of its own pixel size (`width` × `height` × `scale`) through an
 * <img> of a data: URL (allowed by a CSP's `img-src data:`, and from file://; an image of our
 * own SVG does not taint the canvas): resolves to a PNG Blob.
 */
export async function rasterize({ text: svgText, width, height, scale }) {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png");
  });
}

/** Saves `blob` as a download named `name`, through a link clicked in `parent` (the shadow root's box). */
export function saveBlob(blob, name, parent) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name, hidden: "" });
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
