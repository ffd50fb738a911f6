//! Splits CSV text into records with csv-core and tells on which physical line each field starts.
//!
//! Lines are physical: `\r\n`, `\r` and `\n` each end one line, blank lines and line breaks
//! inside quoted fields included. csv-core counts only `\n`, which is the same count unless the
//! text has a CR-only line end; only then are lines counted here, over the raw bytes.

use csv_core::{ReadRecordResult, Reader};

/// `str::trim`, with the usual cell (no whitespace, or ASCII spaces at its ends) decided by
/// std's `trim_ascii`: the size-optimized build made every `trim` a search over Unicode
/// whitespace char by char, 7 ms of a ~40 ms sp500.csv (profiled 2026-12-01). Whatever is left
/// that does not start and end with a visible ASCII character goes to `trim`, so the result is
/// always `trim`'s.
pub(super) fn trimmed(s: &str) -> &str {
    let t = s.trim_ascii();
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (None, _) => t,
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => t,
        _ => t.trim(),
    }
}

/// One record: its fields (unquoted) and the physical line of its first byte.
pub(super) struct Record<'a> {
    pub line: u64,
    text: &'a str,
    ends: &'a [usize],
}

impl<'a> Record<'a> {
    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `index`, untrimmed; `""` past the end.
    pub fn field(&self, index: usize) -> &'a str {
        let end = self.ends.get(index).copied().unwrap_or(0);
        let start = if index == 0 { 0 } else { self.ends.get(index - 1).copied().unwrap_or(end) };
        self.text.get(start..end).unwrap_or("")
    }

    /// The physical line field `index` starts on: a quoted field before it may span lines.
    pub fn line_of(&self, index: usize) -> u64 {
        let before = if index == 0 { 0 } else { self.ends.get(index - 1).copied().unwrap_or(0) };
        if before == 0 {
            // The first field, or only empty ones before it (the line of every row's date).
            return self.line;
        }
        self.line + line_breaks(self.text.get(..before).unwrap_or_default(), None)
    }

    /// Every field as an owned string (for the header, which outlives its record).
    pub fn to_vec(&self) -> Vec<String> {
        (0..self.len()).map(|i| self.field(i).to_owned()).collect()
    }
}

/// Line breaks in `text`: `\r\n`, `\r` and `\n` count one each. `before` is the byte just
/// before `text`, so a `\n` whose `\r` was counted already is not counted twice.
fn line_breaks(text: &str, before: Option<u8>) -> u64 {
    let split_crlf = before == Some(b'\r') && text.starts_with('\n');
    if !split_crlf && !text.contains('\r') {
        // A char pattern searches with memchr: 3× faster than a byte loop at opt-level "z".
        return text.matches('\n').count() as u64;
    }
    let mut previous = before;
    let mut n = 0;
    for b in text.bytes() {
        if b == b'\r' || (b == b'\n' && previous != Some(b'\r')) {
            n += 1;
        }
        previous = Some(b);
    }
    n
}

/// True if `text` has a `\r` that is not followed by `\n` (a CR-only line end): only then does
/// csv-core's count of `\n` differ from the physical lines.
fn has_lone_cr(text: &str) -> bool {
    // A char pattern searches with memchr: one search for a file without `\r`.
    text.split('\r').skip(1).any(|rest| !rest.starts_with('\n'))
}

/// Every record of a text that is not blank, split once by csv-core: their unquoted fields back
/// to back in one buffer, and where each record's fields and line are. The reader looks at the
/// rows twice (what they say, then what they hold); keeping them costs a copy of the text, where
/// splitting twice cost csv-core's work twice (measured in the `csv` module's comment).
pub(super) struct Table {
    /// Every record's fields, unquoted, back to back.
    text: String,
    /// Each field's end, relative to its record's start in `text`.
    ends: Vec<usize>,
    /// Each record: its line and where its fields (in `text`) and their ends (in `ends`) begin
    /// and end.
    records: Vec<Span>,
}

/// Where one record of a `Table` is.
struct Span {
    line: u64,
    text: (usize, usize),
    ends: (usize, usize),
}

