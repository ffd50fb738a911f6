//! The `indexcards` command-line tool, run as a user runs it: `render`'s fallback figures equal the core's (the table read back and compared with cards computed from the element's own JSON), its HTML is well formed and escapes hostile names, and `check`'s table and exit codes for agreeing, disagreeing, missing and bad data, on synthetic files always and on ../shared/data when it is there.

use indexcards::core::deck::Deck;
use indexcards::core::metrics::{Card, Note};
use indexcards::core::request::AsOf;
use indexcards::input::raw::Raw;
use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_indexcards");

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("indexcards-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the tool: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// A `date,close` CSV of every weekday from `from` to `to` (ISO dates), closes a deterministic
/// random walk starting at `start`.
fn walk_csv(from: &str, to: &str, start: f64, seed: u64) -> String {
    use indexcards::core::calendar;
    let (a, b) = (calendar::parse(from).unwrap(), calendar::parse(to).unwrap());
    let mut state = seed;
    let mut close = start;
    let mut out = String::from("date,close\n");
    for day in a..=b {
        if calendar::weekday(day) >= 5 {
            continue;
        }
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let step = ((state >> 33) as f64 / (1u64 << 31) as f64 - 0.5) * 0.04;
        close = (close * (1.0 + step) * 100.0).round() / 100.0;
        out.push_str(&format!("{},{close}\n", calendar::format(day)));
    }
    out
}

/// The cards the element's JSON data gives at `as_of`: what the live element shows.
fn cards_from_json(html: &Html, as_of: &str) -> Vec<Card> {
    let script = html
        .select(&Selector::parse("index-cards > script[type=\"application/json\"]").unwrap())
        .next()
        .unwrap();
    let raw: Raw = serde_json::from_str(&script.text().collect::<String>()).unwrap();
    let deck = Deck::from_series(indexcards::input::series::read_list(raw).unwrap());
    let day = indexcards::core::calendar::parse(as_of).unwrap();
    // A series whose data starts after the date has no card (the element says so instead).
    (0..deck.len()).filter_map(|i| deck.card_at(i, AsOf::on(day)).ok()).collect()
}

fn text(el: ElementRef<'_>) -> String {
    el.text().collect::<String>().trim().to_string()
}

/// A shown figure read back: "+18.7%" → 18.7, "−1.5%" → −1.5, "2,406.67" → 2406.67.
fn number(shown: &str) -> f64 {
    let t: String =
        shown.replace('\u{2212}', "-").chars().filter(|c| !matches!(c, ',' | '%' | '+')).collect();
    t.trim().parse().unwrap_or_else(|_| panic!("not a number: {shown:?}"))
}

/// The fallback table's rows: (data-id, cells by column header).
fn table(html: &Html) -> Vec<(String, Vec<(String, String)>)> {
    let heads: Vec<String> =
        html.select(&Selector::parse("[data-indexcards-fallback] thead th").unwrap()).map(text).collect();
    html.select(&Selector::parse("[data-indexcards-fallback] tbody tr").unwrap())
        .map(|tr| {
            let cells: Vec<String> = tr.children().filter_map(ElementRef::wrap).map(text).collect();
            (tr.value().attr("data-id").unwrap().to_string(), heads.iter().cloned().zip(cells).collect())
        })
        .collect()
}

fn cell<'a>(row: &'a [(String, String)], head: &str) -> &'a str {
    &row.iter().find(|(h, _)| h == head).unwrap_or_else(|| panic!("no column {head}")).1
}

/// Asserts that a shown percentage is the fraction rounded to one decimal, or "—" when hidden.
fn assert_percent(shown: &str, value: Option<f64>, note: Option<Note>, what: &str) {
    let hidden = matches!(note, Some(Note::NoPrior | Note::NoEarlier));
    match value.filter(|_| !hidden) {
        None => assert_eq!(shown, "—", "{what}"),
        Some(v) => {
            let n = number(shown);
            assert!((n - v * 100.0).abs() <= 0.05 + 1e-9, "{what}: shown {shown}, core {}", v * 100.0);
            if n != 0.0 {
                assert_eq!(n > 0.0, v > 0.0, "{what}: sign");
                assert!(shown.starts_with(if v > 0.0 { '+' } else { '\u{2212}' }), "{what}: {shown}");
            }
        }
    }
}

