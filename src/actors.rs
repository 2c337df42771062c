//! The actor gazetteer and mention finding.
//!
//! A gazetteer is a list of actors (states, blocs, organisations, groups, persons), each with
//! aliases: official and short names, abbreviations, capitals and seats used as metonyms
//! ("Moscow", "the Kremlin"), demonyms, and, for persons, the actor they speak for.
//!
//! Mentions are found over *tokens*: every alias is tokenised like the text, indexed by the hash
//! of its lower-cased token (one-token aliases) or of its first two tokens (longer ones, so the
//! many "the"s of a text look up only the aliases that go on with the next word), and at each
//! token of the text the candidate aliases starting there are checked, longest first
//! (leftmost-longest, so "Russian Federation" beats "Russian").
//! Matches therefore start and end on word boundaries by construction, and case folding is
//! Unicode-aware ("TÜRKIYE" in a headline finds "Türkiye"). This replaced an Aho-Corasick
//! automaton over the raw bytes, which with ~4,000 aliases spent about 1 µs per sentence in
//! cache misses and was the largest single cost of prediction; a hash lookup per token is
//! several times cheaper. Candidates are then filtered by these rules:
//!
//! - **Word boundaries**: a match must not start or end inside a word. A possessive ("Armenia's")
//!   or quotes around a name ("the \"collective West\"") do not prevent a match.
//! - **Case**: the match must have the alias's case, except that an all-capitals headline form
//!   ("RUSSIA") also matches. Abbreviations of up to three letters ("EU", "UN", "US") match only
//!   in exact case, so the words "us" and "un" never match; longer ones also match capitalised
//!   ("Nato").
//! - **Leading "the"**: an alias "the Kremlin" is stored as "Kremlin"; the article is not part
//!   of the mention, so "The Kremlin" and "the Kremlin" both match.
//! - **Demonyms** ("Russian", "Armenian") count only when an official or institution follows
//!   within two words: "the Russian ambassador", "the Armenian leadership", "Turkish foreign
//!   ministry" — not "Russian literature".
//! - **Ambiguous aliases**, written with a leading `~` in the CSV ("~Turkey", "~Chad",
//!   "~Georgia", "~Jordan"), are words or names that also mean something else. They match only
//!   in exact case, never as part of a longer capitalised name ("Michael Jordan", "Chad
//!   Smith", "Georgia O'Keeffe": a capitalised neighbour that is not a title or another actor's
//!   alias vetoes the match), and never inside one of the actor's `exclude` phrases ("Atlanta,
//!   Georgia", "Turkey Day").

use crate::error::{FrameError, Result};
use crate::hashing::KeyMap;
use crate::text::tokenize::{tokenize_into, Token};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

/// The gazetteer shipped with frame, compiled into the binary.
pub const DEFAULT_ACTORS_CSV: &str = include_str!("../data/actors.csv");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name, the label under which all aliases are reported.
    pub name: String,
    /// state, observer_state, territory, bloc, organisation, armed_group, political_group, person.
    pub kind: String,
    /// Surface forms; a leading `~` marks an ambiguous alias (see the module docs).
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    /// For persons: the actor they lead or represent.
    pub speaks_for: Option<String>,
    /// Phrases inside which this actor's ambiguous aliases do not count.
    pub exclude: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    Name,
    Demonym,
}

/// One mention of an actor: a byte range of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub actor: usize,
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
}

/// All aliases of one actor that are equal ignoring case: the automaton matches them as one,
/// and a match is accepted if any variant's case rules accept it.
#[derive(Debug, Clone)]
struct Pattern {
    actor: usize,
    variants: Vec<Variant>,
}

#[derive(Debug, Clone)]
struct Variant {
    /// The alias as written (without `~` and leading "the ").
    text: String,
    kind: PatternKind,
}

