// The demo page: IndexCards.view(...) → DOM. No figure is computed or rounded here; every text
// comes from the Rust core's view model. Everything from data is set as text, never as HTML.
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function changeRow(row) {
    var item = el("div", "change " + row.dir);
    item.appendChild(el("dt", "change-key", row.key));
    var dd = el("dd", "change-value");
    if (row.arrow) dd.appendChild(el("span", "arrow", row.arrow)).setAttribute("aria-hidden", "true");
    dd.appendChild(el("span", "pct", row.text));
    if (row.note) dd.appendChild(el("span", "note", row.note));
    item.appendChild(dd);
    return item;
  }

  function card(view, reported) {
    var article = el("article", "card");
    article.setAttribute("aria-label", view.spoken);
    article.dataset.id = view.id;
    var head = el("header", "card-head");
    head.appendChild(el("h3", "name", view.name));
    if (reported) head.appendChild(el("span", "badge", "as reported"));
    article.appendChild(head);
    article.appendChild(el("p", "level", view.level));
    article.appendChild(el("p", "date", "Close on " + view.dateLabel));
    var list = el("dl", "changes");
    view.rows.forEach(function (row) { list.appendChild(changeRow(row)); });
    article.appendChild(list);
    var high = el("p", "high " + view.high.dir);
    if (view.high.dir !== "flat") {
      high.appendChild(el("span", "pct", view.high.text + " "));
    }
    high.appendChild(el("span", "high-label", view.highLabel));
    article.appendChild(high);
    article.appendChild(el("p", "range", view.rangeLabel));
    return article;
  }

  function bar(item, reported) {
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
    if (item.arrow) value.appendChild(el("span", "arrow", item.arrow)).setAttribute("aria-hidden", "true");
    value.appendChild(el("span", "pct", item.text));
    li.appendChild(value);
    return li;
  }

  function render(demo) {
    var view = IndexCards.view(demo.series, { asOf: demo.asOf });
    var reported = {};
    demo.series.forEach(function (s) { reported[s.id] = !!s.asReported; });
    document.getElementById("asof").textContent = "Week to Friday, " + view.dateLabel;
    document.getElementById("source").textContent = demo.source;
    var cards = document.getElementById("cards");
    cards.replaceChildren.apply(cards, view.cards.map(function (c) { return card(c, reported[c.id]); }));
    var bars = document.getElementById("bars");
    bars.style.setProperty("--zero", (view.zero * 100).toFixed(3) + "%");
    bars.replaceChildren.apply(bars, view.ytd.map(function (b) { return bar(b, reported[b.id]); }));
    document.getElementById("version").textContent = "indexcards " + IndexCards.version();
    document.documentElement.dataset.rendered = "true";
  }

  function fail(error) {
    var box = document.getElementById("error");
    box.hidden = false;
    box.textContent = "Could not show the cards: " + (error && error.message ? error.message : String(error));
    document.getElementById("asof").textContent = "";
    document.documentElement.dataset.rendered = "error";
  }

  IndexCards.ready.then(function () { render(window.INDEXCARDS_DEMO); }).catch(fail);
})();
