//! Removal of scraped-page residue before sentence splitting.
//!
//! Pages copied or scraped from news sites carry the site name, menu items, calendar widgets,
//! share buttons, time stamps and snippets in other languages around the article. Each line of
//! the input is classified on its own; residue lines are dropped, and the first substantial line
//! without final punctuation before the body is kept as the headline.

/// The article text left after cleaning, with the headline's byte range in it if one was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanText {
    pub text: String,
    pub headline: Option<(usize, usize)>,
    /// Number of input lines dropped as residue.
    pub dropped_lines: usize,
}

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "tu", "we", "th", "fr", "sa",
    "su",
];
/// Words of buttons, widgets and boilerplate; a short line made only of these is residue.
const BOILERPLATE: &[&str] = &[
    "share", "tweet", "email", "e-mail", "print", "comments", "comment", "subscribe", "sign",
    "in", "log", "login", "register", "read", "more", "advertisement", "ad", "cookies", "cookie",
    "accept", "menu", "search", "home", "newsletter", "follow", "us", "on", "facebook", "twitter",
    "x", "whatsapp", "telegram", "linkedin", "copy", "link", "related", "topics", "updated",
    "published", "gmt", "utc", "min", "mins", "ago", "hours", "hour", "minutes", "listen",
    "watch", "video", "photo", "gallery", "skip", "to", "content", "main", "next", "previous",
    "back", "top", "the", "and", "|", "•", "archive", "calendar", "today", "yesterday", "latest",
    "news", "most", "popular", "trending", "all", "rights", "reserved", "©", "contact",
    "about", "privacy", "policy", "terms", "of", "use",
];
const MENU_SEPARATORS: &[char] = &['|', '•', '·', '»', '›', '/', '>'];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Cjk,
    Other,
}

fn script_of(c: char) -> Script {
    match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0370..=0x03FF => Script::Greek,
        0x0400..=0x052F => Script::Cyrillic,
        0x0590..=0x05FF => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F => Script::Arabic,
        0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF => Script::Cjk,
        _ => Script::Other,
    }
}

/// Letters of each script in a line (ASCII letters counted without a table lookup).
fn script_counts(line: &str) -> [usize; 7] {
    let mut counts = [0usize; 7];
    if line.is_ascii() {
        counts[Script::Latin as usize] = line.bytes().filter(u8::is_ascii_alphabetic).count();
        return counts;
    }
    for c in line.chars() {
        if c.is_ascii() {
            counts[Script::Latin as usize] += c.is_ascii_alphabetic() as usize;
        } else if c.is_alphabetic() {
            counts[script_of(c) as usize] += 1;
        }
    }
    counts
}

fn dominant_script(counts: [usize; 7]) -> Option<Script> {
    let (idx, &n) = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    if n == 0 {
        return None;
    }
    Some([Script::Latin, Script::Cyrillic, Script::Greek, Script::Arabic, Script::Hebrew, Script::Cjk, Script::Other][idx])
}

fn words_of(line: &str) -> Vec<String> {
    line.split(|c: char| c.is_whitespace() || MENU_SEPARATORS.contains(&c) || c == ',')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_calendar_or_date(words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let datey = words
        .iter()
        .filter(|w| {
            MONTHS.contains(&w.as_str())
                || WEEKDAYS.contains(&w.as_str())
                || w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 4
                || is_clock_time(w)
        })
        .count();
    datey * 10 >= words.len() * 8
}

fn is_clock_time(w: &str) -> bool {
    let mut parts = w.split(':');
    matches!((parts.next(), parts.next(), parts.next()), (Some(h), Some(m), None)
        if !h.is_empty() && !m.is_empty() && h.len() <= 2 && m.len() <= 2 && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit()))
        || w.chars().all(|c| c.is_ascii_digit())
}

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”', '’', ':', ';', ')'])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Body,
    /// A substantial line without final punctuation: a headline or subheading.
    Title,
    Residue,
}

/// Lines longer than this that end like a sentence are prose: no menu, calendar or button row
/// is that long, so the word-level checks are skipped.
const LONG_LINE_BYTES: usize = 200;

