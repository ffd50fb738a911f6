//! Reading series: CSV through the core's reader (the one call of `input::csv::parse`), JSON series as the element takes them, ids from file names; every error names the file, line and column.

use indexcards::core::compare::known_name;
use indexcards::core::series::Series;
use indexcards::input::csv;
use indexcards::input::raw::Raw;
use std::fmt;
use std::path::Path;

/// Something the user gave that cannot be used: printed as `indexcards: <message>`, exit code 2.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure(message)
    }
}

/// Series read from one file or text, with the days left out as missing-value markers.
#[derive(Debug, Clone)]
pub struct Read {
    pub series: Vec<Series>,
    /// `(series id, 1-based line)` of each day skipped because its value was `.`, `null` or empty.
    pub skipped: Vec<(String, u64)>,
}

/// The series id a file gives: its name without the extension (`russell2000.csv` → `russell2000`,
/// `^RUT.csv` → `^RUT`), or `series<n>` when nothing is left, as the element names dropped files.
pub fn id_from_file_name(name: &str, index: usize) -> String {
    let base = match name.rfind('.') {
        Some(dot) => name.get(..dot).unwrap_or(name),
        None => name,
    };
    let base = base.trim();
    if base.is_empty() {
        format!("series{}", index + 1)
    } else {
        base.to_string()
    }
}

/// The name a series gets when none is given: a well-known index's usual name (`sp500` →
/// "S&P 500"), else its id, as the element's `parseCsv` does.
pub fn default_name(id: &str) -> String {
    known_name(id).unwrap_or(id).to_string()
}

/// CSV text read into a series: the one place the tool calls the core's CSV reader.
pub fn parse_csv(text: &str, id: &str, name: &str) -> Result<Read, String> {
    let parsed = csv::parse(text, id, name, &csv::CsvOptions::default()).map_err(|e| e.to_string())?;
    Ok(Read {
        skipped: parsed.skipped.iter().map(|s| (id.to_string(), s.line)).collect(),
        series: vec![parsed.series],
    })
}

/// JSON text read as the element reads it: an array of `{ id, name, dates, closes }`, or
/// `{ "series": [...] }`. Syntax errors give the line and column.
pub fn parse_json(text: &str) -> Result<Read, String> {
    let raw: Raw = serde_json::from_str(text)
        .map_err(|e| format!("JSON line {}, column {}: {e}", e.line(), e.column()))?;
    let list = match &raw {
        Raw::Object(_) => raw.get("series").cloned().unwrap_or(raw.clone()),
        _ => raw,
    };
    let series = indexcards::input::series::read_list(list).map_err(|e| e.to_string())?;
    Ok(Read { series, skipped: Vec::new() })
}

/// Whether text holds JSON rather than CSV: its first character after a BOM and spaces is `[` or `{`.
pub fn looks_like_json(text: &str) -> bool {
    matches!(text.trim_start_matches('\u{feff}').trim_start().chars().next(), Some('[' | '{'))
}

/// Text decoded from a file's bytes as UTF-8; bytes that are not name their line.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes.get(..at).unwrap_or_default().iter().filter(|&&b| b == b'\n').count() + 1;
        format!("line {line}: the text is not UTF-8 (byte {at}); save the file as UTF-8")
    })
}

/// Reads a CSV or JSON file. A CSV's series takes `id` (default: from the file name) and `name`
/// (default: `default_name`). Errors start with the file's path.
pub fn read_file(path: &Path, index: usize, id: Option<&str>, name: Option<&str>) -> Result<Read, Failure> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| Failure(format!("{shown}: cannot read the file: {e}")))?;
    let text = decode(bytes).map_err(|e| Failure(format!("{shown}: {e}")))?;
    if looks_like_json(&text) {
        return parse_json(&text).map_err(|e| Failure(format!("{shown}: {e}")));
    }
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let id = id.map(str::to_string).unwrap_or_else(|| id_from_file_name(&file_name, index));
    let name = name.map(str::to_string).unwrap_or_else(|| default_name(&id));
    parse_csv(&text, &id, &name).map_err(|e| Failure(format!("{shown}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_file_names() {
        assert_eq!(id_from_file_name("russell2000.csv", 0), "russell2000");
        assert_eq!(id_from_file_name("^RUT.csv", 0), "^RUT");
        assert_eq!(id_from_file_name("data.v2.csv", 0), "data.v2");
        assert_eq!(id_from_file_name(".csv", 2), "series3");
        assert_eq!(default_name("russell2000"), "Russell 2000");
        assert_eq!(default_name("sp500"), "S&P 500");
        assert_eq!(default_name("gold"), "gold");
    }

    #[test]
    fn csv_errors_keep_the_readers_line_and_column() {
        let e = parse_csv("date,close\n2024-01-02,1\n2024-01-03,x\n", "A", "A").unwrap_err();
        assert!(e.starts_with("CSV line 3, column 2 (close)"), "{e}");
        let ok = parse_csv("date,close\n2024-01-02,1\n2024-01-03,.\n", "A", "A").unwrap();
        assert_eq!(ok.skipped, vec![("A".to_string(), 3)]);
    }

    #[test]
    fn json_is_read_as_the_element_reads_it() {
        let one = r#"[{"id":"A","dates":["2024-01-02"],"closes":[1]}]"#;
        assert_eq!(parse_json(one).unwrap().series[0].id(), "A");
        let wrapped = format!(r#"{{"series":{one}}}"#);
        assert_eq!(parse_json(&wrapped).unwrap().series.len(), 1);
        let e = parse_json("[\n{\"id\": }]").unwrap_err();
        assert!(e.starts_with("JSON line 2, column 8"), "{e}");
        assert!(looks_like_json("\u{feff}  [") && !looks_like_json("date,close"));
    }

    #[test]
    fn bad_utf8_names_its_line() {
        let e = decode(b"date,close\n2024-01-02,\xff\n".to_vec()).unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
    }
}
