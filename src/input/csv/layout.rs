//! The header row: which columns hold the date, the close and the Change %, which layout the
//! file is, and whether its words are in a language that writes dates day first.

use super::error::CsvError;
use super::records::Record;
use crate::error::quote;

/// A layout this module recognizes from the header row. Serializes as its lowercase name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "lowercase")]
#[tsify(rename = "CsvFormat")]
pub enum Format {
    /// `Date,Open,High,Low,Close,Adj Close,Volume` (any header with an `Adj Close` column).
    Yahoo,
    /// Exactly `Date,Open,High,Low,Close,Volume`.
    Stooq,
    /// Two columns, the first named exactly `DATE` or `observation_date`, the second a series id
    /// (`SP500`), `.` for a missing day.
    Fred,
    /// A Change % column (`"Date","Price","Open","High","Low","Vol.","Change %"`, or Investing.com's
    /// German, French, Spanish, Italian and Portuguese headers), newest first.
    Investing,
    /// Any other header with a date and a close column, e.g. `date,open,high,low,close`.
    Ohlc,
    /// Any other two columns: a date and a value.
    Plain,
}

/// Names of the date column. Header names are compared trimmed and ignoring ASCII case; letters
/// beyond ASCII as Investing.com writes them (`str::to_lowercase` would link 15 KB of Unicode
/// tables into the wasm for the one capital it would fold here, the Ú of Último).
const DATE_NAMES: &[&str] = &["date", "observation_date", "timestamp", "datum", "fecha", "data"];

/// Names of the close column, in every language of `LANGUAGE_WORDS`.
const CLOSE_NAMES: &[&str] = &[
    "close",
    "price",
    "zuletzt",
    "schluss",
    "schlusskurs",
    "dernier",
    "clôture",
    "cloture",
    "último",
    "Último",
    "ultimo",
    "cierre",
    "chiusura",
    "fechamento",
];

/// Names of the other columns whose numbers tell the decimal mark (besides Change %): open,
/// high, low, adjusted close and volume, in every language of `LANGUAGE_WORDS`. Columns not
/// named here (a note, a time, an indicator) never decide it.
const NUMBER_NAMES: &[&str] = &[
    "open",
    "high",
    "low",
    "adj close",
    "volume",
    "vol.",
    "eröffn.",
    "eröffnung",
    "hoch",
    "tief",
    "ouv.",
    "ouverture",
    "plus haut",
    "plus bas",
    "apertura",
    "máximo",
    "mínimo",
    "massimo",
    "minimo",
    "abertura",
    "máxima",
    "mínima",
];

/// Names of Investing.com's Change % column, compared with spaces removed.
const CHANGE_NAMES: &[&str] =
    &["change%", "chg%", "%chg", "%change", "+/-%", "variation%", "var.%", "%var.", "var%"];

/// Header words of languages that write the day before the month and a decimal comma: the
/// column names of Investing.com's German, French, Spanish, Italian and Portuguese exports and
/// the usual names of a date and a close. English words are not here: US and UK files share them.
const LANGUAGE_WORDS: &[(&str, &str)] = &[
    ("datum", "German"),
    ("zuletzt", "German"),
    ("schluss", "German"),
    ("schlusskurs", "German"),
    ("eröffn.", "German"),
    ("eröffnung", "German"),
    ("hoch", "German"),
    ("tief", "German"),
    ("+/- %", "German"),
    ("dernier", "French"),
    ("ouv.", "French"),
    ("plus haut", "French"),
    ("plus bas", "French"),
    ("variation %", "French"),
    ("clôture", "French"),
    ("ouverture", "French"),
    ("fecha", "Spanish"),
    ("máximo", "Spanish"),
    ("mínimo", "Spanish"),
    ("% var.", "Spanish"),
    ("cierre", "Spanish"),
    ("apertura", "Spanish or Italian"),
    ("último", "Spanish or Portuguese"),
    ("Último", "Spanish or Portuguese"),
    ("data", "Italian or Portuguese"),
    ("ultimo", "Italian"),
    ("massimo", "Italian"),
    ("minimo", "Italian"),
    ("var. %", "Italian"),
    ("chiusura", "Italian"),
    ("abertura", "Portuguese"),
    ("máxima", "Portuguese"),
    ("mínima", "Portuguese"),
    ("var%", "Portuguese"),
    ("fechamento", "Portuguese"),
];

