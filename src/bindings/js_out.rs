//! JS values out: the core's results as plain JS objects and arrays, `null` for a missing value.
//!
//! The field names here are the JS API (`www/indexcards.d.ts`); the Node tests read every one.
//! Written out by hand for now: the result types gain serde derives in the core's rewrite, and
//! then serde-wasm-bindgen's `Serializer` writes them instead of this module.

use crate::api::CsvSeries;
use crate::core::calendar::{self, Day};
use crate::core::compare::{Comparison, Line, SmallVsLarge};
use crate::core::deck::PathsOut;
use crate::core::metrics::{Bases, Card};
use crate::input::csv::{Format, Skipped};
use crate::output::chart::{ChartGeometry, LinePath, Spark, SpreadPath, Tick};
use crate::output::view::{Bar, CardView, Dir, Figures, Row, SpreadView, View};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

/// A value as JS sees it.
pub trait ToJs {
    fn to_js(&self) -> JsValue;
}

/// A plain object with these keys, in this order.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        // Cannot fail on a fresh plain object.
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// `YYYY-MM-DD`.
fn day(d: Day) -> JsValue {
    JsValue::from_str(&calendar::format(d))
}

fn opt_day(d: Option<Day>) -> JsValue {
    d.map_or(JsValue::NULL, day)
}

fn days(list: &[Day]) -> JsValue {
    let array = Array::new();
    for &d in list {
        array.push(&day(d));
    }
    array.into()
}

impl ToJs for f64 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self)
    }
}

impl ToJs for usize {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self as f64)
    }
}

impl ToJs for u8 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(f64::from(*self))
    }
}

impl ToJs for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl ToJs for str {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl ToJs for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl<T: ToJs + ?Sized> ToJs for &T {
    fn to_js(&self) -> JsValue {
        (**self).to_js()
    }
}

impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self) -> JsValue {
        self.as_ref().map_or(JsValue::NULL, ToJs::to_js)
    }
}

impl<T: ToJs> ToJs for [T] {
    fn to_js(&self) -> JsValue {
        // A plain loop: `collect` into an Array was 1.2 KB of iterator code over the element
        // types, this is one small loop each (148,029 → 148,038 bytes after wasm-opt -Oz but
        // 69,459 → 69,360 gzipped, measured 2026-11-25).
        let array = Array::new();
        for item in self {
            array.push(&item.to_js());
        }
        array.into()
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        self.as_slice().to_js()
    }
}

impl<const N: usize> ToJs for [f64; N] {
    fn to_js(&self) -> JsValue {
        self.as_slice().to_js()
    }
}

impl ToJs for Bases {
    fn to_js(&self) -> JsValue {
        object(&[
            ("d1", opt_day(self.d1)),
            ("wtd", opt_day(self.wtd)),
            ("mtd", opt_day(self.mtd)),
            ("qtd", opt_day(self.qtd)),
            ("ytd", opt_day(self.ytd)),
            ("y1", opt_day(self.y1)),
        ])
    }
}

impl ToJs for Card {
    fn to_js(&self) -> JsValue {
        object(&[
            ("id", self.id.to_js()),
            ("name", self.name.to_js()),
            ("date", day(self.date)),
            ("close", self.close.to_js()),
            ("d1", self.d1.to_js()),
            ("wtd", self.wtd.to_js()),
            ("mtd", self.mtd.to_js()),
            ("qtd", self.qtd.to_js()),
            ("ytd", self.ytd.to_js()),
            ("y1", self.y1.to_js()),
            ("ath", self.ath.to_js()),
            ("athDate", day(self.ath_date)),
            ("fromAth", self.from_ath.to_js()),
            ("high52", self.high52.to_js()),
            ("low52", self.low52.to_js()),
            ("firstDate", day(self.first_date)),
            ("bases", self.bases.to_js()),
        ])
    }
}

