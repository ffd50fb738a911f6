//! The one schema: `www/src/api/types.d.ts` is generated from the Rust result types (their
//! `tsify::Tsify::DECL`), and this test fails when the committed file differs.
//! `UPDATE_TYPES=1 cargo test --test typescript` rewrites it.

use indexcards::api::CsvSeries;
use indexcards::core::compare::{Comparison, ComparisonLine, LineNote, Relation, SmallVsLarge};
use indexcards::core::deck::{PushResult, SeriesInfo};
use indexcards::core::metrics::{Bases, Card, Note, Notes};
use indexcards::core::period::{Period, PeriodInfo, PeriodKind, PeriodUnit};
use indexcards::input::csv::{DateOrder, DecimalMark, Format, Skipped};
use indexcards::output::chart::{Chart, ChartLine, Crosshair, Spark, SpreadBand, TickUnit, XTick, YTick};
use indexcards::output::date::IsoDate;
use std::path::PathBuf;
use tsify::Tsify;

/// Every type that leaves the core, in the order the file lists them.
fn declarations() -> Vec<&'static str> {
    vec![
        IsoDate::DECL,
        Period::DECL,
        PeriodKind::DECL,
        PeriodUnit::DECL,
        PeriodInfo::DECL,
        Note::DECL,
        Bases::DECL,
        Notes::DECL,
        Card::DECL,
        LineNote::DECL,
        ComparisonLine::DECL,
        Relation::DECL,
        SmallVsLarge::DECL,
        Comparison::DECL,
        YTick::DECL,
        TickUnit::DECL,
        XTick::DECL,
        ChartLine::DECL,
        SpreadBand::DECL,
        Crosshair::DECL,
        Spark::DECL,
        Chart::DECL,
        SeriesInfo::DECL,
        PushResult::DECL,
        Format::DECL,
        Skipped::DECL,
        DateOrder::DECL,
        DecimalMark::DECL,
        CsvSeries::DECL,
    ]
}

fn generated() -> String {
    let mut text = String::from(
        "// Generated from the Rust result types by tests/typescript.rs: do not edit.\n\
         // Change the Rust type, then run `UPDATE_TYPES=1 cargo test --test typescript`.\n\n",
    );
    for decl in declarations() {
        text.push_str(decl.trim());
        text.push_str("\n\n");
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

#[test]
fn types_d_ts_is_generated_from_the_rust_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/src/api/types.d.ts");
    let want = generated();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        let line = have
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(have.lines().count().min(want.lines().count()));
        panic!(
            "{} differs from the Rust types, first at line {}:\n  committed: {:?}\n  generated: {:?}\nrun `UPDATE_TYPES=1 cargo test --test typescript` and commit the file",
            path.display(),
            line + 1,
            have.lines().nth(line).unwrap_or("(end of file)"),
            want.lines().nth(line).unwrap_or("(end of file)"),
        );
    }
}

#[test]
fn every_type_is_declared_once_and_every_name_used_is_declared() {
    let text = generated();
    let declared: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("export type ").or_else(|| l.strip_prefix("export interface ")))
        .filter_map(|l| l.split([' ', '<']).next())
        .collect();
    let mut unique = declared.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), declared.len(), "{declared:?}");
    // Outside comments, every capitalized name is a type declared here: no dangling reference.
    let code = text.lines().filter(|l| !l.trim_start().starts_with(['/', '*']));
    for line in code {
        // String literal types ("1W", "noPrior") are values, not names: every other piece.
        let names: String = line.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        for word in names.split(|c: char| !c.is_ascii_alphanumeric()) {
            if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                assert!(declared.contains(&word), "{word} is used but not declared: {line}");
            }
        }
    }
    // Missing figures are `null` in JavaScript (serde-wasm-bindgen's json_compatible), never
    // `undefined`.
    assert!(!text.contains("undefined"), "a type says undefined where the value is null");
}
