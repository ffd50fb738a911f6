//! `indexcards render`: an `<index-cards>` element whose light DOM holds a static fallback (a table of every card's figures and the comparison as inline SVG, styled with inline attributes only) and the series as a `<script type="application/json">` child for the live element.
//!
//! The fallback's markup contract (docs/cli.md): one `<div data-indexcards-fallback>` first
//! child, `data-chart-width`/`data-chart-height` giving the SVG's size (the element's default
//! chart size), then the JSON script. Once the element attaches its shadow root (no `<slot>`),
//! the light DOM is no longer rendered.

use crate::data::{self, Failure};
use crate::element::{self, Shown, View};
use crate::html::{escape, script_json};
use crate::svg::{self, color, DOWN, FONT, MUTED, TEXT, UP};
use crate::words::{self, DASH};
use indexcards::core::calendar::{self, Day};
use indexcards::core::compare::Relation;
use indexcards::core::metrics::{Card, Note};
use indexcards::core::period::Period;
use indexcards::core::request::{ChartRequest, Size};
use indexcards::core::series::Series;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;

/// `indexcards render [OPTIONS] FILE...`
#[derive(clap::Args, Debug)]
pub struct RenderArgs {
    /// CSV files (Yahoo, Stooq, FRED, Investing.com, date,close …) or JSON series files. A CSV's
    /// series id is its file name without the extension (russell2000.csv → russell2000).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The date the cards show: the last close on or before it (default: the latest date).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Day>,
    /// The comparison's (and the chart's) period: 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y or MAX.
    #[arg(long, value_name = "PERIOD", default_value = "YTD", value_parser = parse_period)]
    pub period: Period,
    /// The series to show, in this order, by id (default: every file's, in the order given).
    #[arg(long, value_name = "ID,ID…", value_delimiter = ',')]
    pub series: Vec<String>,
    /// The series the comparison's spreads (pp) are measured against.
    #[arg(long, value_name = "ID")]
    pub reference: Option<String>,
    /// The live element's language (its `lang` attribute, e.g. de-DE); the fallback is English.
    #[arg(long, value_name = "TAG", value_parser = parse_lang)]
    pub lang: Option<String>,
    /// Embed only closes from this date on (a smaller post; returns and the closing high then
    /// reach back no further).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub since: Option<Day>,
    /// A series' display name (default: the usual name of a well-known index, else its id).
    #[arg(long = "name", value_name = "ID=NAME", value_parser = parse_name)]
    pub names: Vec<(String, String)>,
}

/// A `YYYY-MM-DD` argument.
pub fn parse_date(text: &str) -> Result<Day, String> {
    calendar::parse(text).map_err(|e| e.to_string())
}

fn parse_period(text: &str) -> Result<Period, String> {
    Period::parse(text).ok_or_else(|| format!("{text:?} is not a period; the periods are {}", Period::NAMES))
}

/// A language tag of the usual shape (`en`, `de-DE`, `zh-Hant-TW`).
pub fn parse_lang(text: &str) -> Result<String, String> {
    let mut parts = text.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rest_ok = parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(text.to_string())
    } else {
        Err(format!("{text:?} is not a language tag such as en, en-US or de-DE"))
    }
}

fn parse_name(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((id, name)) if !id.trim().is_empty() && !name.trim().is_empty() => {
            Ok((id.trim().to_string(), name.trim().to_string()))
        }
        _ => Err(format!("{text:?} is not ID=NAME, e.g. --name rut=\"Russell 2000\"")),
    }
}

/// The series as the element's JSON child holds them.
#[derive(Serialize)]
struct JsonSeries<'a> {
    id: &'a str,
    name: &'a str,
    dates: Vec<String>,
    closes: &'a [f64],
}