impl ToJs for Line {
    fn to_js(&self) -> JsValue {
        object(&[
            ("id", self.id.to_js()),
            ("name", self.name.to_js()),
            ("baseDate", opt_day(self.base.map(|b| b.0))),
            ("baseClose", self.base.map(|b| b.1).to_js()),
            ("lastDate", opt_day(self.last)),
            ("values", self.values.to_js()),
            ("return", self.ret.to_js()),
            ("rank", self.rank.to_js()),
            ("spread", self.spread.to_js()),
            ("note", self.note.to_js()),
        ])
    }
}

impl ToJs for SmallVsLarge {
    fn to_js(&self) -> JsValue {
        object(&[
            ("small", self.small.to_js()),
            ("large", self.large.to_js()),
            ("values", self.values.to_js()),
            ("last", self.last.to_js()),
        ])
    }
}

impl ToJs for Comparison {
    fn to_js(&self) -> JsValue {
        object(&[
            ("period", self.period.label().to_js()),
            ("to", day(self.to)),
            ("dates", days(&self.dates)),
            ("reference", self.reference.to_js()),
            ("series", self.lines.to_js()),
            ("smallVsLarge", self.small_vs_large.to_js()),
        ])
    }
}

impl ToJs for Tick {
    fn to_js(&self) -> JsValue {
        object(&[
            ("pos", self.pos.to_js()),
            ("label", self.label.to_js()),
            ("value", self.value.to_js()),
            ("date", self.date.to_js()),
            ("unit", self.unit.to_js()),
            ("decimals", self.decimals.to_js()),
        ])
    }
}

impl ToJs for LinePath {
    fn to_js(&self) -> JsValue {
        object(&[
            ("id", self.id.to_js()),
            ("name", self.name.to_js()),
            ("d", self.d.to_js()),
            ("endX", self.end_x.to_js()),
            ("endY", self.end_y.to_js()),
            ("labelY", self.label_y.to_js()),
            ("label", self.label.to_js()),
        ])
    }
}

impl ToJs for SpreadPath {
    fn to_js(&self) -> JsValue {
        object(&[
            ("d", self.d.to_js()),
            ("band", self.band.to_js()),
            ("zeroY", self.zero_y.to_js()),
            ("minLabel", self.min_label.to_js()),
            ("maxLabel", self.max_label.to_js()),
            ("min", self.min.to_js()),
            ("max", self.max.to_js()),
        ])
    }
}

impl ToJs for ChartGeometry {
    fn to_js(&self) -> JsValue {
        object(&[
            ("width", self.width.to_js()),
            ("height", self.height.to_js()),
            ("plot", self.plot.to_js()),
            ("zeroY", self.zero_y.to_js()),
            ("yTicks", self.y_ticks.to_js()),
            ("xTicks", self.x_ticks.to_js()),
            ("lines", self.lines.to_js()),
            ("xs", self.xs.to_js()),
            ("spread", self.spread.to_js()),
        ])
    }
}

impl ToJs for Spark {
    fn to_js(&self) -> JsValue {
        object(&[("d", self.d.to_js()), ("baseY", self.base_y.to_js())])
    }
}

impl ToJs for PathsOut {
    fn to_js(&self) -> JsValue {
        object(&[("chart", self.chart.to_js()), ("sparks", self.sparks.to_js())])
    }
}

impl ToJs for Dir {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(match self {
            Dir::Up => "up",
            Dir::Down => "down",
            Dir::Flat => "flat",
            Dir::None => "none",
        })
    }
}

impl ToJs for Row {
    fn to_js(&self) -> JsValue {
        object(&[
            ("key", self.key.to_js()),
            ("label", self.label.to_js()),
            ("value", self.value.to_js()),
            ("pct", self.pct.to_js()),
            ("text", self.text.to_js()),
            ("dir", self.dir.to_js()),
            ("arrow", self.arrow.to_js()),
            ("note", self.note.to_js()),
            ("reason", self.reason.to_js()),
            ("since", self.since.to_js()),
        ])
    }
}

