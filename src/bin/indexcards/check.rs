//! `indexcards check`: every `<index-figure>` of a post (HTML or Markdown) computed from the data its `<index-cards>` names, exactly as the element computes it, with the typed text's verdict: `ok`, `MISMATCH` (beyond the typed rounding), `no data` or `ERROR` (markup the element cannot use).
//!
//! Exit code 0 when every figure is fine, 1 when any figure is not, 2 when the post or a data file
//! cannot be read.

use crate::data::{self, Failure, Read};
use crate::element::{self, Kind, Shown, View};
use crate::post::{self, Elements, Format, Source};
use crate::render::{parse_date, parse_lang};
use crate::typed::{self, Group, Separators};
use crate::words;
use indexcards::core::calendar;
use indexcards::core::period::Period;
use indexcards::core::series::Series;
use scraper::{ElementRef, Html};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `indexcards check [OPTIONS] POST`
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// The post: an HTML file, or Markdown with inline HTML.
    #[arg(value_name = "POST")]
    pub post: PathBuf,
    /// Where `src` addresses are found: `src="/data/sp500.csv"` reads DIR/data/sp500.csv, else
    /// DIR/sp500.csv (default: the post's folder).
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// The reader's language, for elements with no `lang` around them (a browser would use its own).
    #[arg(long, value_name = "TAG", default_value = "en-US", value_parser = parse_lang)]
    pub lang: String,
    /// How the post is written.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub format: Format,
}

/// A figure's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The typed figure agrees with the data at its own rounding.
    Ok,
    /// No typed text: the element shows the computed figure.
    Shown,
    Mismatch,
    /// The data has no such figure (or could not be read).
    NoData,
    /// The markup is wrong: an unknown metric, a bad `decimals`, a `for` naming no element.
    Error,
}

impl Verdict {
    fn word(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Shown => "shown",
            Verdict::Mismatch => "MISMATCH",
            Verdict::NoData => "no data",
            Verdict::Error => "ERROR",
        }
    }
    fn fails(self) -> bool {
        matches!(self, Verdict::Mismatch | Verdict::NoData | Verdict::Error)
    }
}

/// One `<index-cards>` of the post and what it computes.
struct Cards {
    /// How the report names it: `#2 id="rut"`.
    label: String,
    /// Where its data came from.
    origin: String,
    locale: String,
    view: Result<View, Problem>,
}

/// Why an element has no figures: its data could not be read (a file problem: exit 2), or the
/// element's attributes do not fit its data (a post problem: exit 1).
#[derive(Debug, Clone)]
enum Problem {
    Data(String),
    Post(String),
}

impl Problem {
    fn message(&self) -> &str {
        match self {
            Problem::Data(m) | Problem::Post(m) => m,
        }
    }
}

/// One row of the report.
struct Row {
    figure: String,
    source: String,
    as_of: String,
    typed: String,
    computed: String,
    verdict: Verdict,
    detail: String,
}

