//! `indexcards`, the command-line tool built from the same Rust core as the widget (docs/cli.md): `render` prints an `<index-cards>` element with a static fallback for readers without JavaScript, `check` verifies the figures typed in a post against the data. Native only.
//!
//! Exit codes: 0 all good; 1 `check` found a figure that disagrees with the data or cannot be
//! computed; 2 bad arguments or input (a file that cannot be read, a CSV error with its file, line
//! and column).

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

// Cargo builds every bin for the wasm target too, and a bin named like the library writes the same
// `indexcards.wasm`, overwriting the widget's. Say so loudly instead of building a stub.
#[cfg(target_family = "wasm")]
compile_error!(
    "src/bin/indexcards is the native command-line tool; build the widget's wasm with \
     `cargo build --lib --release --target wasm32-unknown-unknown` (a bin named like the library \
     would overwrite target/wasm32-unknown-unknown/release/indexcards.wasm)"
);

mod check;
mod data;
mod element;
mod html;
mod post;
mod render;
mod svg;
mod typed;
mod words;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;

/// Market-index cards and comparisons from daily closes, for posts and their readers.
#[derive(Parser)]
#[command(name = "indexcards", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print an <index-cards> element with a static fallback (a table of the cards' figures and an
    /// SVG of the comparison) that readers without JavaScript see, and the data for the live element.
    Render(render::RenderArgs),
    /// Check every figure typed in <index-figure> elements of a post (HTML or Markdown) against the
    /// data its <index-cards> elements name; exit 1 when one disagrees beyond its own rounding.
    Check(check::CheckArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render::run(&args).map(|html| {
            let mut out = std::io::stdout().lock();
            // A closed pipe (e.g. `| head`) is not an error worth a message.
            let _ = out.write_all(html.as_bytes()).and_then(|()| out.flush());
            ExitCode::SUCCESS
        }),
        Command::Check(args) => check::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("indexcards: {failure}");
            ExitCode::from(2)
        }
    }
}