impl ToJs for Figures {
    fn to_js(&self) -> JsValue {
        object(&[
            ("level", self.level.to_js()),
            ("decimals", self.decimals.to_js()),
            ("ath", self.ath.to_js()),
            ("athDecimals", self.ath_decimals.to_js()),
            ("athDate", self.ath_date.to_js()),
            ("firstDate", self.first_date.to_js()),
            ("low", self.low.to_js()),
            ("high", self.high.to_js()),
            ("fullYear", self.full_year.to_js()),
            ("atHigh", self.at_high.to_js()),
        ])
    }
}

impl ToJs for CardView {
    fn to_js(&self) -> JsValue {
        object(&[
            ("id", self.id.to_js()),
            ("name", self.name.to_js()),
            ("date", self.date.to_js()),
            ("dateLabel", self.date_label.to_js()),
            ("level", self.level.to_js()),
            ("rows", self.rows.to_js()),
            ("high", self.high.to_js()),
            ("highLabel", self.high_label.to_js()),
            ("rangeLabel", self.range_label.to_js()),
            ("spoken", self.spoken.to_js()),
            ("period", self.period.to_js()),
            ("spark", self.spark.to_js()),
            ("note", self.note.to_js()),
            ("reason", self.reason.to_js()),
            ("since", self.since.to_js()),
            ("figures", self.figures.to_js()),
        ])
    }
}

impl ToJs for Bar {
    fn to_js(&self) -> JsValue {
        object(&[
            ("id", self.id.to_js()),
            ("name", self.name.to_js()),
            ("value", self.value.to_js()),
            ("pct", self.pct.to_js()),
            ("text", self.text.to_js()),
            ("dir", self.dir.to_js()),
            ("arrow", self.arrow.to_js()),
            ("start", self.start.to_js()),
            ("width", self.width.to_js()),
        ])
    }
}

impl ToJs for SpreadView {
    fn to_js(&self) -> JsValue {
        object(&[
            ("small", self.small.to_js()),
            ("large", self.large.to_js()),
            ("value", self.value.to_js()),
            ("pp", self.pp.to_js()),
            ("relation", self.relation.to_js()),
            ("text", self.text.to_js()),
            ("dir", self.dir.to_js()),
        ])
    }
}

impl ToJs for View {
    fn to_js(&self) -> JsValue {
        object(&[
            ("date", self.date.to_js()),
            ("dateLabel", self.date_label.to_js()),
            ("period", self.period.to_js()),
            ("periodLabel", self.period_label.to_js()),
            ("cards", self.cards.to_js()),
            ("bars", self.bars.to_js()),
            ("zero", self.zero.to_js()),
            ("compare", self.compare.to_js()),
            ("chart", self.chart.to_js()),
            ("smallVsLarge", self.small_vs_large.to_js()),
            ("firstDate", self.first_date.to_js()),
            ("lastDate", self.last_date.to_js()),
        ])
    }
}

impl ToJs for Format {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(match self {
            Format::Yahoo => "yahoo",
            Format::Stooq => "stooq",
            Format::Fred => "fred",
            Format::Investing => "investing",
            Format::Ohlc => "ohlc",
            Format::Plain => "plain",
        })
    }
}

impl ToJs for Skipped {
    fn to_js(&self) -> JsValue {
        object(&[
            ("line", (self.line as f64).to_js()),
            ("date", self.date.to_js()),
            ("value", self.value.to_js()),
        ])
    }
}

impl ToJs for CsvSeries {
    fn to_js(&self) -> JsValue {
        object(&[
            ("id", self.id.to_js()),
            ("name", self.name.to_js()),
            ("dates", self.dates.to_js()),
            ("closes", self.closes.to_js()),
            ("skipped", self.skipped.to_js()),
            ("format", self.format.to_js()),
            ("column", self.column.to_js()),
        ])
    }
}