/// Checks that tags open and close in order (void `<br>` and self-closed `/>` aside), that text
/// holds no raw `<`, and that no attribute value is unquoted.
fn assert_well_formed(html: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("a tag that never closes");
        let tag = &after[..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        assert!(!name.is_empty(), "a raw '<' in text near {:?}", &rest[start..(start + 40).min(rest.len())]);
        if let Some(closing) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("</{closing}> closes nothing"));
            assert_eq!(open, name, "</{name}> closes <{open}>");
        } else if !(tag.ends_with('/') || name == "br") {
            stack.push(name.clone());
        }
        // Every attribute value is double-quoted: no `=x` without a quote.
        for (i, _) in tag.match_indices('=') {
            let next = tag[i + 1..].chars().next();
            let inside_quotes = tag[..i].matches('"').count() % 2 == 1;
            assert!(inside_quotes || next == Some('"'), "unquoted attribute in <{tag}>");
        }
        rest = &after[end + 1..];
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn render_fallback_figures_equal_the_cores_and_the_data_is_the_files() {
    let dir = folder("render");
    let a = write(&dir, "alpha.csv", &walk_csv("2023-06-01", "2024-11-22", 2000.0, 1));
    let b = write(&dir, "sp500.csv", &walk_csv("2022-01-03", "2024-11-22", 4000.0, 2));
    let c = write(&dir, "late.csv", &walk_csv("2024-11-25", "2024-12-06", 50.0, 3));
    let (code, out, err) =
        run(&["render", "--as-of", "2024-11-22", "--period", "QTD", "--reference", "sp500", &a, &b, &c]);
    assert_eq!(code, 0, "{err}");
    assert_well_formed(&out);
    let html = Html::parse_fragment(&out);
    let el = html.select(&Selector::parse("index-cards").unwrap()).next().unwrap();
    assert_eq!(el.value().attr("as-of"), Some("2024-11-22"));
    assert_eq!(el.value().attr("period"), Some("QTD"));
    assert_eq!(el.value().attr("reference"), Some("sp500"));
    // The ids of the data, in its order: the live element's placeholder keeps three cards' space.
    assert_eq!(el.value().attr("series"), Some("alpha,sp500,late"));
    // The fallback comes first and the SVG is the element's default chart size.
    let first = el.children().filter_map(ElementRef::wrap).next().unwrap();
    assert!(first.value().attr("data-indexcards-fallback").is_some());
    assert_eq!(
        (first.value().attr("data-chart-width"), first.value().attr("data-chart-height")),
        (Some("720"), Some("360"))
    );
    let svg = html.select(&Selector::parse("[data-indexcards-fallback] svg").unwrap()).next().unwrap();
    assert_eq!((svg.value().attr("width"), svg.value().attr("height")), (Some("720"), Some("360")));
    assert!(html.select(&Selector::parse("[data-indexcards-fallback] svg path").unwrap()).count() >= 2);
    // Styled only inline: no classes, no <style>, no scripts or images in the fallback.
    for bad in ["[class]", "style", "script", "img", "link"] {
        let sel = Selector::parse(&format!("[data-indexcards-fallback] {bad}")).unwrap();
        assert_eq!(html.select(&sel).count(), 0, "{bad} in the fallback");
    }

    // The element's data is the files' closes, exactly.
    let script = html
        .select(&Selector::parse("index-cards > script[type=\"application/json\"]").unwrap())
        .next()
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).unwrap();
    let written = std::fs::read_to_string(&a).unwrap();
    let rows: Vec<&str> = written.lines().skip(1).collect();
    assert_eq!(json[0]["id"], "alpha");
    assert_eq!(json[1]["name"], "S&P 500");
    assert_eq!(json[0]["dates"].as_array().unwrap().len(), rows.len());
    let (d, close) = rows[7].split_once(',').unwrap();
    assert_eq!(
        (json[0]["dates"][7].as_str().unwrap(), json[0]["closes"][7].as_f64().unwrap()),
        (d, close.parse().unwrap())
    );

    // Every figure of the table is the core's, from that data.
    let as_of = "2024-11-22";
    let cards = cards_from_json(&Html::parse_fragment(&out), "2024-11-22");
    let rows = table(&html);
    assert_eq!(rows.len(), 3);
    for (card, (id, row)) in cards.iter().take(2).zip(&rows) {
        assert_eq!(&card.id, id);
        let level = cell(row, "Level");
        assert!((number(level) - card.close).abs() < 0.005 + 1e-9, "{id} level {level} vs {}", card.close);
        assert_percent(cell(row, "1D"), card.d1, card.notes.d1, "1D");
        assert_percent(cell(row, "WTD"), card.wtd, card.notes.wtd, "WTD");
        assert_percent(cell(row, "MTD"), card.mtd, card.notes.mtd, "MTD");
        assert_percent(cell(row, "YTD"), card.ytd, card.notes.ytd, "YTD");
        assert_percent(cell(row, "QTD"), card.qtd, card.notes.qtd, "QTD");
        assert_percent(cell(row, "From closing high"), Some(card.from_ath), None, "from high");
        assert_eq!(cell(row, "Close of"), "Nov 22, 2024");
        assert!(cell(row, "Notes").contains("closing high"), "{id}");
    }
    assert_eq!(cell(&rows[1].1, "QTD vs S&P 500"), "0.0 pp");
    // A series whose data starts after the as-of date has a row that says so.
    let late = &rows[2].1;
    assert_eq!(cell(late, "Level"), "—");
    assert!(cell(late, "Notes").contains("the data starts Nov 25, 2024"), "{late:?}");
    assert!(as_of < "2024-11-25");
}