/// Reads the files, selects and trims the series, and renders the element (see the module doc).
pub fn run(args: &RenderArgs) -> Result<String, Failure> {
    let names: HashMap<&str, &str> = args.names.iter().map(|(i, n)| (i.as_str(), n.as_str())).collect();
    let mut all: Vec<(Series, String)> = Vec::new();
    for (index, path) in args.files.iter().enumerate() {
        let read = data::read_file(path, index, None, None)?;
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        report_skipped(&path.display().to_string(), &read.skipped);
        for s in read.series {
            if let Some((_, other)) = all.iter().find(|(t, _)| t.id() == s.id()) {
                return Err(Failure(format!(
                    "two series have the id {:?}: in {other} and in {file}; rename one of the files",
                    s.id()
                )));
            }
            all.push((s, file.clone()));
        }
    }
    for id in names.keys() {
        if !all.iter().any(|(s, _)| s.id() == *id) {
            return Err(Failure(format!(
                "--name {id}=…: no series has the id {id:?}; the ids are {}",
                ids(&all)
            )));
        }
    }
    let chosen: Vec<(Series, String)> = if args.series.is_empty() {
        all
    } else {
        let mut chosen = Vec::new();
        for id in &args.series {
            if chosen.iter().any(|(s, _): &(Series, String)| s.id() == id) {
                return Err(Failure(format!("--series names {id:?} twice")));
            }
            match all.iter().find(|(s, _)| s.id() == id) {
                Some(found) => chosen.push(found.clone()),
                None => {
                    return Err(Failure(format!(
                        "--series {id:?}: no series has that id; the ids are {}",
                        ids(&all)
                    )))
                }
            }
        }
        chosen
    };
    let mut series = Vec::with_capacity(chosen.len());
    let mut files = Vec::with_capacity(chosen.len());
    let mut trimmed = Vec::with_capacity(chosen.len());
    for (s, file) in chosen {
        let before = s.len();
        let s = prepare(s, args.since, &names)?;
        trimmed.push(s.len() < before);
        series.push(s);
        if !files.contains(&file) {
            files.push(file);
        }
    }
    let view = element::view(series, args.as_of, args.period, args.reference.as_deref())
        .map_err(|e| Failure(format!("--as-of/--period/--reference: {e}")))?;
    let html = render(&view, args, &files, &trimmed)?;
    if args.lang.as_deref().is_some_and(|l| !l.to_ascii_lowercase().starts_with("en")) {
        eprintln!("indexcards: note: the fallback table and chart are worded in English (en-US numbers); the live element words them in {}", args.lang.as_deref().unwrap_or_default());
    }
    eprintln!(
        "indexcards: rendered {} series, {} closes ({} KB of data in the element; --since embeds less)",
        view.deck.len(),
        view.deck.series().map(Series::len).sum::<usize>(),
        html.len() / 1024
    );
    Ok(html)
}

/// A series trimmed to `since` and renamed by `--name`.
fn prepare(s: Series, since: Option<Day>, names: &HashMap<&str, &str>) -> Result<Series, Failure> {
    let name = names.get(s.id()).copied();
    let from = since.map_or(0, |d| s.days().partition_point(|&x| x < d));
    if from == 0 && name.is_none() {
        return Ok(s);
    }
    if from >= s.len() {
        let last = s.days().last().copied().unwrap_or_default();
        return Err(Failure(format!(
            "--since {} leaves no closes of {:?}, whose last date is {}",
            since.map(calendar::format).unwrap_or_default(),
            s.id(),
            calendar::format(last)
        )));
    }
    let days = s.days().get(from..).unwrap_or_default().to_vec();
    let closes = s.closes().get(from..).unwrap_or_default().to_vec();
    Series::new(s.id(), name.unwrap_or(s.name()), days, closes).map_err(|e| Failure(e.to_string()))
}

fn ids(all: &[(Series, String)]) -> String {
    all.iter().map(|(s, _)| s.id()).collect::<Vec<_>>().join(", ")
}

