// The page around <index-cards>: the as-reported demo first, then the CSV files a reader picks
// or drops, handed as Files to IndexCards.parseCsvAsync, which reads, decodes and parses them in a
// Web Worker (the page's CSP allows worker-src blob:; reading a File works from file://) and gives
// the dates as day numbers and the closes as a Float64Array (`typed: true`), transferred back
// without a copy; a read that takes over 300 ms shows a progress line, fixed over the page, whose
// Cancel stops it and keeps what is shown. The element does all the rendering and wording; this
// file only reads files, hands the series to it, and replays closes through el.push.
// A classic script, not a module: browsers refuse modules from file://. It runs in the page's
// head and starts once the element is parsed (see the end).
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var cards = null;
  var loaded = []; // the reader's series, in the order loaded
  var demo = true;
  var count = new Intl.NumberFormat("en-US");
  // A load of files that takes longer than this shows its progress line and Cancel (ms), as the
  // element does for the files and src it reads itself.
  var PROGRESS_DELAY = 300;
  var loading = null; // the load under way: { cancel }

  function showError(message) {
    $("error").hidden = !message;
    $("error").textContent = message || "";
  }
  function showNotes(summary, items) {
    $("notes").hidden = items.length === 0;
    $("notes-summary").textContent = summary;
    $("notes-list").replaceChildren.apply($("notes-list"), items.map(function (t) {
      var li = document.createElement("li");
      li.textContent = t;
      return li;
    }));
  }

  function showDemo() {
    demo = true;
    loaded = [];
    showError("");
    showNotes("", []);
    $("demo").hidden = true;
    $("live").hidden = true;
    stopLive();
    $("source").textContent = window.INDEXCARDS_DEMO.source;
    cards.setAttribute("source", window.INDEXCARDS_DEMO.source); // the source line of a downloaded image
    cards.setAttribute("as-of", window.INDEXCARDS_DEMO.asOf);
    // Setting el.data replaces the element's data (and any closes pushed into it).
    cards.data = window.INDEXCARDS_DEMO.series;
  }

  /** `YYYY-MM-DD` of a day number (days since 1970-01-01), as the typed series give dates. */
  function isoOf(day) {
    return new Date(day * 86400000).toISOString().slice(0, 10);
  }

  function describe(file, s) {
    var text = file.name + ": " + count.format(s.dates.length) + " closes (" + s.format + ", column " + s.column + ", " +
      isoOf(s.dates[0]) + " to " + isoOf(s.dates[s.dates.length - 1]) + ")";
    if (!s.skipped.length) return text;
    return text + "; " + count.format(s.skipped.length) + " missing day" + (s.skipped.length === 1 ? "" : "s") + " skipped: " +
      s.skipped.slice(0, 5).map(function (k) { return k.date + " (line " + k.line + ", \"" + k.value + "\")"; }).join(", ") +
      (s.skipped.length > 5 ? ", …" : "");
  }

  /** The progress line of a load: the files' names, a bar of files read, Cancel. Fixed over the
   * page, so showing it moves nothing. */
  function showLoading(files, read) {
    var bar = $("loading-bar");
    bar.max = files.length;
    // One file, or none read yet: a bar that only says "working".
    if (files.length > 1 && read > 0) bar.value = read; else bar.removeAttribute("value");
    $("loading-text").textContent = "Reading " + files.map(function (f) { return f.name; }).join(", ") + "…";
    $("loading").hidden = false;
  }

  function loadFiles(files) {
    files = Array.prototype.slice.call(files || []);
    if (!files.length) return;
    if (loading) loading.cancel(); // a newer pick replaces the load under way
    var controller = new AbortController();
    var read = 0;
    var shown = false;
    var timer = setTimeout(function () { shown = true; showLoading(files, read); }, PROGRESS_DELAY);
    var mine = { cancel: function () { controller.abort(); } };
    loading = mine;
    function ended() {
      clearTimeout(timer);
      if (loading !== mine) return;
      loading = null;
      $("loading").hidden = true;
    }
    IndexCards.ready.then(function () {
      return Promise.all(files.map(function (file, i) {
        var id = file.name.replace(/\.[^.]*$/, "") || "series" + (i + 1);
        return IndexCards.parseCsvAsync(file, { id: id, typed: true }, { signal: controller.signal }).then(function (s) {
          read++;
          if (shown) showLoading(files, read);
          return { series: s };
        }, function (e) { return { error: e }; });
      }));
    }).then(function (parsed) {
      ended();
      if (controller.signal.aborted) return; // Cancel, or a newer pick: what is shown stays
      var next = demo ? [] : loaded.slice();
      var notes = [];
      var errors = [];
      parsed.forEach(function (p, i) {
        if (p.error) {
          errors.push(files[i].name + ": " + p.error.message);
          return;
        }
        var s = p.series;
        s.file = files[i].name;
        var at = next.map(function (x) { return x.id; }).indexOf(s.id);
        if (at >= 0) next[at] = s; else next.push(s);
        notes.push(describe(files[i], s));
      });
      showError(errors.join("\n"));
      if (!notes.length) return; // nothing new: what is shown stays as it was
      if (demo) cards.removeAttribute("as-of"); // the reader's data opens on its latest date
      demo = false;
      loaded = next;
      stopLive();
      cards.data = next;
      $("demo").hidden = false;
      $("live").hidden = false;
      $("source").textContent = "Your data: " + next.map(function (s) { return s.file || s.id; }).join(", ");
      cards.setAttribute("source", $("source").textContent);
      showNotes("Showing " + next.length + " series from your files", notes);
    }).catch(function (e) { ended(); showError(e.message); });
  }

  // "Replay live": the element starts 30 trading days back and receives the following closes
  // one day at a time through el.push, as a page with its own price feed would push them.
  var live = null;
  function stopLive() {
    if (live) clearInterval(live);
    live = null;
    $("live").setAttribute("aria-pressed", "false");
    $("live").textContent = "Replay the last 30 days live";
  }
  function startLive() {
    var all = new Set();
    loaded.forEach(function (s) { s.dates.forEach(function (d) { all.add(d); }); });
    var days = Array.from(all).sort(function (a, b) { return a - b; });
    var from = days[Math.max(0, days.length - 31)];
    var feed = days.filter(function (d) { return d > from; });
    cards.setAttribute("as-of", isoOf(from)); // start at the cutoff; pushes then move it on
    cards.data = loaded.map(function (s) {
      var keep = s.dates.filter(function (d) { return d <= from; }).length;
      return { id: s.id, name: s.name, dates: s.dates.slice(0, keep), closes: s.closes.slice(0, keep) };
    });
    $("live").setAttribute("aria-pressed", "true");
    $("live").textContent = "Stop the live replay";
    var step = 0;
    live = setInterval(function () {
      if (step >= feed.length) return stopLive();
      var day = feed[step++];
      loaded.forEach(function (s) {
        var i = s.dates.indexOf(day);
        if (i >= 0) cards.push(s.id, isoOf(day), s.closes[i]);
      });
    }, 400);
  }

  /** Wires the page once the element exists (everything it needs is parsed before it). */
  function start() {
    cards = $("cards");
    $("live").addEventListener("click", function () {
      if (!live) return startLive();
      stopLive();
      cards.removeAttribute("as-of");
      cards.data = loaded;
    });

    $("files").addEventListener("change", function (e) { loadFiles(e.target.files); e.target.value = ""; });
    $("cancel").addEventListener("click", function () { if (loading) loading.cancel(); });
    $("demo").addEventListener("click", showDemo);
    document.addEventListener("dragover", function (e) { e.preventDefault(); document.body.classList.add("dragging"); });
    document.addEventListener("dragleave", function (e) { if (!e.relatedTarget) document.body.classList.remove("dragging"); });
    document.addEventListener("drop", function (e) {
      e.preventDefault();
      document.body.classList.remove("dragging");
      loadFiles(e.dataTransfer && e.dataTransfer.files);
    });

    // The demo's data goes in at once: the element shows it as soon as the core is ready, with no
    // empty or error state in between.
    showDemo();
    IndexCards.ready.catch(function (e) { showError("Could not load indexcards: " + e.message); });
  }

  // Start as soon as the element is parsed: a MutationObserver's callback runs before the
  // browser paints, so the element gets the demo's data before its first paint. Deferred to
  // the end of parsing, the element's placeholder (which keeps a chart's space) was painted
  // first and then shrank to the reported figures' cards: a layout shift of 0.113.
  if ($("cards")) {
    start();
  } else {
    var wait = new MutationObserver(function () {
      if (!$("cards")) return;
      wait.disconnect();
      start();
    });
    wait.observe(document.documentElement, { childList: true, subtree: true });
  }
  document.addEventListener("DOMContentLoaded", function () {
    $("version").textContent = "indexcards " + IndexCards.version;
  });
})();
