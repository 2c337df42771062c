//! Main text of an HTML page, with the html5ever parser (through `scraper`).
//!
//! Scripts, styles, navigation, headers, footers, asides, forms and hidden elements are
//! dropped; block elements (paragraphs, headings, list items, table cells...) become separate
//! lines, so the residue filter and the sentence splitter see the page's structure. When the
//! page has an `<article>` or `<main>` element, only its text is kept; the page's `<h1>` is kept
//! as the first line even when it sits outside.

use ego_tree::NodeRef;
use scraper::{Html, Node, Selector};

const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg",
    "iframe", "template", "select", "figure", "menu", "head", "object",
];
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "dd", "dt", "dl",
    "figcaption", "address", "title", "body",
];

fn is_hidden(el: &scraper::node::Element) -> bool {
    el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
        || el.attr("style").is_some_and(|s| s.replace(' ', "").contains("display:none"))
        || el.attr("role").is_some_and(|r| matches!(r, "navigation" | "banner" | "contentinfo" | "complementary"))
}

fn collect(node: NodeRef<Node>, out: &mut String) {
    match node.value() {
        Node::Text(t) => out.push_str(&t.text),
        Node::Element(el) => {
            let name = el.name();
            if SKIPPED.contains(&name) || is_hidden(el) {
                return;
            }
            let block = BLOCKS.contains(&name);
            if block {
                out.push('\n');
            }
            for child in node.children() {
                collect(child, out);
            }
            if block {
                out.push('\n');
            }
        }
        _ => {
            for child in node.children() {
                collect(child, out);
            }
        }
    }
}

/// Extract the readable main text of an HTML document as lines.
pub fn extract_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let main = Selector::parse("article, main").expect("valid selector");
    let h1 = Selector::parse("h1").expect("valid selector");
    let mut out = String::new();
    if let Some(root) = doc.select(&main).next() {
        if let Some(title) = doc.select(&h1).next() {
            if !root.descendants().any(|d| d.id() == title.id()) {
                collect(*title, &mut out);
            }
        }
        collect(*root, &mut out);
    } else {
        let body = Selector::parse("body").expect("valid selector");
        match doc.select(&body).next() {
            Some(b) => collect(*b, &mut out),
            None => collect(doc.tree.root(), &mut out),
        }
    }
    // Collapse whitespace inside lines and drop empty lines.
    out.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_article_text_drops_chrome() {
        let page = r#"<html><head><title>Site</title><script>var x = "Russia";</script></head>
        <body><nav><a>Home</a> <a>World</a></nav><header>The Daily Meridian</header>
        <h1>Kremlin rebuffs EU offer</h1>
        <article><p>Moscow rejected the   proposal on Monday.</p><p>Brussels said it would try again.</p>
        <div style="display: none">hidden text</div></article>
        <footer>© 2025</footer></body></html>"#;
        assert_eq!(extract_text(page), "Kremlin rebuffs EU offer\nMoscow rejected the proposal on Monday.\nBrussels said it would try again.");
    }
}