#[test]
fn render_escapes_hostile_names_in_html_svg_and_json() {
    let dir = folder("hostile");
    let a = write(&dir, "a.csv", &walk_csv("2024-01-02", "2024-03-01", 10.0, 4));
    let hostile = "<img src=x onerror=alert(1)> & \"quotes\" </script><!--";
    let name = format!("a={hostile}");
    let (code, out, err) = run(&["render", "--name", &name, &a]);
    assert_eq!(code, 0, "{err}");
    assert_well_formed(&out);
    assert!(!out.contains("<img") && !out.contains("</script><!--"), "raw markup from data in the output");
    let html = Html::parse_fragment(&out);
    let th = html.select(&Selector::parse("tbody th").unwrap()).next().unwrap();
    assert!(text(th).ends_with(hostile), "{}", text(th));
    assert_eq!(html.select(&Selector::parse("img").unwrap()).count(), 0);
    let script = html.select(&Selector::parse("index-cards > script").unwrap()).next().unwrap();
    let json: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).unwrap();
    assert_eq!(json[0]["name"], hostile);
    let title = html.select(&Selector::parse("svg title").unwrap()).next().unwrap();
    assert!(text(title).contains(hostile));
}

#[test]
fn render_refuses_bad_input_naming_file_line_and_column() {
    let dir = folder("bad");
    let good = write(&dir, "good.csv", &walk_csv("2024-01-02", "2024-03-01", 10.0, 5));
    let bad = write(&dir, "bad.csv", "date,close\n2024-01-02,10\n2024-01-03,ten\n");
    let (code, out, err) = run(&["render", &good, &bad]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("bad.csv: CSV line 3, column 2 (close): \"ten\" is not a number"), "{err}");
    let (code, _, err) = run(&["render", "--as-of", "2020-01-01", &good]);
    assert_eq!(code, 2);
    assert!(err.contains("as-of 2020-01-01 is before the data, which starts 2024-01-02"), "{err}");
    let (code, _, err) = run(&["render", "--series", "nope", &good]);
    assert_eq!(code, 2);
    assert!(err.contains("--series \"nope\": no series has that id; the ids are good"), "{err}");
    let (code, _, err) = run(&["render", "--period", "2Y", &good]);
    assert_eq!(code, 2);
    assert!(err.contains("not a period"), "{err}");
    let (code, _, err) = run(&["render", &good, &dir.join("good.csv").to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(err.contains("two series have the id \"good\""), "{err}");
    let (code, _, err) = run(&["render", &dir.join("missing.csv").to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.csv: cannot read the file"), "{err}");
}

/// The check's table: one map of column → cell per figure, read by the header's columns.
fn report(out: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut lines = out.lines().skip_while(|l| !l.starts_with("#   figure") && !l.starts_with("#  figure"));
    let header = lines.next().expect("no table header");
    let names = ["#", "figure", "from", "as of", "typed", "computed", "verdict", "detail"];
    let starts: Vec<usize> = names
        .iter()
        .map(|n| {
            header
                .char_indices()
                .find(|(i, _)| header[*i..].starts_with(n) && (*i == 0 || header[..*i].ends_with("  ")))
                .unwrap()
                .0
        })
        .collect();
    let starts: Vec<usize> = starts.iter().map(|&b| header[..b].chars().count()).collect();
    lines
        .take_while(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|l| {
            let chars: Vec<char> = l.chars().collect();
            names
                .iter()
                .enumerate()
                .map(|(k, n)| {
                    let from = starts[k].min(chars.len());
                    let to = starts.get(k + 1).copied().unwrap_or(chars.len()).min(chars.len());
                    (n.to_string(), chars[from..to].iter().collect::<String>().trim().to_string())
                })
                .collect()
        })
        .collect()
}

/// A small series with known figures as of Friday 2024-11-22: close 120, 1D +1.7% (vs 118),
/// WTD +4.3% (vs 115), MTD +9.1% (vs 110), YTD +20.0% (vs 100).
const KNOWN: &str =
    "date,close\n2023-12-29,100\n2024-10-31,110\n2024-11-15,115\n2024-11-21,118\n2024-11-22,120\n";

#[test]
fn check_gives_each_figure_a_verdict_and_the_exit_code_follows() {
    let dir = folder("check");
    write(&dir, "known.csv", KNOWN);
    let post = r#"<!doctype html><html lang="en"><body>
<index-cards id="k" src="/data/known.csv" as-of="2024-11-24"></index-cards>
<p>Up <index-figure series="known" metric="ytd">20.0%</index-figure>, or <index-figure series="known" metric="ytd">20%</index-figure>;
month <index-figure series="known" metric="mtd">9.1%</index-figure>; week <index-figure series="known" metric="wtd">4.4%</index-figure>;
day <index-figure series="known" metric="d1">−1.7%</index-figure>; level <index-figure series="known" metric="close">120</index-figure>.</p>
<p lang="de">Monat <index-figure series="known" metric="mtd">+9,1&nbsp;%</index-figure>, Stand <index-figure series="known" metric="close">120,00</index-figure>.</p>
<p><index-figure for="nope" series="known">20%</index-figure> <index-figure series="known" metric="bogus">1</index-figure>
<index-figure series="other" metric="ytd">1%</index-figure> <index-figure series="known" metric="y1">5%</index-figure>
<index-figure series="known" metric="ytd" decimals="0">20%</index-figure> <index-figure series="known"></index-figure></p>
</body></html>"#;
    let path = write(&dir, "post.html", post);
    let data = dir.to_string_lossy().to_string();
    let (code, out, err) = run(&["check", &path, "--data", &data]);
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(out.contains("src=\"/data/known.csv\" →"), "{out}");
    let rows = report(&out);
    let verdicts: Vec<(&str, &str, &str)> =
        rows.iter().map(|r| (r["figure"].as_str(), r["typed"].as_str(), r["verdict"].as_str())).collect();
    assert_eq!(
        verdicts,
        [
            ("known ytd", "20.0%", "ok"),
            ("known ytd", "20%", "ok"),
            ("known mtd", "9.1%", "ok"),
            ("known wtd", "4.4%", "MISMATCH"),
            ("known d1", "−1.7%", "MISMATCH"),
            ("known close", "120", "ok"),
            ("known mtd", "+9,1\u{a0}%", "ok"),
            ("known close", "120,00", "ok"),
            ("known ytd", "20%", "ERROR"),
            ("known bogus", "1", "ERROR"),
            ("other ytd", "1%", "no data"),
            ("known y1", "5%", "no data"),
            ("known ytd", "20%", "ok"),
            ("known ytd", "", "shown"),
        ]
    );
    assert_eq!(rows[0]["as of"], "2024-11-22");
    assert_eq!(rows[3]["computed"], "+4.3%");
    assert!(rows[3]["detail"].contains("\"4.4%\" covers [4.35, 4.45)"), "{}", rows[3]["detail"]);
    assert_eq!(rows[6]["computed"], "+9,1%");
    assert!(rows[8]["detail"].contains("for=\"nope\""));
    assert!(rows[10]["detail"].contains("no series \"other\""));
    assert_eq!(rows[13]["computed"], "+20.0%");
    assert!(out.contains("14 figure(s): 7 ok, 2 MISMATCH, 2 no data, 2 ERROR, 1 shown"), "{out}");

    // A post whose figures all agree passes.
    let good = write(
        &dir,
        "good.html",
        r#"<index-cards src="known.csv"></index-cards><index-figure series="known" metric="wtd">4.3%</index-figure>"#,
    );
    let (code, out, _) = run(&["check", &good, "--data", &data]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn check_reads_every_inline_source_and_markdown_alike() {
    let dir = folder("sources");
    let json = r#"[{"id":"K","name":"Known","dates":["2023-12-29","2024-11-22"],"closes":[100,120]}]"#;
    let attr = json.replace('"', "&quot;");
    // Written as an author writes Markdown too: each element's block on lines of its own.
    let post = format!(
        "<index-cards data-series=\"{attr}\"></index-cards>\n\nUp <index-figure series=\"K\">20.0%</index-figure>.\n\n\
         <index-cards>\n<script type=\"application/json\">{json}</script>\n</index-cards>\n\n\
         Up <index-figure series=\"K\">20.0%</index-figure>.\n\n\
         <index-cards>\n<template data-id=\"K\" data-name=\"Known\">{KNOWN}</template>\n</index-cards>\n\n\
         Up <index-figure series=\"K\">20.0%</index-figure>.\n"
    );
    let html = write(&dir, "inline.html", &post);
    let (code, out, err) = run(&["check", &html]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(report(&out).iter().filter(|r| r["verdict"] == "ok").count(), 3, "{out}");
    let md = format!("# A post\n\nText with a figure.\n\n{post}\n\n```\n<index-figure series=\"K\">99%</index-figure>\n```\n");
    let md = write(&dir, "inline.md", &md);
    let (code, out, err) = run(&["check", &md]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("(Markdown): 3 <index-cards>, 3 <index-figure>"), "{out}");
}

#[test]
fn check_exits_2_for_missing_or_bad_data_naming_the_place() {
    let dir = folder("check-bad");
    write(&dir, "bad.csv", "date,close\n2024-01-02,10\n2024-01-03,0\n");
    let post = write(
        &dir,
        "post.html",
        r#"<index-cards src="bad.csv"></index-cards><index-figure series="bad">1%</index-figure>"#,
    );
    let (code, out, err) = run(&["check", &post]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("bad.csv: CSV line 3, column 2 (close): \"0\" is not a positive, finite close"),
        "{err}"
    );
    assert_eq!(report(&out)[0]["verdict"], "no data");
    let missing = write(
        &dir,
        "missing.html",
        r#"<index-cards src="gone.csv"></index-cards><index-figure series="gone">1%</index-figure>"#,
    );
    let (code, _, err) = run(&["check", &missing, "--data", &dir.to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(err.contains("src=\"gone.csv\": no file"), "{err}");
    let (code, _, err) = run(&["check", &dir.join("nothing.html").to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read the post"), "{err}");
}

/// ../shared/data, when it is there.
fn shared_data() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if dir.join("dow.csv").is_file() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/data is not here (the real closes; see README)");
        None
    }
}

#[test]
fn real_data_the_recap_post_flags_only_the_dows_ytd() {
    let Some(data) = shared_data() else { return };
    let data = data.to_string_lossy().to_string();
    let posts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/posts");
    for name in ["recap.html", "recap.md"] {
        let (code, out, err) = run(&["check", &posts.join(name).to_string_lossy(), "--data", &data]);
        assert_eq!(code, 1, "{name}: {out}\n{err}");
        let rows = report(&out);
        assert_eq!(rows.len(), 19, "{name}");
        let flagged: Vec<_> =
            rows.iter().filter(|r| r["verdict"] != "ok" && r["verdict"] != "shown").collect();
        assert_eq!(flagged.len(), 1, "{name}: {out}");
        assert_eq!((flagged[0]["figure"].as_str(), flagged[0]["typed"].as_str()), ("DJI ytd", "18.7%"));
        assert_eq!(flagged[0]["computed"], "+17.5%");
        assert_eq!(flagged[0]["verdict"], "MISMATCH");
    }
}

#[test]
fn real_data_the_recaps_own_figures_that_the_closes_do_not_support() {
    let Some(data) = shared_data() else { return };
    let dir = folder("verbatim");
    // As published: two levels cut instead of rounded, and YTD figures of the Monday after.
    let post = |as_of: &str| {
        format!(
            r#"<html lang="en"><index-cards id="i" src="nasdaq.csv" src-id="IXIC" as-of="{as_of}"></index-cards>
<index-cards id="d" src="dow.csv" src-id="DJI" as-of="{as_of}"></index-cards>
<index-cards id="s" src="sp500.csv" src-id="SPX" as-of="{as_of}"></index-cards>
<index-figure for="i" series="IXIC" metric="ath">19,298</index-figure> <index-figure for="d" series="DJI" metric="close">44,296</index-figure>
<index-figure for="s" series="SPX" metric="ytd">25.5%</index-figure> <index-figure for="i" series="IXIC" metric="ytd">26.7%</index-figure>
<index-figure for="d" series="DJI" metric="ytd">18.7%</index-figure></html>"#
        )
    };
    let friday = write(&dir, "friday.html", &post("2024-11-22"));
    let (code, out, _) = run(&["check", &friday, "--data", &data.to_string_lossy()]);
    assert_eq!(code, 1);
    let got: Vec<(String, String)> =
        report(&out).iter().map(|r| (r["computed"].clone(), r["verdict"].clone())).collect();
    let want = [
        ("19,299", "MISMATCH"),
        ("44,297", "MISMATCH"),
        ("+25.1%", "MISMATCH"),
        ("+26.6%", "MISMATCH"),
        ("+17.5%", "MISMATCH"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    // As of Monday 2024-11-25 the Dow's 18.7% and the S&P 500's 25.5% are right: the recap
    // mixed Friday's Russell 2000 with Monday's other indexes.
    let monday = write(&dir, "monday.html", &post("2024-11-25"));
    let (_, out, _) = run(&["check", &monday, "--data", &data.to_string_lossy()]);
    let rows = report(&out);
    assert_eq!((rows[2]["verdict"].as_str(), rows[4]["verdict"].as_str()), ("ok", "ok"), "{out}");
}

#[test]
fn real_data_render_matches_the_sources_table() {
    let Some(data) = shared_data() else { return };
    let files: Vec<String> = ["russell2000", "sp500", "nasdaq", "dow"]
        .iter()
        .map(|f| data.join(format!("{f}.csv")).to_string_lossy().to_string())
        .collect();
    let mut args = vec!["render", "--as-of", "2024-11-22", "--period", "YTD", "--since", "2023-01-01"];
    args.extend(files.iter().map(String::as_str));
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    let html = Html::parse_fragment(&out);
    let rows = table(&html);
    // SOURCES.md: close, week (vs 11-15), November to 11-22, YTD.
    let want = [
        ("russell2000", "2,406.67", "+4.5%", "+9.6%", "+18.7%"),
        ("sp500", "5,969.34", "+1.7%", "+4.6%", "+25.1%"),
        ("nasdaq", "19,003.65", "+1.7%", "+5.0%", "+26.6%"),
        ("dow", "44,296.51", "+2.0%", "+6.1%", "+17.5%"),
    ];
    for ((id, level, wtd, mtd, ytd), (got_id, row)) in want.iter().zip(&rows) {
        assert_eq!(id, got_id);
        assert_eq!(
            (cell(row, "Level"), cell(row, "WTD"), cell(row, "MTD"), cell(row, "YTD")),
            (*level, *wtd, *mtd, *ytd)
        );
    }
    assert!(
        out.contains("Small caps (Russell 2000) trail large caps (S&amp;P 500) by 6.4 pp, year to date."),
        "{out}"
    );
}
