// The page: state (loaded series, period, as-of date) → IndexCards Deck.view(...) → DOM.
// No figure is computed or rounded here: every number, label and path comes from the Rust
// core's view model. Data is always set as text or attributes, never as HTML.
(function () {
  "use strict";

  var PERIODS = ["1W", "MTD", "QTD", "YTD", "1Y", "5Y", "MAX"];
  var PERIOD_NAMES = { "1W": "1W", MTD: "MTD", QTD: "QTD", YTD: "YTD", "1Y": "1Y", "5Y": "5Y", MAX: "Max" };
  var SVG = "http://www.w3.org/2000/svg";
  var $ = function (id) { return document.getElementById(id); };

  var state = {
    series: [],        // what was loaded, as given to the Deck
    demo: true,        // showing the as-reported demo
    deck: null,
    dates: [],         // every date of any series: the slider's stops
    index: 0,          // slider position
    period: "YTD",
    view: null,
    playing: null,
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function arrow(parent, text) {
    if (text) parent.appendChild(el("span", "arrow", text)).setAttribute("aria-hidden", "true");
  }

  // ---- messages ----
  function showError(message) {
    var box = $("error");
    box.hidden = !message;
    box.textContent = message || "";
  }
  function showNotes(summary, items) {
    var notes = $("notes");
    notes.hidden = items.length === 0;
    $("notes-summary").textContent = summary;
    $("notes-list").replaceChildren.apply($("notes-list"), items.map(function (t) { return el("li", null, t); }));
  }

  // ---- loading ----
  // keepDate: stay on the current as-of date (when adding files); otherwise go to the latest.
  function load(series, demo, keepDate) {
    var deck = new IndexCards.Deck(series); // throws on bad input; the current deck stays
    var current = state.dates[state.index];
    if (state.deck) state.deck.free();
    state.deck = deck;
    state.series = series;
    state.demo = demo;
    state.dates = deck.dates();
    state.index = state.dates.length - 1;
    if (keepDate && current) state.index = lastOnOrBefore(current);
    var slider = $("slider");
    slider.max = String(state.dates.length - 1);
    $("date").min = state.dates[0];
    $("date").max = state.dates[state.dates.length - 1];
    $("demo").hidden = demo;
    render();
  }

  function readFile(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(String(reader.result)); };
      reader.onerror = function () { reject(new Error(file.name + ": could not be read")); };
      reader.readAsText(file);
    });
  }

  function loadFiles(files) {
    files = Array.prototype.slice.call(files || []);
    if (!files.length) return;
    stop();
    Promise.all(files.map(readFile)).then(function (texts) {
      var byId = {};
      var order = [];
      var notes = [];
      var errors = [];
      var added = 0;
      var adding = !state.demo;
      if (adding) state.series.forEach(function (s) { byId[s.id] = s; order.push(s.id); });
      texts.forEach(function (text, i) {
        var id = files[i].name.replace(/\.[^.]*$/, "") || "series" + (i + 1);
        try {
          var s = IndexCards.parseCsv(text, { id: id });
          s.file = files[i].name;
          if (!byId[s.id]) order.push(s.id);
          byId[s.id] = s;
          added += 1;
          notes.push(files[i].name + ": " + s.dates.length.toLocaleString("en-US") + " closes (" + s.format + ", column " + s.column + ", " + s.dates[0] + " to " + s.dates[s.dates.length - 1] + ")" +
            (s.skipped.length ? "; " + s.skipped.length + " missing day" + (s.skipped.length === 1 ? "" : "s") + " skipped: " + s.skipped.slice(0, 5).map(function (k) { return k.date + " (line " + k.line + ", \"" + k.value + "\")"; }).join(", ") + (s.skipped.length > 5 ? ", …" : "") : ""));
        } catch (e) {
          errors.push(files[i].name + ": " + e.message);
        }
      });
      showError(errors.join("\n"));
      if (!added) return; // nothing new: what is shown stays as it was
      try {
        load(order.map(function (id) { return byId[id]; }), false, adding);
      } catch (e) {
        return showError(e.message);
      }
      showNotes("Showing " + order.length + " series from your files", notes);
    }).catch(function (e) { showError(e.message); });
  }

  // ---- rendering ----
  function chartSize() {
    var box = $("chart-box");
    var width = Math.max(280, Math.min(1400, Math.round(box.clientWidth || 720)));
    return { width: width, height: Math.round(Math.max(240, Math.min(420, width * 0.5))) };
  }

  function render() {
    if (!state.deck) return;
    var asOf = state.dates[state.index];
    var view;
    try {
      view = state.deck.view({ asOf: asOf, period: state.period, chart: chartSize(), spark: { width: 120, height: 34 } });
    } catch (e) {
      showError(e.message);
      return;
    }
    state.view = view;
    $("slider").value = String(state.index);
    $("slider").setAttribute("aria-valuetext", view.dateLabel);
    $("date").value = asOf;
    $("asof").textContent = (state.demo ? "Week to Friday, " : "As of ") + view.dateLabel + " · " + view.periodLabel;
    $("source").textContent = state.demo ? window.INDEXCARDS_DEMO.source
      : "Your data: " + state.series.map(function (s) { return s.file || s.id; }).join(", ");
    renderTabs();
    renderCards(view);
    renderChart(view);
    renderBars(view);
    document.documentElement.dataset.rendered = "true";
  }

  function renderTabs() {
    var tabs = $("periods");
    if (!tabs.children.length) {
      PERIODS.forEach(function (p) {
        var b = el("button", "tab", PERIOD_NAMES[p]);
        b.type = "button";
        b.setAttribute("role", "tab");
        b.dataset.period = p;
        b.addEventListener("click", function () { setPeriod(p); });
        tabs.appendChild(b);
      });
      tabs.addEventListener("keydown", function (e) {
        var i = PERIODS.indexOf(state.period);
        if (e.key === "ArrowRight") i = (i + 1) % PERIODS.length;
        else if (e.key === "ArrowLeft") i = (i + PERIODS.length - 1) % PERIODS.length;
        else if (e.key === "Home") i = 0;
        else if (e.key === "End") i = PERIODS.length - 1;
        else return;
        e.preventDefault();
        setPeriod(PERIODS[i]);
        tabs.children[i].focus();
      });
    }
    Array.prototype.forEach.call(tabs.children, function (b) {
      var on = b.dataset.period === state.period;
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.tabIndex = on ? 0 : -1;
    });
  }

  function changeRow(row) {
    var item = el("div", "change " + row.dir);
    item.dataset.key = row.key;
    item.appendChild(el("dt", "change-key", row.key));
    var dd = el("dd", "change-value");
    arrow(dd, row.arrow);
    dd.appendChild(el("span", "pct", row.text));
    if (row.note) dd.appendChild(el("span", "note", row.note));
    item.appendChild(dd);
    return item;
  }

  function card(view) {
    var article = el("article", "card");
    article.setAttribute("aria-label", view.spoken);
    article.dataset.id = view.id;
    var head = el("header", "card-head");
    head.appendChild(el("h3", "name", view.name));
    if (state.demo) head.appendChild(el("span", "badge", "as reported"));
    article.appendChild(head);
    article.appendChild(el("p", "level", view.level));
    if (view.note) {
      article.appendChild(el("p", "missing", view.note));
      return article;
    }
    article.appendChild(el("p", "date", "Close on " + view.dateLabel));
    // The as-reported demo has a few stated points, not a daily path: no sparkline for it.
    if (view.spark && !state.demo) {
      var s = svg("svg", { class: "spark " + (view.period ? view.period.dir : ""), viewBox: "0 0 120 34", "aria-hidden": "true", focusable: "false" });
      s.appendChild(svg("line", { class: "spark-base", x1: 0, x2: 120, y1: view.spark.baseY, y2: view.spark.baseY }));
      s.appendChild(svg("path", { d: view.spark.d }));
      article.appendChild(s);
    }
    var list = el("dl", "changes");
    view.rows.forEach(function (row) { list.appendChild(changeRow(row)); });
    var shown = view.rows.some(function (r) { return view.period && r.key === view.period.key; });
    if (view.period && !shown) {
      var p = changeRow(view.period);
      p.classList.add("period-row");
      list.appendChild(p);
    }
    article.appendChild(list);
    var high = el("p", "high " + view.high.dir);
    if (view.high.dir !== "flat") high.appendChild(el("span", "pct", view.high.text + " "));
    high.appendChild(el("span", "high-label", view.highLabel));
    article.appendChild(high);
    article.appendChild(el("p", "range", view.rangeLabel));
    return article;
  }

  function renderCards(view) {
    var cards = $("cards");
    cards.replaceChildren.apply(cards, view.cards.map(card));
  }

  function seriesIndex(id) {
    for (var i = 0; i < state.series.length; i++) if (state.series[i].id === id) return i;
    return 0;
  }

  function renderChart(view) {
    // Lines through a few reported points would draw a path the index never took.
    $("chart-box").hidden = state.demo;
    $("legend").hidden = state.demo;
    $("chart-note").hidden = !state.demo;
    var c = view.chart;
    var chart = $("chart");
    chart.setAttribute("viewBox", "0 0 " + c.width + " " + c.height);
    chart.setAttribute("width", c.width);
    chart.setAttribute("height", c.height);
    var p = c.plot; // left, top, right, bottom
    var nodes = [];
    c.yTicks.forEach(function (t) {
      nodes.push(svg("line", { class: "grid", x1: p[0], x2: p[2], y1: t.pos, y2: t.pos }));
      var label = svg("text", { class: "tick", x: p[0] - 6, y: t.pos, "text-anchor": "end", "dominant-baseline": "middle" });
      label.textContent = t.label;
      nodes.push(label);
    });
    c.xTicks.forEach(function (t) {
      nodes.push(svg("line", { class: "xtick", x1: t.pos, x2: t.pos, y1: p[3], y2: p[3] + 4 }));
      var label = svg("text", { class: "tick", x: t.pos, y: p[3] + 16, "text-anchor": "middle" });
      label.textContent = t.label;
      nodes.push(label);
    });
    nodes.push(svg("line", { class: "zero", x1: p[0], x2: p[2], y1: c.zeroY, y2: c.zeroY }));
    c.lines.forEach(function (line) {
      var k = seriesIndex(line.id) % 6;
      nodes.push(svg("path", { class: "line s" + k, d: line.d, "data-id": line.id }));
      if (line.endX !== null && line.labelY !== null) {
        var label = svg("text", { class: "end-label s" + k, x: p[2] + 6, y: line.labelY, "dominant-baseline": "middle" });
        label.textContent = line.label;
        nodes.push(label);
      }
    });
    if (c.spread) {
      var s = c.spread;
      var title = svg("text", { class: "tick spread-title", x: p[0], y: s.band[0] - 2 });
      title.textContent = "Small caps − large caps (pp)";
      nodes.push(title);
      nodes.push(svg("line", { class: "zero thin", x1: p[0], x2: p[2], y1: s.zeroY, y2: s.zeroY }));
      nodes.push(svg("path", { class: "line spread-line", d: s.d }));
      var hi = svg("text", { class: "tick", x: p[0] - 6, y: s.band[0] + 6, "text-anchor": "end" });
      hi.textContent = s.maxLabel;
      var lo = svg("text", { class: "tick", x: p[0] - 6, y: s.band[1], "text-anchor": "end" });
      lo.textContent = s.minLabel;
      nodes.push(hi, lo);
    }
    var cross = svg("line", { class: "crosshair", id: "crosshair", x1: 0, x2: 0, y1: p[1], y2: c.spread ? c.spread.band[1] : p[3], visibility: "hidden" });
    nodes.push(cross);
    chart.replaceChildren.apply(chart, nodes);

    // Legend: name, period return, rank.
    var legend = $("legend");
    legend.replaceChildren.apply(legend, view.compare.series.map(function (line) {
      var li = el("li", "legend-item");
      li.dataset.id = line.id;
      li.appendChild(el("span", "swatch s" + (seriesIndex(line.id) % 6))).setAttribute("aria-hidden", "true");
      li.appendChild(el("span", "legend-name", line.name));
      var bar = view.bars.filter(function (b) { return b.id === line.id; })[0];
      li.appendChild(el("span", "legend-value " + (bar ? bar.dir : "none"), bar ? bar.text : "—"));
      if (line.note) li.appendChild(el("span", "note", line.note));
      return li;
    }));
    $("chart-title").textContent = view.periodLabel + ", rebased to 0% at the period's base close";
    var spread = $("spread");
    spread.hidden = !view.smallVsLarge;
    if (view.smallVsLarge) {
      spread.replaceChildren();
      spread.className = "spread " + view.smallVsLarge.dir;
      spread.appendChild(el("strong", null, "Small caps vs large caps: "));
      spread.appendChild(el("span", "spread-text", view.smallVsLarge.text));
    }
    hideTooltip();
  }

  function renderBars(view) {
    $("bars-title").textContent = view.periodLabel + " return, ranked";
    var bars = $("bars");
    bars.style.setProperty("--zero", (view.zero * 100).toFixed(3) + "%");
    bars.replaceChildren.apply(bars, view.bars.map(function (item) {
      var li = el("li", "bar-row " + item.dir);
      li.dataset.id = item.id;
      li.appendChild(el("span", "bar-name", item.name));
      var track = el("span", "bar-track");
      track.setAttribute("aria-hidden", "true");
      var fill = el("span", "bar-fill");
      fill.style.left = (item.start * 100).toFixed(3) + "%";
      fill.style.width = (item.width * 100).toFixed(3) + "%";
      track.appendChild(fill);
      li.appendChild(track);
      var value = el("span", "bar-value");
      arrow(value, item.arrow);
      value.appendChild(el("span", "pct", item.text));
      li.appendChild(value);
      return li;
    }));
  }

  // ---- crosshair and tooltip ----
  var hover = -1;
  function nearest(xs, x) {
    var lo = 0, hi = xs.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (xs[mid] < x) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && Math.abs(xs[lo - 1] - x) <= Math.abs(xs[lo] - x)) lo -= 1;
    return lo;
  }
  function showTooltip(i) {
    var v = state.view;
    if (!v || i < 0 || i >= v.chart.xs.length) return hideTooltip();
    hover = i;
    var x = v.chart.xs[i];
    var cross = $("crosshair");
    cross.setAttribute("x1", x);
    cross.setAttribute("x2", x);
    cross.setAttribute("visibility", "visible");
    var tip = $("tooltip");
    var rows = [el("div", "tip-date", v.compare.dates[i])];
    v.compare.series.forEach(function (line) {
      var value = line.values[i];
      var row = el("div", "tip-row");
      row.appendChild(el("span", "swatch s" + (seriesIndex(line.id) % 6))).setAttribute("aria-hidden", "true");
      row.appendChild(el("span", "tip-name", line.name));
      row.appendChild(el("span", "tip-value", value === null ? "—" : IndexCards.formatPct(value)));
      rows.push(row);
    });
    if (v.compare.smallVsLarge && v.compare.smallVsLarge.values[i] !== null) {
      rows.push(el("div", "tip-row spread-row", "Small − large: " + IndexCards.formatPct(v.compare.smallVsLarge.values[i] / 100).replace("%", " pp")));
    }
    tip.replaceChildren.apply(tip, rows);
    tip.hidden = false;
    var box = $("chart-box");
    var scale = box.clientWidth / v.chart.width;
    var left = x * scale + 12;
    if (left + 220 > box.clientWidth) left = Math.max(0, x * scale - 232);
    tip.style.left = left + "px";
    $("chart").setAttribute("aria-label", "Comparison chart; " + rows.map(function (r) { return r.textContent; }).join("; "));
  }
  function hideTooltip() {
    hover = -1;
    $("tooltip").hidden = true;
    var cross = $("crosshair");
    if (cross) cross.setAttribute("visibility", "hidden");
  }

  // ---- controls ----
  function setPeriod(p) {
    state.period = p;
    render();
  }
  function setIndex(i) {
    state.index = Math.max(0, Math.min(state.dates.length - 1, i));
    render();
  }
  function lastOnOrBefore(date) {
    var lo = 0, hi = state.dates.length; // first index with dates[i] > date
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (state.dates[mid] <= date) lo = mid + 1; else hi = mid;
    }
    return Math.max(0, lo - 1);
  }
  function stop() {
    if (state.playing) clearInterval(state.playing);
    state.playing = null;
    $("play").textContent = "▶ Play";
    $("play").setAttribute("aria-pressed", "false");
  }
  function play() {
    if (state.playing) return stop();
    if (state.index >= state.dates.length - 1) {
      // Replay the last year (or all the data, if shorter) day by day.
      var last = state.dates[state.dates.length - 1];
      var yearAgo = String(Number(last.slice(0, 4)) - 1) + last.slice(4);
      state.index = lastOnOrBefore(yearAgo);
    }
    $("play").textContent = "❚❚ Pause";
    $("play").setAttribute("aria-pressed", "true");
    state.playing = setInterval(function () {
      if (state.index >= state.dates.length - 1) return stop();
      setIndex(state.index + 1);
    }, 40);
  }

  function wire() {
    $("slider").addEventListener("input", function (e) { setIndex(Number(e.target.value)); });
    $("date").addEventListener("change", function (e) {
      if (e.target.value) setIndex(lastOnOrBefore(e.target.value));
    });
    $("latest").addEventListener("click", function () { stop(); setIndex(state.dates.length - 1); });
    $("play").addEventListener("click", play);
    $("files").addEventListener("change", function (e) { loadFiles(e.target.files); e.target.value = ""; });
    $("demo").addEventListener("click", function () { showError(""); showNotes("", []); load(window.INDEXCARDS_DEMO.series, true); });
    document.addEventListener("dragover", function (e) { e.preventDefault(); document.body.classList.add("dragging"); });
    document.addEventListener("dragleave", function (e) { if (!e.relatedTarget) document.body.classList.remove("dragging"); });
    document.addEventListener("drop", function (e) {
      e.preventDefault();
      document.body.classList.remove("dragging");
      loadFiles(e.dataTransfer && e.dataTransfer.files);
    });
    var chart = $("chart");
    chart.addEventListener("pointermove", function (e) {
      if (!state.view) return;
      var rect = chart.getBoundingClientRect();
      var x = (e.clientX - rect.left) * state.view.chart.width / rect.width;
      showTooltip(nearest(state.view.chart.xs, x));
    });
    chart.addEventListener("pointerleave", hideTooltip);
    chart.addEventListener("blur", hideTooltip);
    chart.addEventListener("keydown", function (e) {
      if (!state.view) return;
      var n = state.view.chart.xs.length;
      var i = hover < 0 ? n - 1 : hover;
      if (e.key === "ArrowLeft") i -= 1;
      else if (e.key === "ArrowRight") i += 1;
      else if (e.key === "Home") i = 0;
      else if (e.key === "End") i = n - 1;
      else if (e.key === "Escape") return hideTooltip();
      else return;
      e.preventDefault();
      showTooltip(Math.max(0, Math.min(n - 1, i)));
    });
    if (typeof ResizeObserver === "function") {
      var width = 0;
      new ResizeObserver(function () {
        var w = $("chart-box").clientWidth;
        if (w && Math.abs(w - width) > 4) { width = w; render(); }
      }).observe($("chart-box"));
    }
  }

  function fail(error) {
    showError("Could not show the cards: " + (error && error.message ? error.message : String(error)));
    $("asof").textContent = "";
    document.documentElement.dataset.rendered = "error";
  }

  IndexCards.ready.then(function () {
    $("version").textContent = "indexcards " + IndexCards.version();
    wire();
    load(window.INDEXCARDS_DEMO.series, true);
  }).catch(fail);
})();
