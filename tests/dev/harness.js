// Fills tests/dev/harness.html's elements from window.HARNESS_DATA (written by tests/dev/data.js)
// and applies ?lang=, ?theme= and ?only=.
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  if (params.get("lang")) document.documentElement.lang = params.get("lang");
  var theme = params.get("theme");
  if (theme === "dark") document.documentElement.classList.add("dark");
  var only = params.get("only");
  document.querySelectorAll("section[data-section]").forEach(function (s) {
    if (only && s.dataset.section !== only) s.remove();
  });
  document.querySelectorAll("index-cards").forEach(function (el) { if (theme) el.setAttribute("theme", theme); });
  var $ = function (id) { return document.getElementById(id); };
  var all = window.HARNESS_DATA.series;
  function until(s, last, first) {
    var keep = s.dates.map(function (d, i) { return i; }).filter(function (i) { return s.dates[i] <= last && (!first || s.dates[i] >= first); });
    return { id: s.id, name: s.name, dates: keep.map(function (i) { return s.dates[i]; }), closes: keep.map(function (i) { return s.closes[i]; }) };
  }
  var byId = function (id) { return all.filter(function (s) { return s.id === id; })[0]; };
  if ($("main")) $("main").data = all.map(function (s) { return until(s, "2024-11-22"); });
  if ($("stale")) $("stale").data = all.map(function (s) { return until(s, s.id === "RUT" || s.id === "DJI" ? "2024-09-20" : "2024-11-22", "2023-06-01"); });
  if ($("notes")) {
    $("notes").data = [
      { id: "SPX", name: "S&P 500", dates: ["2023-12-29", "2024-11-15", "2024-11-22"], closes: [4769.83, 5870.62, 5969.34] },
      until(byId("RUT"), "2024-11-22", "2024-01-02"),
      { id: "NEW", name: "A newer index", dates: ["2024-12-02", "2024-12-03"], closes: [100, 101.5] },
    ];
  }
  if ($("reported")) {
    $("reported").data = [
      { id: "RUT", name: "Russell 2000", asReported: true, dates: ["2023-12-29", "2024-10-31", "2024-11-15", "2024-11-22"], closes: [2407 / 1.187, 2407 / 1.1, 2407 / 1.045, 2407] },
      { id: "SPX", name: "S&P 500", asReported: true, dates: ["2023-12-29", "2024-11-15", "2024-11-22"], closes: [5969 / 1.255, 5969 / 1.017, 5969] },
    ];
  }
  if ($("late") && params.get("late") !== "never") {
    setTimeout(function () {
      $("late").data = [until(byId("RUT"), "2024-11-22", "2023-01-01"), until(byId("SPX"), "2024-11-22", "2023-01-01")];
    }, Number(params.get("late") || 2000));
  }
})();
