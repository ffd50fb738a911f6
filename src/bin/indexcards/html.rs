//! Writing HTML safely: text and attribute values escaped, JSON made safe inside a `<script>`, numbers for SVG coordinates.

/// Text escaped for an HTML text node or a double-quoted attribute value: `&`, `<`, `>`, `"` and `'`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON text made safe as the content of a `<script type="application/json">`: every `<` (which
/// can only be inside a JSON string) becomes `\u003c`, so no `</script>` or `<!--` can end or
/// confuse the script element. The JSON means the same.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// A coordinate rounded to 0.1 px, without a trailing `.0` and never `-0`.
pub fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    format!("{r}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<img src=x onerror="alert('1')">&"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(escape("S&P 500"), "S&amp;P 500");
    }

    #[test]
    fn script_json_cannot_close_the_script() {
        let json = r#"[{"name":"</script><script>alert(1)</script><!--"}]"#;
        let safe = script_json(json);
        assert!(!safe.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back[0]["name"], "</script><script>alert(1)</script><!--");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(-0.01), "0");
    }
}