/// An alias as a sequence of token hashes.
#[derive(Debug, Clone)]
struct TokenPattern {
    pattern: usize,
    hashes: Vec<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PatternKind {
    Plain,
    ShortAbbreviation,
    Ambiguous,
    Demonym,
}

/// Nouns that make a demonym a mention of its state ("the Russian *ambassador*").
const INSTITUTION_NOUNS: &[&str] = &[
    "ambassador", "ambassadors", "embassy", "envoy", "envoys", "diplomat", "diplomats",
    "diplomacy", "government", "governments", "leadership", "leader", "leaders", "president",
    "presidency", "premier", "prime", "minister", "ministers", "ministry", "chancellor",
    "cabinet", "parliament", "lawmakers", "legislators", "officials", "official", "authorities",
    "administration", "regime", "state", "forces", "force", "troops", "soldiers", "army",
    "military", "navy", "warships", "warplanes", "jets", "drones", "missiles", "artillery",
    "air", "coast", "border", "guards", "police", "intelligence", "security", "services",
    "side", "delegation", "delegates", "negotiators", "mediators", "representative",
    "representatives", "spokesman", "spokeswoman", "spokesperson", "counterpart",
    "counterparts", "commander", "commanders", "general", "generals", "command", "mission",
    "consulate", "junta", "peacekeepers", "contingent", "battalion", "units", "fleet",
    "court", "courts", "judiciary", "prosecutors", "central", "bank", "treasury", "king",
    "monarchy", "crown", "emir", "sultan", "parliamentary", "defence", "defense", "foreign",
    "interior", "national", "armed", "strikes", "offensive", "bombardment", "shelling",
    "sanctions", "veto", "proposal", "plan", "position", "stance", "demands", "bid", "pledge",
    "aid", "vessels", "ships", "submarines", "bombers", "satellite", "hackers", "agents",
    "spies", "operatives", "oil", "gas", "energy", "company", "firms", "state-owned",
];

/// Capitalised words that may stand next to an ambiguous alias without making it part of a
/// personal or place name ("Jordan's King Abdullah", "President of Chad").
const TITLE_WORDS: &[&str] = &[
    "President", "King", "Queen", "Prime", "Minister", "Foreign", "Defence", "Defense",
    "Interior", "Government", "Army", "Navy", "Parliament", "Embassy", "Ambassador", "Republic",
    "Kingdom", "State", "Emir", "Sultan", "Crown", "Prince", "Princess", "General", "Gen",
    "Colonel", "Col", "Junta", "Chancellor", "Premier", "Leader", "Senate", "Council",
    "Ministry", "Court", "Central", "Bank", "National", "Assembly", "Mr", "Mrs", "Ms", "Dr",
    "In", "On", "At", "From", "To", "With", "And", "Or", "But", "The", "A", "An", "Both",
    "Neither", "Officials", "Troops", "Forces", "Authorities", "Talks", "Relations", "Ties",
    "Border", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Said", "Says", "Accuses", "Warns", "Rejects", "Backs",
    "Signs", "Urges", "Joins", "Calls", "Slams", "Hails", "Threatens", "Denies", "Agrees",
    "Yesterday", "Today", "Meanwhile", "Now", "Later", "Earlier", "Also", "Then", "Why", "How",
    "When", "Where", "What", "While", "If", "Although", "After", "Before", "As", "By", "For",
    "Of", "Under", "Over", "Against", "Between", "Across", "Inside", "Near", "Neighbouring",
    "Neighboring", "Southern", "Northern", "Eastern", "Western", "Central", "Only", "Even",
    "This", "That", "Its", "His", "Her", "Their", "Our", "Last", "Next", "Since", "Until",
    "Unlike", "Like", "Including", "Both", "Whether", "Not", "Nor", "So", "Yet", "Still",
    "Ministers", "Envoys", "Officials", "Leaders", "Delegates", "Diplomats", "Sources",
];

#[derive(Debug, Clone)]
pub struct Gazetteer {
    actors: Vec<Actor>,
    /// Looked up once per given pair; FxHash, since SipHash's flood resistance buys nothing
    /// for a table built from the model's own actor list.
    by_name: rustc_hash::FxHashMap<String, usize>,
    patterns: Vec<Pattern>,
    /// Aliases of one token, by its hash.
    by_first_token: LeadIndex,
    /// Aliases of two or more tokens, by their first two (see [`two_token_key`]), longest
    /// first. Keyed by two tokens, not one, so the sentence's many "the"s find only the
    /// aliases that go on with the next word, not every "the ..." alias.
    by_first_two_tokens: LeadIndex,
    /// Lower-cased alias texts, to recognise a capitalised neighbour that is itself an actor.
    alias_words: std::collections::HashSet<String>,
}

impl Serialize for Gazetteer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.actors.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Gazetteer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let actors = Vec::<Actor>::deserialize(d)?;
        Gazetteer::new(actors).map_err(serde::de::Error::custom)
    }
}

