//! Reading a post as a browser would: Markdown made HTML (pulldown-cmark, so code blocks stay code), HTML parsed by html5ever (scraper), and the `<index-cards>` and `<index-figure>` elements found in document order with what the elements read from them (data sources, attributes, language).

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};
use std::collections::HashMap;

/// How a post is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// From the file name: `.md`, `.markdown`, `.mdown`, `.mkd` are Markdown, anything else HTML.
    Auto,
    Html,
    Markdown,
}

impl Format {
    /// The format of a post named `name`, for `Auto`.
    pub fn of(self, name: &str) -> Format {
        match self {
            Format::Auto => {
                let lower = name.to_ascii_lowercase();
                if [".md", ".markdown", ".mdown", ".mkd"].iter().any(|e| lower.ends_with(e)) {
                    Format::Markdown
                } else {
                    Format::Html
                }
            }
            other => other,
        }
    }
}

/// The post as HTML: Markdown is converted (CommonMark; inline HTML passes through, YAML front
/// matter is left out), HTML is taken as it is.
pub fn to_html(text: &str, format: Format) -> String {
    match format {
        Format::Markdown => {
            use pulldown_cmark::{html, Options, Parser};
            let parser = Parser::new_ext(text, Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
            let mut out = String::with_capacity(text.len() + text.len() / 4);
            html::push_html(&mut out, parser);
            out
        }
        _ => text.to_string(),
    }
}

/// An element found in the post, with its place in document order.
#[derive(Clone, Copy)]
pub struct Found<'a> {
    pub el: ElementRef<'a>,
    pub order: usize,
}

/// The elements of a post that matter to the figures.
pub struct Elements<'a> {
    /// Every `<index-cards>`, in document order.
    pub cards: Vec<Found<'a>>,
    /// Every `<index-figure>`, in document order.
    pub figures: Vec<Found<'a>>,
    /// The first element with each `id` (as `getElementById` finds it).
    pub by_id: HashMap<String, Found<'a>>,
}

/// Finds the elements of `doc` in document order. Template contents are not part of the document
/// (as in a browser), so figures inside a `<template>` are not figures.
pub fn elements(doc: &Html) -> Elements<'_> {
    let mut found = Elements { cards: Vec::new(), figures: Vec::new(), by_id: HashMap::new() };
    let mut order = 0;
    walk(doc.tree.root(), &mut order, &mut found);
    found
}

fn walk<'a>(node: NodeRef<'a, Node>, order: &mut usize, found: &mut Elements<'a>) {
    for child in node.children() {
        if matches!(child.value(), Node::Fragment) {
            continue;
        }
        if let Some(el) = ElementRef::wrap(child) {
            *order += 1;
            let f = Found { el, order: *order };
            match el.value().name() {
                "index-cards" => found.cards.push(f),
                "index-figure" => found.figures.push(f),
                _ => {}
            }
            if let Some(id) = el.value().attr("id") {
                found.by_id.entry(id.to_string()).or_insert(f);
            }
        }
        walk(child, order, found);
    }
}

/// `el.textContent`: the text of every descendant, template contents left out.
pub fn text_content(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for child in node.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => out.push_str(&text_content(child)),
            _ => {}
        }
    }
    out
}

/// The text of a `<template>`'s contents (`template.content.textContent`).
fn template_text(template: ElementRef<'_>) -> String {
    // html5ever puts the contents in a fragment node under the template element.
    template.children().filter(|c| matches!(c.value(), Node::Fragment)).map(text_content).collect()
}

/// A `<template>` child as the element reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// `data-id`, else `id` (else the element names it `series<n>`).
    pub id: Option<String>,
    pub name: Option<String>,
    pub text: String,
}

/// Where an `<index-cards>` takes its data from, in the element's order of preference.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A non-empty `data-series` attribute: JSON.
    Attribute(String),
    /// A `<script type="application/json">` child: JSON.
    Script(String),
    /// `<template>` children: CSV.
    Templates(Vec<Template>),
    /// A `src` address, and `src-id` if given.
    Src {
        src: String,
        id: Option<String>,
    },
    None,
}

/// What the element's `decideSource(describeElement(el))` picks.
pub fn source(el: ElementRef<'_>) -> Source {
    if let Some(a) = el.value().attr("data-series").filter(|a| !a.trim().is_empty()) {
        return Source::Attribute(a.to_string());
    }
    let children: Vec<ElementRef> = el.children().filter_map(ElementRef::wrap).collect();
    let is = |c: &ElementRef, name: &str| c.value().name() == name;
    if let Some(script) = children.iter().find(|c| {
        is(c, "script") && c.value().attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/json"))
    }) {
        return Source::Script(text_content(**script));
    }
    let templates: Vec<Template> = children
        .iter()
        .filter(|c| is(c, "template"))
        .map(|t| Template {
            id: t
                .value()
                .attr("data-id")
                .or_else(|| t.value().attr("id"))
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            name: t.value().attr("data-name").filter(|s| !s.is_empty()).map(str::to_string),
            text: template_text(*t),
        })
        .collect();
    if !templates.is_empty() {
        return Source::Templates(templates);
    }
    match el.value().attr("src").filter(|s| !s.is_empty()) {
        Some(src) => Source::Src {
            src: src.to_string(),
            id: el.value().attr("src-id").filter(|s| !s.is_empty()).map(str::to_string),
        },
        None => Source::None,
    }
}

