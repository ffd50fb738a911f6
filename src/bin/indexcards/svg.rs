//! The comparison chart as a self-contained inline SVG: the core's `Chart` geometry drawn with presentation attributes only (no classes, no `<style>`, no script), so email clients and feed readers that keep SVG show it as the element would.

use crate::html::{escape, num};
use crate::words;
use indexcards::output::chart::Chart;

/// The six series colors, in order, as the element's light theme draws them (`.s0` … `.s5`).
pub const SERIES_COLORS: [&str; 6] = ["#3451b2", "#c2410c", "#0f766e", "#7e22ce", "#a16207", "#be123c"];
/// Text, muted text, grid lines, card background, and the color of falls.
pub const TEXT: &str = "#16181d";
pub const MUTED: &str = "#545b69";
pub const GRID: &str = "#dde1e8";
pub const BACKGROUND: &str = "#ffffff";
pub const UP: &str = "#0b7a34";
pub const DOWN: &str = "#b42318";
/// The element's font stack (single quotes, so it sits in a double-quoted attribute).
pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/// The color of the series at `index`.
pub fn color(index: usize) -> &'static str {
    SERIES_COLORS.get(index % SERIES_COLORS.len()).copied().unwrap_or(TEXT)
}

/// `chart` as an `<svg>` element of its own width and height that scales down to its container
/// (`max-width: 100%`). `title` is its accessible name (plain text, escaped here); `band_label`
/// names the spread band when there is one.
pub fn chart_svg(chart: &Chart, title: &str, band_label: &str) -> String {
    let (w, h) = (num(chart.width), num(chart.height));
    let [left, top, right, bottom] = chart.plot;
    let mut s = String::new();
    s.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
         font-family=\"{FONT}\" style=\"display:block;max-width:100%;height:auto;\">\n"
    ));
    s.push_str(&format!("<title>{}</title>\n", escape(title)));
    s.push_str(&format!("<rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{BACKGROUND}\"/>\n"));
    let line = |s: &mut String, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &str, extra: &str| {
        s.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\"{extra}/>\n",
            num(x1),
            num(y1),
            num(x2),
            num(y2)
        ));
    };
    let text = |s: &mut String, x: f64, y: f64, anchor: &str, attrs: &str, content: &str| {
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\"{attrs}>{}</text>\n",
            num(x),
            num(y),
            escape(content)
        ));
    };
    let tick_attrs = format!(" fill=\"{MUTED}\" font-size=\"11\"");
    for t in &chart.y_ticks {
        line(&mut s, left, t.pos, right, t.pos, GRID, " stroke-width=\"1\"");
        text(
            &mut s,
            left - 6.0,
            t.pos,
            "end",
            &format!("{tick_attrs} dy=\"0.35em\""),
            &words::tick_percent(t.value, t.decimals),
        );
    }
    for t in &chart.x_ticks {
        line(&mut s, t.pos, bottom, t.pos, bottom + 4.0, MUTED, " stroke-width=\"1\"");
        text(&mut s, t.pos, bottom + 16.0, "middle", &tick_attrs, &words::tick(t.date.day(), t.unit));
    }
    line(&mut s, left, chart.zero_y, right, chart.zero_y, MUTED, " stroke-width=\"1.5\"");
    if chart.date_x < right - 0.5 {
        // Lines go on past the comparison's common date (series with later data): mark it.
        line(
            &mut s,
            chart.date_x,
            top,
            chart.date_x,
            bottom,
            MUTED,
            " stroke-width=\"1\" stroke-dasharray=\"2 3\"",
        );
    }
    for (i, l) in chart.lines.iter().enumerate() {
        if l.d.is_empty() {
            continue;
        }
        s.push_str(&format!(
            "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n",
            escape(&l.d),
            color(i)
        ));
        if let (Some(y), Some(r)) = (l.label_y, l.ret) {
            let attrs = format!(" fill=\"{}\" font-size=\"12\" font-weight=\"700\" dy=\"0.35em\"", color(i));
            text(&mut s, right + 6.0, y, "start", &attrs, &words::percent(r, 1));
        }
    }
    if let Some(band) = &chart.spread {
        let [b0, b1] = band.band;
        text(&mut s, left, b0 - 4.0, "start", &tick_attrs, band_label);
        line(
            &mut s,
            left,
            band.zero_y,
            right,
            band.zero_y,
            MUTED,
            " stroke-width=\"1\" stroke-dasharray=\"4 3\"",
        );
        s.push_str(&format!(
            "<path d=\"{}\" fill=\"none\" stroke=\"{DOWN}\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>\n",
            escape(&band.d)
        ));
        text(&mut s, left - 6.0, b0 + 6.0, "end", &tick_attrs, &words::signed(band.max));
        text(&mut s, left - 6.0, b1, "end", &tick_attrs, &words::signed(band.min));
    }
    s.push_str("</svg>");
    s
}