impl PartialEq for Gazetteer {
    fn eq(&self, other: &Self) -> bool {
        self.actors == other.actors
    }
}

/// Size of a [`LeadIndex`] filter, a power of two.
const FILTER_BITS: usize = 1 << 16;

fn filter_bit(key: u64) -> usize {
    (key >> (64 - FILTER_BITS.trailing_zeros())) as usize
}

/// The key of a two-token start: the two hashes combined (both are already well mixed; the
/// rotation tells "a b" from "b a").
fn two_token_key(first: u64, second: u64) -> u64 {
    first ^ second.rotate_left(29)
}

/// Alias token sequences by a key of their first token(s).
#[derive(Debug, Clone, Default)]
struct LeadIndex {
    map: KeyMap<Vec<TokenPattern>>,
    /// One bit per value of the top bits of a key, set when some alias has such a key: most
    /// tokens start no alias, and this 8 KB filter answers for them without the map lookup.
    filter: Vec<u64>,
}

impl LeadIndex {
    fn new(map: KeyMap<Vec<TokenPattern>>) -> Self {
        let mut filter = vec![0u64; FILTER_BITS / 64];
        for &key in map.keys() {
            let bit = filter_bit(key);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        LeadIndex { map, filter }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&Vec<TokenPattern>> {
        let bit = filter_bit(key);
        if self.filter[bit / 64] >> (bit % 64) & 1 == 0 {
            return None;
        }
        self.map.get(&key)
    }
}

fn strip_article(alias: &str) -> &str {
    for prefix in ["the ", "The "] {
        if let Some(rest) = alias.strip_prefix(prefix) {
            return rest;
        }
    }
    alias
}

fn is_short_abbreviation(alias: &str) -> bool {
    let letters: Vec<char> = alias.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 3 && letters.iter().all(|c| c.is_uppercase())
}

impl Gazetteer {
    /// Build a gazetteer. Later actors override earlier ones on a shared alias, which is how a
    /// user's `--actors` file takes precedence over the shipped list.
    pub fn new(actors: Vec<Actor>) -> std::result::Result<Self, String> {
        let mut by_name = rustc_hash::FxHashMap::default();
        for (i, a) in actors.iter().enumerate() {
            if by_name.insert(a.name.clone(), i).is_some() {
                return Err(format!("actor '{}' is listed twice", a.name));
            }
        }
        // Pattern text (lower-cased) -> pattern; later entries override earlier ones.
        let mut chosen: HashMap<String, Pattern> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        let mut alias_words = std::collections::HashSet::new();
        for (i, a) in actors.iter().enumerate() {
            let ambiguous_self = a.aliases.iter().any(|x| x.strip_prefix('~').map(strip_article) == Some(strip_article(&a.name)));
            let mut forms: Vec<(String, PatternKind)> = Vec::new();
            if !ambiguous_self {
                forms.push((a.name.clone(), PatternKind::Plain));
            }
            for alias in &a.aliases {
                match alias.strip_prefix('~') {
                    Some(rest) => forms.push((rest.to_string(), PatternKind::Ambiguous)),
                    None => forms.push((alias.clone(), PatternKind::Plain)),
                }
            }
            for d in &a.demonyms {
                forms.push((d.clone(), PatternKind::Demonym));
            }
            for (form, mut kind) in forms {
                let text = strip_article(form.trim()).to_string();
                if text.is_empty() {
                    continue;
                }
                if kind == PatternKind::Plain && is_short_abbreviation(&text) {
                    kind = PatternKind::ShortAbbreviation;
                }
                let key = text.to_lowercase();
                alias_words.insert(key.clone());
                match chosen.get_mut(&key) {
                    Some(p) if p.actor == i => p.variants.push(Variant { text, kind }),
                    Some(p) => *p = Pattern { actor: i, variants: vec![Variant { text, kind }] },
                    None => {
                        order.push(key.clone());
                        chosen.insert(key, Pattern { actor: i, variants: vec![Variant { text, kind }] });
                    }
                }
            }
        }
        let patterns: Vec<Pattern> = order.into_iter().map(|k| chosen.remove(&k).expect("key recorded")).collect();
        let (mut one, mut two): (KeyMap<Vec<TokenPattern>>, KeyMap<Vec<TokenPattern>>) = Default::default();
        let mut tokens = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            tokenize_into(&p.variants[0].text, &mut tokens);
            let hashes: Vec<u64> = tokens.iter().map(|t| t.hash).collect();
            match *hashes {
                [] => {}
                [first] => one.entry(first).or_default().push(TokenPattern { pattern: i, hashes }),
                [first, second, ..] => two.entry(two_token_key(first, second)).or_default().push(TokenPattern { pattern: i, hashes }),
            }
        }
        for list in two.values_mut() {
            list.sort_by(|a, b| b.hashes.len().cmp(&a.hashes.len()).then(a.pattern.cmp(&b.pattern)));
        }
        let (by_first_token, by_first_two_tokens) = (LeadIndex::new(one), LeadIndex::new(two));
        Ok(Gazetteer { actors, by_name, patterns, by_first_token, by_first_two_tokens, alias_words })
    }

    /// The gazetteer shipped with frame.
    pub fn shipped() -> Self {
        Self::from_csv_str(DEFAULT_ACTORS_CSV, "data/actors.csv (built in)").expect("the shipped gazetteer is valid")
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn actor(&self, index: usize) -> &Actor {
        &self.actors[index]
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Read a gazetteer CSV (columns `actor,kind,aliases,demonyms,speaks_for,exclude`; only
    /// `actor` is required; list fields are separated by `|`).
    pub fn from_csv_str(text: &str, source: &str) -> Result<Self> {
        let actors = parse_actor_csv(text, source)?;
        Gazetteer::new(actors).map_err(|m| FrameError::input(source, None, m))
    }

    pub fn from_csv_file(path: &Path) -> Result<Self> {
        let text = crate::data::read_text_file(path)?;
        Self::from_csv_str(&text, &path.display().to_string())
    }

    /// This gazetteer with `extra` actors added; an extra actor with a known name replaces it.
    pub fn extended(&self, extra: Vec<Actor>) -> std::result::Result<Self, String> {
        let mut actors = self.actors.clone();
        for a in extra {
            match actors.iter().position(|x| x.name == a.name) {
                Some(i) => {
                    // Replace in place but move to the end so its aliases take precedence.
                    actors.remove(i);
                    actors.push(a);
                }
                None => actors.push(a),
            }
        }
        Gazetteer::new(actors)
    }

    /// Find all actor mentions in `text`, in order, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut tokens = Vec::new();
        let mut out = Vec::new();
        self.find_with(text, &mut tokens, &mut out);
        out
    }

    /// As [`Gazetteer::find`], reusing the caller's buffers (both are cleared first).
    pub fn find_with(&self, text: &str, tokens: &mut Vec<Token>, out: &mut Vec<Mention>) {
        tokenize_into(text, tokens);
        out.clear();
        let mut i = 0;
        while let Some(first) = tokens.get(i) {
            // Longest first: the aliases of two or more tokens, then those of one.
            let longer = tokens.get(i + 1).and_then(|second| self.by_first_two_tokens.get(two_token_key(first.hash, second.hash)));
            let one = || self.by_first_token.get(first.hash);
            match longer.and_then(|c| self.first_match(text, tokens, i, c)).or_else(|| one().and_then(|c| self.first_match(text, tokens, i, c))) {
                Some(mention) => {
                    out.push(mention);
                    while i < tokens.len() && tokens[i].start < mention.end {
                        i += 1;
                    }
                }
                None => i += 1,
            }
        }
    }

    /// The first of `candidates` (aliases starting at token `i`) found there.
    fn first_match(&self, text: &str, tokens: &[Token], i: usize, candidates: &[TokenPattern]) -> Option<Mention> {
        for c in candidates {
            let n = c.hashes.len();
            if i + n > tokens.len() || tokens[i..i + n].iter().zip(&c.hashes).any(|(t, h)| t.hash != *h) {
                continue;
            }
            let p = &self.patterns[c.pattern];
            let start = tokens[i].start;
            // The alias must also agree on what lies between and after its tokens
            // ("U.S." is not "U S"); case is checked by `accept`.
            let Some(len) = caseless_prefix_len(&text[start..], &p.variants[0].text) else { continue };
            let end = start + len;
            if let Some(v) = p.variants.iter().find(|v| self.accept(text, start, end, p.actor, v)) {
                let kind = if v.kind == PatternKind::Demonym { MentionKind::Demonym } else { MentionKind::Name };
                return Some(Mention { actor: p.actor, start, end, kind });
            }
        }
        None
    }

    fn accept(&self, text: &str, start: usize, end: usize, actor: usize, p: &Variant) -> bool {
        if !at_word_boundary(text, start, end) {
            return false;
        }
        let found = &text[start..end];
        let case_ok = match p.kind {
            PatternKind::ShortAbbreviation | PatternKind::Ambiguous => found == p.text,
            PatternKind::Plain | PatternKind::Demonym => {
                found == p.text || is_all_caps_form(found, &p.text) || same_initial_case(found, &p.text) && p.text.chars().filter(|c| c.is_alphabetic()).count() > 3
            }
        };
        if !case_ok {
            return false;
        }
        match p.kind {
            PatternKind::Demonym => institution_follows(&text[end..]),
            PatternKind::Ambiguous => self.ambiguous_alias_stands_alone(text, start, end, actor),
            _ => true,
        }
    }

    fn ambiguous_alias_stands_alone(&self, text: &str, start: usize, end: usize, actor: usize) -> bool {
        let actor = &self.actors[actor];
        if actor.exclude.iter().any(|phrase| phrase_covers(text, phrase, start, end)) {
            return false;
        }
        let before = &text[..start];
        if let Some(word) = previous_word(before) {
            // Even at the start of a sentence a capitalised word before the alias makes it
            // part of a name ("Michael Jordan said"), unless it is a title or function word.
            if is_capitalised(word) && !self.is_neutral_neighbour(word) {
                return false;
            }
        }
        if let Some(word) = next_word(&text[end..]) {
            if is_capitalised(word) && !self.is_neutral_neighbour(word) {
                return false;
            }
        }
        true
    }

    fn is_neutral_neighbour(&self, word: &str) -> bool {
        TITLE_WORDS.contains(&word) || self.alias_words.contains(&word.to_lowercase())
    }
}

/// Does an occurrence of `phrase` (ignoring ASCII case) cover `text[start..end]`? Only the
/// occurrences starting from `end - phrase.len()` to `start` can, so only those positions are
/// compared: US news mentions "Washington" and "America" all the time, and each of their ~30
/// exclude phrases is checked around every such mention.
fn phrase_covers(text: &str, phrase: &str, start: usize, end: usize) -> bool {
    let (t, p) = (text.as_bytes(), phrase.as_bytes());
    if p.is_empty() || p.len() < end - start || p.len() > t.len() {
        return false;
    }
    let (lower, upper) = (p[0].to_ascii_lowercase(), p[0].to_ascii_uppercase());
    // Most positions fail on their first byte: test it alone before the whole phrase.
    (end.saturating_sub(p.len())..=start.min(t.len().saturating_sub(p.len())))
        .any(|i| (t[i] == lower || t[i] == upper) && text.is_char_boundary(i) && t[i..i + p.len()].eq_ignore_ascii_case(p))
}

/// Byte length of the prefix of `text` equal to `pattern` ignoring case, if there is one.
fn caseless_prefix_len(text: &str, pattern: &str) -> Option<usize> {
    if text.len() >= pattern.len() && text.as_bytes()[..pattern.len()].eq_ignore_ascii_case(pattern.as_bytes()) {
        return Some(pattern.len());
    }
    if pattern.is_ascii() && text.is_char_boundary(pattern.len().min(text.len())) && text[..pattern.len().min(text.len())].is_ascii() {
        return None;
    }
    let mut used = 0;
    let mut t = text.chars();
    for pc in pattern.chars() {
        let tc = t.next()?;
        if tc != pc && !tc.to_lowercase().eq(pc.to_lowercase()) {
            return None;
        }
        used += tc.len_utf8();
    }
    Some(used)
}

fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    // An alias that ends in a period ("U.S.") may be followed by anything.
    before_ok && after_ok
}

fn is_all_caps_form(found: &str, alias: &str) -> bool {
    found.chars().any(|c| c.is_alphabetic())
        && found.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && found.to_lowercase() == alias.to_lowercase()
}

fn same_initial_case(found: &str, alias: &str) -> bool {
    // "Nato" for "NATO": the first letter agrees and the rest differs only in case.
    match (found.chars().next(), alias.chars().next()) {
        (Some(a), Some(b)) => a == b && found.to_lowercase() == alias.to_lowercase(),
        _ => false,
    }
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The word just before `before`'s end (skipping spaces).
fn previous_word(before: &str) -> Option<&str> {
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() && !before.is_empty() {
        return None; // attached punctuation or nothing: not a separate word
    }
    let start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    let word = &trimmed[start..];
    (!word.is_empty()).then_some(word)
}

fn next_word(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Is an institution noun among the next two words? Coordinated demonyms are skipped, so
/// "Russian and American officials" counts for both.
fn institution_follows(after: &str) -> bool {
    let mut checked = 0;
    let mut skipped = 0;
    for w in after.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
        let word = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let lower = word.to_lowercase();
        if INSTITUTION_NOUNS.contains(&lower.as_str()) {
            return true;
        }
        let coordinating = matches!(lower.as_str(), "and" | "or") || (is_capitalised(word) && checked == 0);
        if coordinating && skipped < 3 {
            skipped += 1;
            continue;
        }
        checked += 1;
        if checked >= 2 {
            return false;
        }
    }
    false
}

fn split_list(field: &str) -> Vec<String> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn parse_actor_csv(text: &str, source: &str) -> Result<Vec<Actor>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| FrameError::input(source, Some(1), format!("cannot read the header: {e}")))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let actor_col = col("actor").ok_or_else(|| FrameError::input(source, Some(1), "missing required column 'actor'"))?;
    let (kind_col, aliases_col, demonyms_col, speaks_col, exclude_col) =
        (col("kind"), col("aliases"), col("demonyms"), col("speaks_for"), col("exclude"));
    let mut actors: Vec<Actor> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line());
            FrameError::input(source, line, format!("malformed CSV: {e}"))
        })?;
        let line = record.position().map(|p| p.line());
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim().to_string();
        let name = get(Some(actor_col));
        if name.is_empty() {
            return Err(FrameError::input(source, line, "empty actor name"));
        }
        if actors.iter().any(|a| a.name == name) {
            return Err(FrameError::input(source, line, format!("actor '{name}' is listed twice")));
        }
        let kind = get(kind_col);
        let speaks_for = Some(get(speaks_col)).filter(|s| !s.is_empty());
        actors.push(Actor {
            name,
            kind: if kind.is_empty() { "actor".into() } else { kind },
            aliases: split_list(&get(aliases_col)),
            demonyms: split_list(&get(demonyms_col)),
            speaks_for,
            exclude: split_list(&get(exclude_col)),
        });
    }
    Ok(actors)
}

