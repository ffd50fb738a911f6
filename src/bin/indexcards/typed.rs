//! Figures an author typed ("18.7%", "2,407", "+18,7 %", "1'234.5"), read with the decimal and group separators the figure's language uses, and the element's rule for whether one agrees with the data: the computed value rounded half away from zero to the typed decimals must equal the typed number (a typed sign must agree; without one the size is compared).

use crate::element::Kind;
use crate::words::round_half_away;

/// How a locale separates thousands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Comma,
    Dot,
    /// Any space: U+0020, no-break U+00A0, narrow no-break U+202F, figure and thin spaces.
    Space,
    /// Any apostrophe: `'`, `’` or `ʼ`.
    Apostrophe,
}

/// A locale's decimal separator and thousands grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Separators {
    pub decimal: char,
    pub group: Group,
}

const DOT: Separators = Separators { decimal: '.', group: Group::Comma };
const COMMA_DOT: Separators = Separators { decimal: ',', group: Group::Dot };
const COMMA_SPACE: Separators = Separators { decimal: ',', group: Group::Space };
const DOT_APOSTROPHE: Separators = Separators { decimal: '.', group: Group::Apostrophe };

/// Languages that write a decimal comma and group with dots.
const COMMA_DOT_LANGUAGES: [&str; 15] =
    ["de", "es", "it", "pt", "nl", "da", "id", "ro", "el", "tr", "hr", "sl", "sr", "vi", "ca"];
/// Languages that write a decimal comma and group with spaces.
const COMMA_SPACE_LANGUAGES: [&str; 16] =
    ["fr", "ru", "uk", "pl", "cs", "sk", "sv", "nb", "no", "nn", "fi", "hu", "bg", "lt", "lv", "et"];
/// Spanish-speaking regions that write a decimal point (Mexico, the US, Latin America as `419`, …).
const SPANISH_DOT_REGIONS: [&str; 13] =
    ["mx", "us", "419", "pe", "gt", "pr", "do", "hn", "ni", "pa", "sv", "cu", "ph"];

/// The separators `Intl.NumberFormat(locale)` writes, from CLDR as Chromium and Node ship it
/// (tests compare this table with Node's `formatToParts` where Node is installed). Languages
/// not listed write a decimal point with comma groups, as English does; numbers in other digits
/// than 0–9 are not read.
pub fn separators(locale: &str) -> Separators {
    let lower = locale.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = lower.split('-');
    let language = parts.next().unwrap_or("");
    // The region: the first 2-letter or 3-digit subtag after the language (a script such as
    // "hant" is skipped).
    let region = parts
        .find(|p| {
            (p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
                || (p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
        })
        .unwrap_or("");
    match (language, region) {
        ("en", "za") | ("de", "at") | ("es", "cr") | ("pt", "pt") => COMMA_SPACE,
        ("en" | "de" | "it", "ch") | ("de", "li") => DOT_APOSTROPHE,
        ("es", r) if SPANISH_DOT_REGIONS.contains(&r) => DOT,
        (l, _) if COMMA_DOT_LANGUAGES.contains(&l) => COMMA_DOT,
        (l, _) if COMMA_SPACE_LANGUAGES.contains(&l) => COMMA_SPACE,
        _ => DOT,
    }
}

/// A figure read from typed text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Typed {
    /// The number as typed, in the units shown (18.7 for "18.7%").
    pub value: f64,
    /// Decimals typed: the figure's own rounding.
    pub decimals: u32,
    pub percent: bool,
    /// A sign was typed ("+18.7%", "−1.5%").
    pub signed: bool,
}

const MINUS_SIGNS: [char; 6] = ['-', '\u{2212}', '\u{2012}', '\u{2013}', '\u{fe63}', '\u{ff0d}'];

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}')
}

fn is_group(c: char, group: Group) -> bool {
    match group {
        Group::Comma => c == ',',
        Group::Dot => c == '.',
        Group::Space => c == ' ',
        Group::Apostrophe => matches!(c, '\'' | '\u{2019}' | '\u{2bc}'),
    }
}

