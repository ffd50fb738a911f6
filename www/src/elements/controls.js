// The toolbar of <index-cards>: period tabs (arrow keys move between them), Play/Pause, the
// as-of slider and date field, Latest, and the tools (Download image). It reports what the reader
// asks for through callbacks; the element decides.
import { h, setText, setAttr, keyStep } from "./dom.js";

/**
 * @example
 * const controls = new Controls({ period: (key) => …, index: (i) => …, date: (iso) => …, latest: () => …, play: () => …, image: () => … });
 * wrap.append(controls.element);
 * controls.update({ f, tabs: IndexCards.periods, period: "YTD", dates, index, playing: false });
 */
export class Controls {
  #el;
  #tabs;
  #play;
  #slider;
  #sliderLabel;
  #date;
  #dateLabel;
  #latest;
  #tools;
  #image = null;
  #tabsKey = "";
  #on;

  constructor(on) {
    this.#on = on;
    this.#el = h("div", { class: "controls" });
    this.#tabs = h("div", { class: "tabs", role: "tablist", part: "tabs" });
    const asOf = h("div", { class: "asof-control" });
    this.#play = h("button", { class: "button play", type: "button", "aria-pressed": "false" });
    this.#sliderLabel = h("label", { class: "visually-hidden", for: "slider" });
    this.#slider = h("input", { class: "slider", type: "range", min: "0", step: "1", id: "slider" });
    this.#dateLabel = h("label", { class: "visually-hidden", for: "date" });
    this.#date = h("input", { class: "date", type: "date", id: "date" });
    this.#latest = h("button", { class: "link latest", type: "button" });
    asOf.append(this.#play, this.#sliderLabel, this.#slider, this.#dateLabel, this.#date, this.#latest);
    this.#tools = h("div", { class: "tools" });
    this.#el.append(this.#tabs, asOf, this.#tools);
    if (on.image) {
      this.#image = this.#tools.appendChild(h("button", { class: "tool image", type: "button", part: "download" }));
      this.#image.addEventListener("click", () => on.image());
    }

    this.#slider.addEventListener("input", () => on.index(Number(this.#slider.value)));
    this.#date.addEventListener("change", () => { if (this.#date.value) on.date(this.#date.value); });
    this.#latest.addEventListener("click", () => on.latest());
    this.#play.addEventListener("click", () => on.play());
    this.#tabs.addEventListener("click", (e) => {
      const tab = e.target.closest(".tab");
      if (tab) on.period(tab.dataset.period);
    });
    this.#tabs.addEventListener("keydown", (e) => {
      const tabs = [...this.#tabs.children];
      const at = tabs.findIndex((t) => t.getAttribute("aria-selected") === "true");
      const i = keyStep(e.key, at, tabs.length, true);
      if (i === undefined) return;
      e.preventDefault();
      on.period(tabs[i].dataset.period);
      this.#tabs.children[i].focus();
    });
  }

  get element() { return this.#el; }
  /** Where later tools (e.g. "Download image") go. */
  get tools() { return this.#tools; }

  /**
   * Shows the period tabs (PeriodInfo[] in order) with `period` selected, and the as-of controls
   * at `index` of `dates` (ISO dates: an array, or DateStops).
   */
  update({ f, tabs, period, dates, index, playing }) {
    const key = f.locale + "|" + tabs.map((t) => t.key).join(",");
    if (key !== this.#tabsKey) {
      this.#tabsKey = key;
      this.#tabs.replaceChildren(...tabs.map((p) => h("button", {
        class: "tab", type: "button", role: "tab", part: "tab", "data-period": p.key, "aria-label": f.periodName(p),
      }, f.periodTab(p))));
    }
    setAttr(this.#tabs, "aria-label", f.text("ctl.periods"));
    for (const tab of this.#tabs.children) {
      const on = tab.dataset.period === period;
      setAttr(tab, "aria-selected", on ? "true" : "false");
      if (tab.tabIndex !== (on ? 0 : -1)) tab.tabIndex = on ? 0 : -1;
    }
    const last = dates.length - 1;
    setAttr(this.#slider, "max", String(Math.max(0, last)));
    if (this.#slider.value !== String(index)) this.#slider.value = String(index);
    const shown = dates.at(index);
    setAttr(this.#slider, "aria-valuetext", f.date(shown));
    setAttr(this.#date, "min", dates.at(0));
    setAttr(this.#date, "max", dates.at(last));
    if (this.#date.value !== shown) this.#date.value = shown || "";
    setText(this.#sliderLabel, f.text("ctl.slider"));
    setText(this.#dateLabel, f.text("ctl.date"));
    setText(this.#latest, f.text("ctl.latest"));
    if (this.#image) setText(this.#image, f.text("ctl.image"));
    this.setPlaying(playing, f);
  }

  /** Shows Play or Pause. */
  setPlaying(playing, f) {
    setAttr(this.#play, "aria-pressed", playing ? "true" : "false");
    setText(this.#play, f.text(playing ? "ctl.pause" : "ctl.play"));
  }

  /** Shows the tabs before the data arrives (so the toolbar keeps its final size). */
  reserve({ f, tabs, period }) {
    this.update({ f, tabs, period, dates: [], index: 0, playing: false });
  }
}