/// Checks the post and prints the report; the exit code says how it went (see the module doc).
pub fn run(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let shown_path = args.post.display().to_string();
    let bytes =
        std::fs::read(&args.post).map_err(|e| Failure(format!("{shown_path}: cannot read the post: {e}")))?;
    let text = data::decode(bytes).map_err(|e| Failure(format!("{shown_path}: {e}")))?;
    let name = args.post.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let format = args.format.of(&name);
    let dir = match &args.data {
        Some(d) => d.clone(),
        None => args.post.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    let doc = Html::parse_document(&post::to_html(&text, format));
    let found = post::elements(&doc);
    let cards: Vec<Cards> =
        found.cards.iter().enumerate().map(|(i, f)| read_cards(i, f.el, &dir, &args.lang)).collect();
    let rows: Vec<Row> = found.figures.iter().map(|f| figure_row(f, &found, &cards)).collect();

    println!(
        "{shown_path} ({}): {} <index-cards>, {} <index-figure>",
        if format == Format::Markdown { "Markdown" } else { "HTML" },
        cards.len(),
        rows.len()
    );
    for c in &cards {
        match &c.view {
            Ok(v) => println!(
                "  {}: {}; {} as of {}",
                c.label,
                c.origin,
                v.shown.iter().map(Shown::id).collect::<Vec<_>>().join(", "),
                calendar::format(v.as_of)
            ),
            Err(p) => println!("  {}: {}; {}", c.label, c.origin, p.message()),
        }
    }
    println!();
    print_table(&rows);
    let count = |v: Verdict| rows.iter().filter(|r| r.verdict == v).count();
    let mut summary: Vec<String> = Vec::new();
    for v in [Verdict::Ok, Verdict::Mismatch, Verdict::NoData, Verdict::Error, Verdict::Shown] {
        let n = count(v);
        if n > 0 {
            summary.push(format!("{n} {}", v.word()));
        }
    }
    println!();
    println!(
        "{} figure(s): {}",
        rows.len(),
        if summary.is_empty() { "none".into() } else { summary.join(", ") }
    );
    let data_problem = cards.iter().any(|c| matches!(c.view, Err(Problem::Data(_))));
    for c in cards.iter().filter(|c| c.view.is_err()) {
        eprintln!(
            "indexcards: {}: {}",
            c.label,
            c.view.as_ref().err().map(Problem::message).unwrap_or_default()
        );
    }
    Ok(if data_problem {
        ExitCode::from(2)
    } else if rows.iter().any(|r| r.verdict.fails()) || cards.iter().any(|c| c.view.is_err()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads one `<index-cards>`'s data and computes its view.
fn read_cards(index: usize, el: ElementRef<'_>, dir: &Path, reader: &str) -> Cards {
    let attr = |n: &str| el.value().attr(n);
    let label = match attr("id") {
        Some(id) => format!("<index-cards #{} id=\"{id}\">", index + 1),
        None => format!("<index-cards #{}>", index + 1),
    };
    let locale = post::cards_locale(el, reader);
    let (origin, read) = match post::source(el) {
        Source::Attribute(json) => {
            ("data-series".to_string(), data::parse_json(&json).map_err(|e| format!("data-series: {e}")))
        }
        Source::Script(json) => (
            "<script type=\"application/json\">".to_string(),
            data::parse_json(&json).map_err(|e| format!("<script type=\"application/json\">: {e}")),
        ),
        Source::Templates(templates) => {
            let mut all = Read { series: Vec::new(), skipped: Vec::new() };
            let mut error = None;
            for (i, t) in templates.iter().enumerate() {
                let id = t.id.clone().unwrap_or_else(|| format!("series{}", i + 1));
                let name = t.name.clone().unwrap_or_else(|| data::default_name(&id));
                match data::parse_csv(&t.text, &id, &name) {
                    Ok(r) => all.series.extend(r.series),
                    Err(e) => {
                        error = Some(format!(
                            "<template data-id=\"{id}\"> (lines counted from the template's first): {e}"
                        ));
                        break;
                    }
                }
            }
            (format!("{} <template> CSV", templates.len()), error.map_or(Ok(all), Err))
        }
        Source::Src { src, id } => {
            let path = post::resolve_src(&src, dir);
            let id = id.unwrap_or_else(|| post::id_from_src(&src));
            let read = if path.is_file() {
                data::read_file(&path, 0, Some(&id), None).map_err(|f| f.0)
            } else {
                Err(format!(
                    "src=\"{src}\": no file {} (give --data the folder the post's files are in)",
                    path.display()
                ))
            };
            (format!("src=\"{src}\" → {}", path.display()), read)
        }
        Source::None => (
            "no data".to_string(),
            Err("no data: no data-series, JSON script, <template> or src".to_string()),
        ),
    };
    let view = read.map_err(Problem::Data).and_then(|r| compute(el, r.series).map_err(Problem::Post));
    Cards { label, origin, locale, view }
}

/// The element's view of its series under its attributes (`series`, `as-of`, `period`, `reference`).
fn compute(el: ElementRef<'_>, all: Vec<Series>) -> Result<View, String> {
    let attr = |n: &str| el.value().attr(n);
    let wanted: Vec<&str> = attr("series")
        .unwrap_or("")
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    let series = if wanted.is_empty() {
        all
    } else {
        let mut chosen = Vec::new();
        for id in &wanted {
            match all.iter().find(|s| s.id() == *id) {
                Some(s) => chosen.push(s.clone()),
                None => return Err(format!("series=\"{}\": no series with id \"{id}\"", wanted.join(","))),
            }
        }
        chosen
    };
    let as_of = match attr("as-of") {
        Some(a) => Some(parse_date(a).map_err(|e| format!("as-of=\"{a}\": {e}"))?),
        None => None,
    };
    let period = match attr("period") {
        Some(p) => {
            Period::parse(p).ok_or_else(|| format!("period=\"{p}\" must be one of {}", Period::NAMES))?
        }
        None => Period::Ytd,
    };
    element::view(series, as_of, period, attr("reference").filter(|r| !r.is_empty()))
}

/// The source of a figure: the `<index-cards>` named by `for`, else the nearest one before it,
/// else the first in the post.
fn source_of(figure: &post::Found<'_>, found: &Elements<'_>) -> Result<Option<usize>, String> {
    if let Some(id) = figure.el.value().attr("for") {
        let named = found.by_id.get(id).filter(|f| f.el.value().name() == "index-cards");
        return match named.and_then(|n| found.cards.iter().position(|c| c.order == n.order)) {
            Some(i) => Ok(Some(i)),
            None => Err(format!("for=\"{id}\": no <index-cards id=\"{id}\"> in the post")),
        };
    }
    let before = found.cards.iter().rposition(|c| c.order < figure.order);
    Ok(before.or(if found.cards.is_empty() { None } else { Some(0) }))
}

/// Separators as a locale writes them, to show a computed figure as the author would type it.
fn local(x: f64, decimals: u32, sep: Separators) -> String {
    let group = match sep.group {
        Group::Comma => ",",
        Group::Dot => ".",
        Group::Space => "\u{a0}",
        Group::Apostrophe => "’",
    };
    words::digits(x, decimals, group, &sep.decimal.to_string())
}

fn figure_row(figure: &post::Found<'_>, found: &Elements<'_>, cards: &[Cards]) -> Row {
    let el = figure.el;
    let series = el.value().attr("series").unwrap_or("").to_string();
    let metric = el.value().attr("metric").unwrap_or("ytd").to_string();
    let typed = post::text_content(*el).trim().to_string();
    let mut row = Row {
        figure: format!("{} {metric}", if series.is_empty() { "(no series)" } else { &series }),
        source: String::new(),
        as_of: String::new(),
        typed: typed.clone(),
        computed: String::new(),
        verdict: Verdict::Error,
        detail: String::new(),
    };
    let Some(kind) = element::kind_of(&metric) else {
        row.detail = format!("unknown metric \"{metric}\"; the metrics are {}", element::METRICS.join(", "));
        return row;
    };
    let decimals_attr = el.value().attr("decimals");
    let forced = match decimals_attr.map(str::trim) {
        None => None,
        Some(d) if d.len() == 1 && d.chars().all(|c| ('0'..='6').contains(&c)) => d.parse::<u32>().ok(),
        Some(d) => {
            row.detail = format!("decimals=\"{d}\" must be a whole number from 0 to 6");
            return row;
        }
    };
    let index = match source_of(figure, found) {
        Ok(Some(i)) => i,
        Ok(None) => {
            row.detail = "no <index-cards> in the post to take the figure from".into();
            return row;
        }
        Err(e) => {
            row.detail = e;
            return row;
        }
    };
    let Some(source) = cards.get(index) else { return row };
    row.source = format!("#{}", index + 1);
    let locale = post::figure_locale(el, Some(&source.locale));
    let sep = typed::separators(&locale);
    row.verdict = Verdict::NoData;
    let view = match &source.view {
        Ok(v) => v,
        Err(p) => {
            row.detail = format!("{} has no figures: {}", source.label, p.message());
            return row;
        }
    };
    row.as_of = calendar::format(view.as_of);
    let card = match view.shown.iter().find(|s| s.id() == series) {
        Some(Shown::Card(card)) => card,
        Some(Shown::Missing { first, .. }) => {
            row.detail = format!(
                "no close by {}: the data of \"{series}\" starts {}",
                row.as_of,
                calendar::format(*first)
            );
            return row;
        }
        None => {
            let ids: Vec<&str> = view.shown.iter().map(Shown::id).collect();
            row.detail = format!("no series \"{series}\" in {} (it has {})", source.label, ids.join(", "));
            return row;
        }
    };
    let Some(Some(value)) = element::value(card, &metric) else {
        row.detail =
            format!("{} has no {metric} figure as of {} (no close before the period)", card.name, row.as_of);
        return row;
    };
    let parsed = if typed.is_empty() { None } else { typed::parse(&typed, sep) };
    let default = match kind {
        Kind::Percent => 1,
        Kind::Level => u32::from(card.level_decimals),
    };
    let decimals = forced.or(parsed.map(|p| p.decimals)).unwrap_or(default);
    let shown = typed::shown(value, kind, decimals);
    let sign = if shown > 0.0 && kind == Kind::Percent {
        "+"
    } else if shown < 0.0 {
        words::MINUS
    } else {
        ""
    };
    let unit = if kind == Kind::Percent { "%" } else { "" };
    row.computed = format!("{sign}{}{unit}", local(shown, decimals, sep));
    let stale = card
        .stale
        .then(|| format!("last close {}, older than the date shown", calendar::format(card.date.day())));
    if typed.is_empty() {
        row.verdict = Verdict::Shown;
        row.detail = stale.unwrap_or_default();
        return row;
    }
    match parsed {
        Some(p) if typed::agrees(&p, value, kind, decimals) => {
            row.verdict = Verdict::Ok;
            row.detail = stale.unwrap_or_default();
        }
        Some(p) => {
            row.verdict = Verdict::Mismatch;
            let precise = if kind == Kind::Percent { decimals.max(1) + 1 } else { 2 };
            let exact = match kind {
                Kind::Percent => words::percent(value, precise),
                Kind::Level => words::level(value, precise),
            };
            let h = 0.5 * 10f64.powi(-(decimals as i32));
            let bounds = |a: f64, b: f64| format!("{:.prec$}, {:.prec$}", a, b, prec = decimals as usize + 1);
            let covers = if p.value >= 0.0 {
                format!("[{})", bounds(p.value - h, p.value + h))
            } else {
                format!("({}]", bounds(p.value - h, p.value + h))
            };
            let sign_note = if p.signed { "" } else { " in size" };
            row.detail = format!("the data gives {exact}; \"{typed}\" covers {covers}{sign_note} ({locale})");
            if decimals_attr.is_some() {
                row.detail.push_str(&format!("; decimals=\"{decimals}\""));
            }
        }
        None => {
            row.verdict = Verdict::Mismatch;
            let group = match sep.group {
                Group::Comma => "\",\"",
                Group::Dot => "\".\"",
                Group::Space => "a space",
                Group::Apostrophe => "\"'\"",
            };
            row.detail = format!(
                "no figure can be read from the text in {locale} (decimal \"{}\", groups {group})",
                sep.decimal
            );
        }
    }
    row
}

/// The report's table, in columns padded to their widest cell.
fn print_table(rows: &[Row]) {
    let header = ["#", "figure", "from", "as of", "typed", "computed", "verdict", "detail"];
    let cells: Vec<[String; 8]> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            [
                (i + 1).to_string(),
                r.figure.clone(),
                r.source.clone(),
                r.as_of.clone(),
                r.typed.clone(),
                r.computed.clone(),
                r.verdict.word().to_string(),
                r.detail.clone(),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cols: Vec<&str>| {
        let mut out = String::new();
        for (i, (c, w)) in cols.iter().zip(widths).enumerate() {
            if i + 1 == cols.len() {
                out.push_str(c);
            } else {
                out.push_str(c);
                out.push_str(&" ".repeat(w - c.chars().count() + 2));
            }
        }
        println!("{}", out.trim_end());
    };
    line(header.to_vec());
    for row in &cells {
        line(row.iter().map(String::as_str).collect());
    }
}