/// Reads the first figure in `text` as the element's `parseFigure` does: an optional sign (and
/// one space), digits with group separators where grouping puts them (groups of three; two in the
/// middle for Indian grouping), an optional decimal part; `None` when no figure can be read.
pub fn parse(text: &str, sep: Separators) -> Option<Typed> {
    let t: Vec<char> = text
        .chars()
        .filter(|c| !matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if is_space(c) { ' ' } else { c })
        .collect();
    let percent = t.iter().any(|&c| c == '%' || c == '\u{66a}');
    let at = |i: usize| t.get(i).copied();
    let digit = |i: usize| at(i).is_some_and(|c| c.is_ascii_digit());
    for start in 0..t.len() {
        if start > 0 && at(start - 1).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let mut i = start;
        let mut sign = None;
        if let Some(c) = at(i).filter(|&c| c == '+' || MINUS_SIGNS.contains(&c)) {
            let after = if at(i + 1) == Some(' ') { i + 2 } else { i + 1 };
            if digit(after) {
                sign = Some(c);
                i = after;
            }
        }
        if !digit(i) {
            continue;
        }
        // The whole part: the longest run of digits and group separators, back to its last digit.
        let mut end = i;
        while at(end).is_some_and(|c| c.is_ascii_digit() || is_group(c, sep.group)) {
            end += 1;
        }
        while end > i && !digit(end - 1) {
            end -= 1;
        }
        let whole: String = t.get(i..end).unwrap_or_default().iter().collect();
        let mut fraction = String::new();
        if at(end) == Some(sep.decimal) && digit(end + 1) {
            let mut k = end + 1;
            while digit(k) {
                fraction.extend(at(k));
                k += 1;
            }
        }
        let chunks: Vec<&str> = whole.split(|c| is_group(c, sep.group)).collect();
        if chunks.len() > 1 {
            let last = chunks.len() - 1;
            let ok = chunks.iter().enumerate().all(|(n, c)| match n {
                0 => (1..=3).contains(&c.len()),
                n if n == last => c.len() == 3,
                _ => (2..=3).contains(&c.len()),
            });
            if !ok {
                return None;
            }
        }
        let digits: String = chunks.concat();
        let number = if fraction.is_empty() { digits } else { format!("{digits}.{fraction}") };
        let mut value: f64 = number.parse().ok().filter(|v: &f64| v.is_finite())?;
        if sign.is_some_and(|c| c != '+') {
            value = -value;
        }
        return Some(Typed {
            value: if value == 0.0 { 0.0 } else { value },
            decimals: fraction.chars().count() as u32,
            percent,
            signed: sign.is_some(),
        });
    }
    None
}

/// The computed value as shown at `decimals`: a return in percent, a level as it is.
pub fn shown(value: f64, kind: Kind, decimals: u32) -> f64 {
    round_half_away(if kind == Kind::Percent { value * 100.0 } else { value }, decimals)
}