/// What the header says about a file.
#[derive(Debug, Clone)]
pub(super) struct Layout {
    /// Columns, without Excel's empty trailing ones.
    pub width: usize,
    pub date_col: usize,
    pub close_col: usize,
    pub change_col: Option<usize>,
    /// Other columns whose numbers tell the decimal mark (Open, High, Low, Volume, Change %…).
    pub number_cols: Vec<usize>,
    pub format: Format,
    /// Column names as written (trimmed).
    pub names: Vec<String>,
    /// The first header word of a language that writes dates day first and a decimal comma.
    pub language: Option<(String, &'static str)>,
}

/// A header name for matching: trimmed, quotes and Yahoo's footnote stars removed.
fn normalized(name: &str) -> &str {
    name.trim().trim_matches('"').trim().trim_end_matches('*').trim()
}

/// True if header name `key` (normalized) is one of `words`, ignoring ASCII case.
fn is_one_of(key: &str, words: &[&str]) -> bool {
    words.iter().any(|w| key.eq_ignore_ascii_case(w))
}

impl Layout {
    pub fn detect(header: &Record) -> Result<Layout, CsvError> {
        let mut names: Vec<String> = header.to_vec().iter().map(|n| n.trim().to_owned()).collect();
        while names.last().is_some_and(String::is_empty) {
            names.pop();
        }
        let keys: Vec<&str> = names.iter().map(|n| normalized(n)).collect();
        let shown = || quote(&names.join(","));
        let find = |wanted: &[&str]| keys.iter().position(|k| is_one_of(k, wanted));
        let line = header.line;
        let date_col = find(DATE_NAMES).ok_or_else(|| CsvError::NoDateColumn { line, header: shown() })?;
        let close_col = find(CLOSE_NAMES)
            .or_else(|| (keys.len() == 2).then(|| 1 - date_col))
            .ok_or_else(|| CsvError::NoCloseColumn { line, header: shown() })?;
        let change_col = keys.iter().position(|k| is_one_of(&k.replace(' ', ""), CHANGE_NAMES));
        let number_cols = (0..keys.len())
            .filter(|&i| i != date_col && i != close_col)
            .filter(|&i| Some(i) == change_col || keys.get(i).is_some_and(|k| is_one_of(k, NUMBER_NAMES)))
            .collect();
        // "Data" names a language only as the date column: elsewhere it may be English.
        let language = keys.iter().zip(&names).enumerate().find_map(|(i, (k, n))| {
            let word = LANGUAGE_WORDS.iter().find(|(w, _)| k.eq_ignore_ascii_case(w))?;
            (word.0 != "data" || i == date_col).then(|| (n.clone(), word.1))
        });
        let raw = |i: usize| names.get(i).map(String::as_str).unwrap_or("");
        let format = if change_col.is_some() {
            Format::Investing
        } else if keys.iter().any(|k| k.eq_ignore_ascii_case("adj close")) {
            Format::Yahoo
        } else if keys.len() == 2 {
            let fred_date = matches!(raw(date_col), "DATE" | "observation_date");
            if fred_date && find(CLOSE_NAMES).is_none() {
                Format::Fred
            } else {
                Format::Plain
            }
        } else if names == ["Date", "Open", "High", "Low", "Close", "Volume"] {
            Format::Stooq
        } else {
            Format::Ohlc
        };
        Ok(Layout {
            width: names.len(),
            date_col,
            close_col,
            change_col,
            number_cols,
            format,
            names,
            language,
        })
    }

    /// The name of column `index` as written in the header.
    pub fn name(&self, index: usize) -> &str {
        self.names.get(index).map(String::as_str).unwrap_or("")
    }
}