/// Parse a user's actor CSV into actor entries (to extend a gazetteer with).
pub fn parse_actor_file(path: &Path) -> Result<Vec<Actor>> {
    let text = crate::data::read_text_file(path)?;
    parse_actor_csv(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_covers_agrees_with_a_search_of_every_occurrence() {
        // Every occurrence (at a char boundary, ignoring ASCII case), then whether one covers.
        let plain = |text: &str, phrase: &str, start: usize, end: usize| -> bool {
            let (h, n) = (text.as_bytes(), phrase.as_bytes());
            !n.is_empty()
                && n.len() <= h.len()
                && (0..=h.len() - n.len()).any(|i| text.is_char_boundary(i) && h[i..i + n.len()].eq_ignore_ascii_case(n) && i <= start && end <= i + n.len())
        };
        let texts = ["", "Washington Post", "the WASHINGTON post said", "in washington, Seattle, Washington", "Éire and éire", "x1 2Y", "ünï Washington", "post Washington Post"];
        let phrases = ["", "washington", "Washington Post", "seattle, washington", "Éire", "éire", "1 2y", "ü", "Post said", "w", "post washington"];
        for text in texts {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    for phrase in phrases {
                        assert_eq!(phrase_covers(text, phrase, start, end), plain(text, phrase, start, end), "{text:?} {phrase:?} {start}..{end}");
                    }
                }
            }
        }
    }

    fn gaz() -> Gazetteer {
        Gazetteer::from_csv_str(
            "actor,kind,aliases,demonyms,speaks_for,exclude\n\
             Russia,state,Russian Federation|Moscow|the Kremlin,Russian,,\n\
             EU,bloc,European Union|Brussels,,,\n\
             United States,state,US|U.S.|Washington|the White House,American,,\n\
             Vladimir Putin,person,Putin,,Russia,\n\
             Jordan,state,~Jordan|Amman,Jordanian,,Jordan River|Air Jordan\n\
             Georgia,state,~Georgia|Tbilisi,Georgian,,\"Atlanta, Georgia|state of Georgia\"\n\
             NATO,bloc,,,,\n",
            "test",
        )
        .unwrap()
    }

    fn names(text: &str) -> Vec<(String, String)> {
        let g = gaz();
        g.find(text).iter().map(|m| (g.actor(m.actor).name.clone(), text[m.start..m.end].to_string())).collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn metonyms_and_longest_match() {
        assert_eq!(
            names("The Kremlin and Moscow's allies in the Russian Federation told Brussels."),
            pairs(&[("Russia", "Kremlin"), ("Russia", "Moscow"), ("Russia", "Russian Federation"), ("EU", "Brussels")])
        );
    }

    #[test]
    fn demonyms_need_an_institution() {
        assert_eq!(names("The Russian ambassador praised Russian literature."), pairs(&[("Russia", "Russian")]));
        assert_eq!(names("the Georgian foreign ministry"), pairs(&[("Georgia", "Georgian")]));
        assert_eq!(names("Russian and American officials met"), pairs(&[("Russia", "Russian"), ("United States", "American")]));
        assert!(names("Russian and American novels").is_empty());
    }

    #[test]
    fn short_abbreviations_are_case_exact() {
        assert_eq!(names("Let us meet the US envoy"), pairs(&[("United States", "US")]));
        assert_eq!(names("Nato and NATO"), pairs(&[("NATO", "Nato"), ("NATO", "NATO")]));
    }

    #[test]
    fn every_alias_passes_its_lead_filter() {
        let g = Gazetteer::shipped();
        for index in [&g.by_first_token, &g.by_first_two_tokens] {
            for (&key, patterns) in &index.map {
                assert!(std::ptr::eq(index.get(key).unwrap(), patterns));
            }
            let passed = (0..10_000u64).filter(|i| index.get(crate::hashing::finish(*i)).is_some()).count();
            // Each set bit lets about 1/FILTER_BITS of other keys through to the map.
            let expected = 10_000 * index.map.len() / FILTER_BITS;
            assert!(passed <= 2 * expected + 20, "{passed} of 10,000 random keys passed the filter");
        }
        // Every alias is indexed by its first token or its first two.
        let mut tokens = Vec::new();
        for (i, p) in g.patterns.iter().enumerate() {
            tokenize_into(&p.variants[0].text, &mut tokens);
            let list = match tokens[..] {
                [ref first] => g.by_first_token.get(first.hash),
                [ref first, ref second, ..] => g.by_first_two_tokens.get(two_token_key(first.hash, second.hash)),
                [] => continue,
            };
            assert!(list.is_some_and(|l| l.iter().any(|c| c.pattern == i)), "{}", p.variants[0].text);
        }
    }

    #[test]
    fn ambiguous_aliases() {
        assert_eq!(names("Jordan closed its border."), pairs(&[("Jordan", "Jordan")]));
        assert!(names("Michael Jordan retired.").is_empty());
        assert!(names("They crossed the Jordan River.").is_empty());
        assert!(names("Voters in Atlanta, Georgia queued.").is_empty());
        assert_eq!(names("Troops left Georgia on Monday."), pairs(&[("Georgia", "Georgia")]));
        assert_eq!(names("Jordan's King Abdullah met Putin."), pairs(&[("Jordan", "Jordan"), ("Vladimir Putin", "Putin")]));
    }

    #[test]
    fn word_boundaries_and_caps() {
        assert!(names("Eurussia and Moscowitz").is_empty());
        assert_eq!(names("RUSSIA WARNS EU"), pairs(&[("Russia", "RUSSIA"), ("EU", "EU")]));
        assert_eq!(names("U.S. and U S and US"), pairs(&[("United States", "U.S."), ("United States", "US")]));
    }

    #[test]
    fn unicode_case_folding() {
        let g = Gazetteer::from_csv_str("actor,aliases\nTurkey,Türkiye\n", "t").unwrap();
        assert_eq!(g.find("TÜRKIYE SAYS").len(), 1);
        assert_eq!(g.find("türkiye").len(), 0, "lower case does not match a capitalised alias");
    }

    #[test]
    fn case_variants_of_one_actor_all_match() {
        let g = Gazetteer::from_csv_str("actor,aliases\nal-Shabaab,Al-Shabaab\n", "t").unwrap();
        assert_eq!(g.find("al-Shabaab and Al-Shabaab").len(), 2);
    }

    #[test]
    fn later_entries_override_aliases() {
        let g = gaz()
            .extended(vec![Actor {
                name: "Moscow City".into(),
                kind: "city".into(),
                aliases: vec!["Moscow".into()],
                demonyms: vec![],
                speaks_for: None,
                exclude: vec![],
            }])
            .unwrap();
        let m = g.find("Moscow said");
        assert_eq!(g.actor(m[0].actor).name, "Moscow City");
    }
}