/// The `lang` of the nearest element, itself included, that has a `lang` attribute (as
/// `el.closest("[lang]")`); `Some("")` when that attribute is empty.
pub fn closest_lang<'a>(el: ElementRef<'a>) -> Option<&'a str> {
    std::iter::once(*el)
        .chain(el.ancestors())
        .filter_map(ElementRef::wrap)
        .find_map(|e| e.value().attr("lang"))
}

/// The locale an `<index-cards>` shows numbers in: its `locale` or `lang` attribute, else the
/// nearest `lang` around it, else the reader's language.
pub fn cards_locale(el: ElementRef<'_>, reader: &str) -> String {
    let own = el
        .value()
        .attr("locale")
        .filter(|s| !s.is_empty())
        .or_else(|| el.value().attr("lang").filter(|s| !s.is_empty()));
    own.or_else(|| closest_lang(el).filter(|s| !s.is_empty())).unwrap_or(reader).to_string()
}

/// The locale an `<index-figure>` reads its typed text in: the nearest `lang` around it, else its
/// source's locale.
pub fn figure_locale(el: ElementRef<'_>, source_locale: Option<&str>) -> String {
    closest_lang(el).filter(|s| !s.is_empty()).or(source_locale).unwrap_or("en-US").to_string()
}

/// The file a `src` address names under `dir`: the address's path (scheme, host, query and
/// fragment left out, percent-escapes decoded, a leading `/` dropped) joined to `dir`; when no
/// such file exists, the file of the same name directly in `dir`.
pub fn resolve_src(src: &str, dir: &std::path::Path) -> std::path::PathBuf {
    let no_query = src.split(['?', '#']).next().unwrap_or(src);
    let path = match no_query.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| rest.get(i..).unwrap_or("")),
        None => no_query,
    };
    let decoded = percent_decode(path);
    let relative = decoded.trim_start_matches('/');
    let joined = dir.join(relative);
    if joined.is_file() {
        return joined;
    }
    match relative.rsplit('/').next().filter(|n| !n.is_empty()) {
        Some(name) => dir.join(name),
        None => joined,
    }
}

/// `%xx` escapes decoded (invalid ones kept as written), as `decodeURIComponent` would.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// The id `src` gives its series without `src-id`: its last path segment, decoded, without the
/// extension (`/data/%5ERUT.csv` → `^RUT`).
pub fn id_from_src(src: &str) -> String {
    let no_query = src.split(['?', '#']).next().unwrap_or(src);
    let last = no_query.rsplit('/').next().unwrap_or("");
    crate::data::id_from_file_name(&percent_decode(last), 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_in_the_elements_order() {
        let doc = Html::parse_document(
            r#"<index-cards data-series=" " src="a.csv"><template data-id="X" data-name="Ex">date,close
2024-01-02,1</template><script type="application/json">[]</script></index-cards>
<index-cards src="/data/%5ERUT.csv?v=2" src-id=""></index-cards>"#,
        );
        let found = elements(&doc);
        assert_eq!(found.cards.len(), 2);
        assert_eq!(source(found.cards[0].el), Source::Script("[]".into()));
        assert_eq!(source(found.cards[1].el), Source::Src { src: "/data/%5ERUT.csv?v=2".into(), id: None });
        assert_eq!(id_from_src("/data/%5ERUT.csv?v=2"), "^RUT");
        let doc = Html::parse_document(
            r#"<index-cards><template data-id="X" data-name="Ex">date,close
2024-01-02,1</template></index-cards>"#,
        );
        let found = elements(&doc);
        match source(found.cards[0].el) {
            Source::Templates(t) => {
                assert_eq!((t[0].id.as_deref(), t[0].name.as_deref()), (Some("X"), Some("Ex")));
                assert_eq!(t[0].text, "date,close\n2024-01-02,1");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn figures_in_templates_and_code_are_not_figures() {
        let md = "Up <index-figure series=\"A\">4.5%</index-figure>.\n\n```html\n<index-figure series=\"B\">1%</index-figure>\n```\n\n<template><index-figure series=\"C\">2%</index-figure></template>\n";
        let html = to_html(md, Format::Markdown);
        let doc = Html::parse_document(&html);
        let found = elements(&doc);
        let series: Vec<_> = found.figures.iter().map(|f| f.el.value().attr("series")).collect();
        assert_eq!(series, vec![Some("A")]);
        assert_eq!(text_content(*found.figures[0].el), "4.5%");
    }

    #[test]
    fn languages_come_from_the_nearest_lang() {
        let doc = Html::parse_document(
            r#"<html lang="de"><body><index-cards id="c"></index-cards><p lang="fr"><index-figure>1</index-figure></p><p><index-figure>2</index-figure></p><p lang=""><index-figure>3</index-figure></p></body></html>"#,
        );
        let found = elements(&doc);
        let cards = found.by_id["c"].el;
        assert_eq!(cards_locale(cards, "en-US"), "de");
        let locales: Vec<String> = found.figures.iter().map(|f| figure_locale(f.el, Some("it"))).collect();
        assert_eq!(locales, ["fr", "de", "it"]);
    }

    #[test]
    fn src_resolves_under_the_data_folder() {
        let dir = std::path::Path::new("/nowhere");
        assert_eq!(resolve_src("https://example.org/data/sp500.csv?x#y", dir), dir.join("sp500.csv"));
        assert_eq!(resolve_src("sp%20500.csv", dir), dir.join("sp 500.csv"));
    }
}