fn classify(line: &str, scripts: &[usize; 7], body_script: Option<Script>) -> LineKind {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return LineKind::Residue;
    }
    if let Some(body) = body_script {
        let letters: usize = scripts.iter().sum();
        let foreign = letters - scripts[body as usize];
        if letters > 0 && foreign * 2 > letters {
            return LineKind::Residue;
        }
    }
    if trimmed.len() > LONG_LINE_BYTES && ends_like_sentence(trimmed) {
        return LineKind::Body;
    }
    let words = words_of(trimmed);
    if words.is_empty() || is_calendar_or_date(&words) {
        return LineKind::Residue;
    }
    let separators = trimmed.chars().filter(|c| MENU_SEPARATORS.contains(c)).count();
    if separators >= 2 && !ends_like_sentence(trimmed) {
        return LineKind::Residue; // "Home | World | Politics"
    }
    if words.iter().all(|w| BOILERPLATE.contains(&w.as_str()) || is_calendar_or_date(std::slice::from_ref(w))) {
        return LineKind::Residue;
    }
    if ends_like_sentence(trimmed) {
        return if words.len() >= 3 { LineKind::Body } else { LineKind::Residue };
    }
    if words.len() >= 4 {
        LineKind::Title
    } else {
        // Short unpunctuated lines: menu items, site names, section labels.
        LineKind::Residue
    }
}

/// Clean one article's text (already normalised). Paragraph breaks are kept as blank lines.
pub fn clean(text: &str) -> CleanText {
    let lines: Vec<&str> = text.lines().collect();
    let scripts: Vec<[usize; 7]> = lines.iter().map(|l| script_counts(l)).collect();
    // The body's script: the most frequent among lines that read like prose.
    let mut prose = [0usize; 7];
    for (line, counts) in lines.iter().zip(&scripts) {
        if ends_like_sentence(line) && line.split_whitespace().nth(5).is_some() {
            prose.iter_mut().zip(counts).for_each(|(p, c)| *p += c);
        }
    }
    let body_script = dominant_script(prose);
    let kinds: Vec<LineKind> = lines.iter().zip(&scripts).map(|(l, s)| classify(l, s, body_script)).collect();
    let first_body = kinds.iter().position(|k| *k == LineKind::Body);
    // The headline is the last title line before the first body line (titles further up are
    // usually site taglines or section banners, but they are kept as text all the same).
    let headline_idx = first_body.and_then(|b| kinds[..b].iter().rposition(|k| *k == LineKind::Title))
        .or_else(|| if first_body.is_none() { kinds.iter().position(|k| *k == LineKind::Title) } else { None });
    let mut out = String::with_capacity(text.len());
    let mut headline = None;
    let mut dropped = 0;
    for (idx, (line, kind)) in lines.iter().zip(&kinds).enumerate() {
        if *kind == LineKind::Residue {
            if !line.trim().is_empty() {
                dropped += 1;
            }
            continue;
        }
        // A blank line between kept lines: each kept line is its own paragraph, except that
        // hard-wrapped body lines (next starts in lower case) are joined by the splitter.
        if !out.is_empty() {
            let continues = line.trim_start().chars().next().is_some_and(char::is_lowercase);
            out.push_str(if continues { "\n" } else { "\n\n" });
        }
        let start = out.len();
        out.push_str(line.trim());
        if Some(idx) == headline_idx {
            headline = Some((start, out.len()));
        }
    }
    CleanText { text: out, headline, dropped_lines: dropped }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_menu_calendar_and_buttons() {
        let page = "The Daily Meridian\nHome | World | Politics | Business\nMo Tu We Th Fr Sa Su\n1 2 3 4 5 6 7\nMarch 2025\nKremlin rebuffs EU offer on grain corridor\nUpdated 14:32 GMT\nShare Tweet Email\nMoscow rejected the proposal on Monday, officials said.\nОтветить\n";
        let cleaned = clean(page);
        assert_eq!(cleaned.text, "Kremlin rebuffs EU offer on grain corridor\n\nMoscow rejected the proposal on Monday, officials said.");
        let (s, e) = cleaned.headline.unwrap();
        assert_eq!(&cleaned.text[s..e], "Kremlin rebuffs EU offer on grain corridor");
    }

    #[test]
    fn plain_text_is_untouched() {
        let text = "Russia and China signed a deal. The EU objected.";
        assert_eq!(clean(text).text, text);
    }
}