impl Table {
    /// Splits `text` into records: RFC 4180 quoting; CR, LF or CRLF line ends; blank records
    /// (empty lines, Excel's `,,,,`) left out.
    pub fn read(text: &str) -> Table {
        let bytes = text.as_bytes();
        let mut reader = Reader::new();
        // csv-core only drops bytes: the fields never take more room than the text.
        let mut out = vec![0u8; bytes.len() + 1];
        let mut ends = vec![0usize; bytes.len() / 8 + 32];
        let mut records = Vec::new();
        let (mut out_len, mut ends_len) = (0usize, 0usize);
        // Where the current record began in `out` and `ends`.
        let (mut out_from, mut ends_from) = (0usize, 0usize);
        // Input consumed so far, where the current record's bytes began, and the line at `counted`.
        let (mut consumed, mut record_from) = (0usize, 0usize);
        let (mut counted, mut line) = (0usize, 1u64);
        // csv-core counts every `\n` it reads: without a lone `\r`, its count is the line at
        // `record_from` (slow path: count here, each of `\r\n`, `\r` and `\n` once).
        let lone_cr = has_lone_cr(text);
        let mut line_at_from = 1u64;
        loop {
            let (result, n_in, n_out, n_ends) = reader.read_record(
                bytes.get(consumed..).unwrap_or_default(),
                out.get_mut(out_len..).unwrap_or_default(),
                ends.get_mut(ends_len..).unwrap_or_default(),
            );
            consumed += n_in;
            out_len += n_out;
            ends_len += n_ends;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    // csv-core skips empty lines before a record: it starts at the first byte
                    // that is not a line end.
                    let span = bytes.get(record_from..consumed).unwrap_or_default();
                    let skipped = span.iter().take_while(|&&b| b == b'\r' || b == b'\n');
                    if lone_cr {
                        let start = record_from + skipped.count();
                        line += line_breaks(
                            text.get(counted..start).unwrap_or_default(),
                            counted.checked_sub(1).and_then(|i| bytes.get(i).copied()),
                        );
                        counted = start;
                    } else {
                        line = line_at_from + skipped.filter(|&&b| b == b'\n').count() as u64;
                        line_at_from = reader.line();
                    }
                    let fields = out.get(out_from..out_len).unwrap_or_default();
                    // Blank: every field empty or spaces (`trimmed`); decoded only when no byte is
                    // a visible ASCII character.
                    let blank = !fields.iter().any(u8::is_ascii_graphic)
                        && std::str::from_utf8(fields).is_ok_and(|f| trimmed(f).is_empty());
                    if blank {
                        out_len = out_from;
                        ends_len = ends_from;
                    } else {
                        records.push(Span { line, text: (out_from, out_len), ends: (ends_from, ends_len) });
                        out_from = out_len;
                        ends_from = ends_len;
                    }
                    record_from = consumed;
                }
                ReadRecordResult::End => break,
            }
        }
        out.truncate(out_len);
        ends.truncate(ends_len);
        // Always UTF-8: `text` is, and csv-core only drops ASCII bytes (quotes, separators,
        // line ends), never part of a multi-byte character.
        let text = String::from_utf8(out).unwrap_or_default();
        Table { text, ends, records }
    }

    /// The records, in the order of the text.
    pub fn rows(&self) -> impl Iterator<Item = Record<'_>> + Clone {
        self.records.iter().map(|span| Record {
            line: span.line,
            text: self.text.get(span.text.0..span.text.1).unwrap_or_default(),
            ends: self.ends.get(span.ends.0..span.ends.1).unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimmed_is_trim() {
        for s in [
            "",
            " ",
            "\t\r\n",
            "5",
            " 5 ",
            "\u{b}5\u{b}",
            "\u{a0}5",
            "5\u{3000}",
            " \u{a0} 5 \u{a0} ",
            "a b",
            "\u{c}x\u{c}",
            "é",
            " é ",
        ] {
            assert_eq!(trimmed(s), s.trim(), "{s:?}");
        }
    }

    fn lines_and_fields(text: &str) -> Vec<(u64, Vec<String>)> {
        Table::read(text).rows().map(|r| (r.line, r.to_vec())).collect()
    }

    #[test]
    fn lines_count_every_line_end_and_blank_line() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["a", "", "b", "", "", "c"].join(end) + end;
            let lines: Vec<u64> = lines_and_fields(&text).iter().map(|r| r.0).collect();
            assert_eq!(lines, [1, 3, 6], "{end:?}");
        }
        // Mixed line ends, and a CRLF split by the record boundary.
        let lines: Vec<u64> = lines_and_fields("a\r\n\rb\n\r\nc\rd").iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 3, 5, 6]);
    }

    #[test]
    fn lines_from_csv_cores_count_match_the_physical_lines() {
        // No CR-only line end: lines come from csv-core's count of `\n`, quoted ones included.
        assert!(!has_lone_cr("x\r\n\r\n\"a\r\nb\",\"c\nd\"\r\n\n\ny,z\n"));
        let text = "x\r\n\r\n\"a\r\nb\",\"c\nd\"\r\n\n\ny,z\n";
        let seen: Vec<Vec<u64>> =
            Table::read(text).rows().map(|r| (0..r.len()).map(|i| r.line_of(i)).collect()).collect();
        assert_eq!(seen, [vec![1], vec![3, 4], vec![8, 8]]);
        assert!(has_lone_cr("a\rb") && has_lone_cr("a\r\nb\r") && !has_lone_cr("a\nb"));
    }

    #[test]
    fn blank_and_excel_empty_rows_are_not_records() {
        let rows = lines_and_fields("a,b\n  \n,,,\n , \nc,d\n");
        assert_eq!(rows, [(1, vec!["a".to_string(), "b".into()]), (5, vec!["c".into(), "d".into()])]);
    }

    #[test]
    fn fields_after_a_quoted_line_break_are_on_later_lines() {
        let text = "x\r\n\"a\r\nb\",\"c\rd\ne\",f\r\ng";
        let seen: Vec<Vec<u64>> =
            Table::read(text).rows().map(|r| (0..r.len()).map(|i| r.line_of(i)).collect()).collect();
        assert_eq!(seen, [vec![1], vec![2, 3, 5], vec![6]]);
    }

    #[test]
    fn fields_keep_every_character_of_non_ascii_text() {
        let rows = lines_and_fields("\"Dätum\",\"Schluß, \"\"ø\"\"\",日付\r\n\"2024-01-02\",€1,🙂\n");
        let fields: Vec<Vec<String>> = rows.into_iter().map(|r| r.1).collect();
        assert_eq!(fields, [["Dätum", "Schluß, \"ø\"", "日付"], ["2024-01-02", "€1", "🙂"]]);
    }
}