/// The element's rule: the typed number equals the computed value rounded to the typed decimals
/// (or the `decimals` attribute); a typed sign must agree, without one the size is compared.
pub fn agrees(typed: &Typed, value: f64, kind: Kind, decimals: u32) -> bool {
    let s = shown(value, kind, decimals);
    ((if typed.signed { s } else { s.abs() }) - typed.value).abs() < 1e-9
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, locale: &str) -> Option<(f64, u32, bool, bool)> {
        parse(text, separators(locale)).map(|t| (t.value, t.decimals, t.percent, t.signed))
    }

    #[test]
    fn english_figures() {
        assert_eq!(read("18.7%", "en"), Some((18.7, 1, true, false)));
        assert_eq!(read("2,407", "en-US"), Some((2407.0, 0, false, false)));
        assert_eq!(read("up +4.5% last week", "en"), Some((4.5, 1, true, true)));
        assert_eq!(read("\u{2212}1.5%", "en"), Some((-1.5, 1, true, true)));
        assert_eq!(read("44,296.51", "en"), Some((44296.51, 2, false, false)));
        assert_eq!(read("about ten percent", "en"), None);
        // Misplaced group separators are not a figure.
        assert_eq!(read("2,40", "en"), None);
        assert_eq!(read("12,34,567.5", "en-IN"), Some((1234567.5, 1, false, false)));
    }

    #[test]
    fn comma_decimal_languages() {
        for l in ["de", "de-DE", "es", "it", "pt", "pt-BR"] {
            assert_eq!(read("+18,7 %", l), Some((18.7, 1, true, true)), "{l}");
            assert_eq!(read("2.406,67", l), Some((2406.67, 2, false, false)), "{l}");
        }
        for l in ["fr", "fr-FR", "pt-PT"] {
            assert_eq!(read("18,7\u{a0}%", l), Some((18.7, 1, true, false)), "{l}");
            assert_eq!(read("2\u{202f}406,67", l), Some((2406.67, 2, false, false)), "{l}");
        }
        assert_eq!(read("1'234.5", "de-CH"), Some((1234.5, 1, false, false)));
        assert_eq!(read("1\u{2019}234.5", "de-CH"), Some((1234.5, 1, false, false)));
        assert_eq!(read("18.7%", "es-MX"), Some((18.7, 1, true, false)));
        // In a comma-decimal language "2,407" is 2.407.
        assert_eq!(read("2,407", "de"), Some((2.407, 3, false, false)));
    }

    #[test]
    fn a_figure_covers_its_own_rounding() {
        let t = parse("18.7%", separators("en")).unwrap();
        assert!(agrees(&t, 0.1865, Kind::Percent, 1));
        assert!(agrees(&t, 0.18749, Kind::Percent, 1));
        assert!(!agrees(&t, 0.1875, Kind::Percent, 1));
        assert!(!agrees(&t, 0.1753, Kind::Percent, 1));
        // Without a sign the size is compared ("fell 18.7%"); with one the sign must agree.
        assert!(agrees(&t, -0.187, Kind::Percent, 1));
        let plus = parse("+18.7%", separators("en")).unwrap();
        assert!(!agrees(&plus, -0.187, Kind::Percent, 1));
        let level = parse("2,407", separators("en")).unwrap();
        assert!(agrees(&level, 2406.5, Kind::Level, 0));
        assert!(!agrees(&level, 2406.49, Kind::Level, 0));
        assert!(!agrees(&level, 2407.5, Kind::Level, 0));
    }

    /// The table agrees with `Intl.NumberFormat(locale).formatToParts` as Node has it (skipped
    /// without Node).
    #[test]
    fn separators_match_intl_where_node_is_installed() {
        let locales = "en en-US en-GB en-ZA en-IN en-CH de de-DE de-AT de-CH de-LI fr fr-CA fr-CH es es-ES es-MX es-US \
                       es-419 es-AR es-CO es-CR es-PE it it-CH pt pt-BR pt-PT nl ja zh-CN zh-Hant-TW ko ru uk pl cs sv nb \
                       da fi hu id ro el tr bg hr sl lt lv et he th hi vi ca";
        let script = format!(
            "for (const l of {:?}.split(' ')) {{ const p = new Intl.NumberFormat(l).formatToParts(-12345.67); \
             const g = (t) => (p.find((x) => x.type === t) || {{}}).value; console.log(l + '\\t' + g('decimal') + '\\t' + g('group')); }}",
            locales
        );
        let Ok(out) = std::process::Command::new("node").arg("-e").arg(&script).output() else {
            eprintln!("skipped: node is not installed");
            return;
        };
        let text = String::from_utf8_lossy(&out.stdout);
        let mut checked = 0;
        for line in text.lines() {
            let mut f = line.split('\t');
            let (Some(l), Some(d), Some(g)) = (f.next(), f.next(), f.next()) else { continue };
            let s = separators(l);
            assert_eq!(s.decimal.to_string(), d, "{l}: decimal");
            let g = g.chars().next().unwrap_or(' ');
            assert!(
                is_group(if is_space(g) { ' ' } else { g }, s.group),
                "{l}: group {g:?} vs {:?}",
                s.group
            );
            checked += 1;
        }
        assert_eq!(checked, locales.split_whitespace().count());
    }
}