/// Tells on stderr which days were left out as missing-value markers (nothing is dropped silently).
fn report_skipped(file: &str, skipped: &[(String, u64)]) {
    if skipped.is_empty() {
        return;
    }
    let lines: Vec<String> = skipped.iter().take(5).map(|(_, l)| l.to_string()).collect();
    let more = if skipped.len() > 5 { ", …" } else { "" };
    eprintln!(
        "indexcards: note: {file}: {} day(s) without a close (\".\", \"null\" or empty) left out: line {}{more}",
        skipped.len(),
        lines.join(", ")
    );
}

/// A return column: its short name, the card's value and the card's note for it.
type ReturnColumn = (&'static str, fn(&Card) -> Option<f64>, fn(&Card) -> Option<Note>);

/// The columns of the fallback table: the returns every card has, by their short names.
const RETURNS: [ReturnColumn; 4] = [
    ("1D", |c| c.d1, |c| c.notes.d1),
    ("WTD", |c| c.wtd, |c| c.notes.wtd),
    ("MTD", |c| c.mtd, |c| c.notes.mtd),
    ("YTD", |c| c.ytd, |c| c.notes.ytd),
];

/// Cell styles: inline only, as email clients keep them.
const CELL: &str =
    "padding:4px 8px;border-bottom:1px solid #dde1e8;text-align:right;white-space:nowrap;vertical-align:top;";
const HEAD: &str = "padding:4px 8px;border-bottom:2px solid #dde1e8;text-align:right;white-space:nowrap;font-weight:600;color:#545b69;font-size:12px;";

/// A return's cell: the signed percentage in the color of its direction, or "—" when a note says
/// not to show it.
fn return_cell(value: Option<f64>, note: Option<Note>) -> String {
    let hidden = matches!(note, Some(Note::NoPrior | Note::NoEarlier));
    match value.filter(|_| !hidden) {
        None => format!("<td style=\"{CELL}color:{MUTED};\">{DASH}</td>"),
        Some(v) => {
            let r = words::round_half_away(v * 100.0, 1);
            let c = if r > 0.0 {
                UP
            } else if r < 0.0 {
                DOWN
            } else {
                TEXT
            };
            format!("<td style=\"{CELL}color:{c};\">{}</td>", escape(&words::percent(v, 1)))
        }
    }
}

/// The element with its fallback and data.
/// `trimmed[i]`: `--since` cut series `i`'s earlier closes, so its closing high is "in data since".
fn render(view: &View, args: &RenderArgs, files: &[String], trimmed: &[bool]) -> Result<String, Failure> {
    let c = &view.comparison;
    let period = args.period;
    let extra = !matches!(period, Period::Wtd | Period::Mtd | Period::Ytd);
    let reference_name =
        c.series.iter().find(|l| l.id == c.reference).map(|l| l.name.clone()).unwrap_or_default();
    let width = Size::CHART.width;
    let height = Size::CHART.height;

    let mut out = String::new();
    out.push_str(&format!(
        "<index-cards as-of=\"{}\" period=\"{}\"",
        calendar::format(view.as_of),
        period.key()
    ));
    // The ids, though the JSON child holds just these: the live element's placeholder keeps this
    // many cards' space before its data is parsed, so the page does not move when it renders.
    let ids: Vec<&str> = view.deck.series().map(Series::id).collect();
    out.push_str(&format!(" series=\"{}\"", escape(&ids.join(","))));
    if let Some(r) = &args.reference {
        out.push_str(&format!(" reference=\"{}\"", escape(r)));
    }
    if let Some(l) = &args.lang {
        out.push_str(&format!(" lang=\"{}\"", escape(l)));
    }
    out.push_str(">\n");
    out.push_str(&format!(
        "<div data-indexcards-fallback=\"\" data-chart-width=\"{width}\" data-chart-height=\"{height}\" lang=\"en\" \
         style=\"box-sizing:border-box;max-width:{width}px;margin:0;padding:12px 0;font-family:{FONT};font-size:14px;\
         line-height:1.4;color:{TEXT};background:#ffffff;\">\n"
    ));
    out.push_str(&format!(
        "<p style=\"margin:0 0 8px;font-size:16px;font-weight:600;\">As of {} · {}</p>\n",
        words::date(view.as_of),
        escape(&capitalized(&words::period_name(period)))
    ));

    // The table of cards.
    out.push_str(&format!(
        "<table style=\"border-collapse:collapse;width:100%;font-size:13px;color:{TEXT};\">\n<caption style=\"text-align:left;\
         font-size:12px;color:{MUTED};padding:0 0 4px;\">Index figures from daily closes</caption>\n<thead><tr>"
    ));
    out.push_str(&format!("<th scope=\"col\" style=\"{HEAD}text-align:left;\">Index</th>"));
    out.push_str(&format!("<th scope=\"col\" style=\"{HEAD}\">Level</th>"));
    for (short, _, _) in RETURNS {
        out.push_str(&format!("<th scope=\"col\" style=\"{HEAD}\">{short}</th>"));
    }
    if extra {
        out.push_str(&format!("<th scope=\"col\" style=\"{HEAD}\">{}</th>", period.key()));
    }
    if args.reference.is_some() {
        out.push_str(&format!(
            "<th scope=\"col\" style=\"{HEAD}\">{} vs {}</th>",
            period.key(),
            escape(&reference_name)
        ));
    }
    out.push_str(&format!("<th scope=\"col\" style=\"{HEAD}\">From closing high</th>"));
    out.push_str(&format!("<th scope=\"col\" style=\"{HEAD}\">Close of</th>"));
    out.push_str(&format!("<th scope=\"col\" style=\"{HEAD}text-align:left;\">Notes</th>"));
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, shown) in view.shown.iter().enumerate() {
        let line = c.series.get(i);
        out.push_str(&format!(
            "<tr data-id=\"{}\"><th scope=\"row\" style=\"{CELL}text-align:left;font-weight:600;\">\
             <span aria-hidden=\"true\" style=\"color:{};\">━</span> {}</th>",
            escape(shown.id()),
            color(i),
            escape(shown.name())
        ));
        let mut notes: Vec<String> = Vec::new();
        match shown {
            Shown::Missing { first, .. } => {
                let blanks = 3 + RETURNS.len() + usize::from(extra) + usize::from(args.reference.is_some());
                for _ in 0..blanks {
                    out.push_str(&format!("<td style=\"{CELL}color:{MUTED};\">{DASH}</td>"));
                }
                notes.push(format!(
                    "no close by {}: the data starts {}",
                    words::date(view.as_of),
                    words::date(*first)
                ));
            }
            Shown::Card(card) => {
                let decimals = u32::from(card.level_decimals);
                out.push_str(&format!("<td style=\"{CELL}\">{}</td>", words::level(card.close, decimals)));
                for (short, value, note) in RETURNS {
                    out.push_str(&return_cell(value(card), note(card)));
                    if let Some(n) = note(card) {
                        notes.push(format!("{short}: {}", words::note(&n)));
                    }
                }
                if extra {
                    out.push_str(&return_cell(line.and_then(|l| l.ret), None));
                    if line.is_some_and(|l| l.ret.is_none()) {
                        notes.push(format!("{}: no close before the period in the data", period.key()));
                    }
                }
                if args.reference.is_some() {
                    match line.and_then(|l| l.spread) {
                        Some(pp) => out.push_str(&format!("<td style=\"{CELL}\">{}</td>", words::points(pp))),
                        None => out.push_str(&format!("<td style=\"{CELL}color:{MUTED};\">{DASH}</td>")),
                    }
                }
                let ath_decimals = u32::from(indexcards::core::metrics::level_decimals(card.ath));
                let mut high = words::closing_high(card.ath, ath_decimals, card.ath_date.day());
                if trimmed.get(i).copied().unwrap_or(false) {
                    high.push_str(&format!(" (in the data since {})", words::date(card.first_date.day())));
                }
                out.push_str(&format!("<td style=\"{CELL}\">{}</td>", words::percent(card.from_ath, 1)));
                notes.push(high);
                let stale_style =
                    if card.stale { format!("color:{DOWN};font-weight:600;") } else { String::new() };
                out.push_str(&format!(
                    "<td style=\"{CELL}{stale_style}\">{}</td>",
                    words::date(card.date.day())
                ));
                if card.stale {
                    notes.push(format!(
                        "last close {}, older than the date shown",
                        words::date(card.date.day())
                    ));
                }
            }
        }
        out.push_str(&format!(
            "<td style=\"{CELL}text-align:left;white-space:normal;min-width:150px;font-size:12px;color:{MUTED};\">{}</td></tr>\n",
            escape(&notes.join("; "))
        ));
    }
    out.push_str("</tbody>\n</table>\n");

    // What the comparison says beyond the table.
    let mut lines: Vec<String> = Vec::new();
    if c.date.day() != view.as_of {
        lines.push(format!(
            "The {} comparison is on {}, the latest date every series has.",
            words::period_name(period),
            words::date(c.date.day())
        ));
    }
    if let Some(sl) = &c.small_vs_large {
        let name =
            |id: &str| c.series.iter().find(|l| l.id == id).map(|l| l.name.clone()).unwrap_or_default();
        let (small, large) = (name(&sl.small), name(&sl.large));
        let by =
            sl.value.map(|v| words::points(v.abs()).trim_start_matches('+').to_string()).unwrap_or_default();
        let sentence = match sl.relation {
            Relation::Leads => Some(format!("Small caps ({small}) lead large caps ({large}) by {by}")),
            Relation::Trails => Some(format!("Small caps ({small}) trail large caps ({large}) by {by}")),
            Relation::Matches => Some(format!("Small caps ({small}) match large caps ({large})")),
            Relation::None => None,
        };
        if let Some(s) = sentence {
            lines.push(format!("{s}, {}.", words::period_name(period)));
        }
    }
    for l in &lines {
        out.push_str(&format!("<p style=\"margin:8px 0 0;font-size:13px;\">{}</p>\n", escape(l)));
    }

    // The chart.
    let chart = view
        .deck
        .chart(&ChartRequest {
            compare: view.request.clone(),
            width,
            height,
            spark: Size::SPARK,
            crosshair: true,
        })
        .map_err(|e| Failure(e.to_string()))?;
    let summary: Vec<String> = c
        .series
        .iter()
        .map(|l| format!("{} {}", l.name, l.ret.map_or_else(|| DASH.to_string(), |r| words::percent(r, 1))))
        .collect();
    let title = format!(
        "{} comparison as of {}: {}",
        capitalized(&words::period_name(period)),
        words::date(c.date.day()),
        summary.join(", ")
    );
    out.push_str("<div style=\"margin:12px 0 0;\">\n");
    out.push_str(&svg::chart_svg(&chart, &title, "Small caps − large caps (pp)"));
    out.push_str("\n</div>\n");
    out.push_str(&format!(
        "<p style=\"margin:8px 0 0;font-size:12px;color:{MUTED};\">Daily closes: {}. Computed by indexcards {}.</p>\n",
        escape(&files.join(", ")),
        env!("CARGO_PKG_VERSION")
    ));
    out.push_str("</div>\n");

    // The data for the live element.
    let json: Vec<JsonSeries> = view
        .deck
        .series()
        .map(|s| JsonSeries {
            id: s.id(),
            name: s.name(),
            dates: s.days().iter().map(|&d| calendar::format(d)).collect(),
            closes: s.closes(),
        })
        .collect();
    let json =
        serde_json::to_string(&json).map_err(|e| Failure(format!("cannot write the data as JSON: {e}")))?;
    out.push_str("<script type=\"application/json\">");
    out.push_str(&script_json(&json));
    out.push_str("</script>\n</index-cards>\n");
    Ok(out)
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
