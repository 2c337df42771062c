//! The project's hand-labelled framing set (data/framing) and gazetteer (data/actors.csv) keep
//! the promises of their codebook: schema, labels, offsets, size, variety, and clean splits.

mod common;
use common::repo;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

const LABELS: [&str; 3] = ["adversarial", "cooperative", "neutral"];
const SPLITS: [&str; 3] = ["train", "dev", "test"];

#[derive(Debug, Clone)]
struct Row {
    split: &'static str,
    text: String,
    actor: String,
    label: String,
}

fn load() -> Vec<Row> {
    let mut rows = Vec::new();
    for split in SPLITS {
        let path = repo(&format!("data/framing/{split}.csv"));
        let mut rdr = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let headers = rdr.headers().unwrap().clone();
        let cols: Vec<&str> = headers.iter().collect();
        assert_eq!(cols, ["id", "text", "actor", "mention", "label", "start", "end"], "{split}.csv header");
        for rec in rdr.records() {
            let rec = rec.unwrap();
            let line = rec.position().unwrap().line();
            let (text, actor, mention, label) = (&rec[1], &rec[2], &rec[3], &rec[4]);
            let start: usize = rec[5].parse().unwrap_or_else(|_| panic!("{split}.csv:{line}: start"));
            let end: usize = rec[6].parse().unwrap_or_else(|_| panic!("{split}.csv:{line}: end"));
            assert!(LABELS.contains(&label), "{split}.csv:{line}: label {label}");
            assert!(!actor.trim().is_empty(), "{split}.csv:{line}: empty actor");
            let chars: Vec<char> = text.chars().collect();
            assert!(start < end && end <= chars.len(), "{split}.csv:{line}: offsets {start}..{end}");
            let at: String = chars[start..end].iter().collect();
            assert_eq!(at, mention, "{split}.csv:{line}: offsets do not point at the mention");
            let before_ok = start == 0 || !chars[start - 1].is_alphanumeric();
            let after_ok = end == chars.len() || !chars[end].is_alphanumeric();
            assert!(before_ok && after_ok, "{split}.csv:{line}: mention '{mention}' is not on word boundaries");
            rows.push(Row { split, text: text.to_string(), actor: actor.to_string(), label: label.to_string() });
        }
    }
    rows
}

fn words(text: &str) -> Vec<String> {
    frame::text::tokenize(text).iter().map(|t| t.text(text)).collect()
}

#[test]
fn size_labels_and_variety() {
    let rows = load();
    assert!(rows.len() >= 3000, "only {} rows", rows.len());
    let actors: BTreeSet<&str> = rows.iter().map(|r| r.actor.as_str()).collect();
    assert!(actors.len() >= 120, "only {} distinct actors", actors.len());
    for split in SPLITS {
        let mine: Vec<&Row> = rows.iter().filter(|r| r.split == split).collect();
        for label in LABELS {
            let share = mine.iter().filter(|r| r.label == label).count() as f64 / mine.len() as f64;
            assert!(share >= 0.20, "{label} is only {:.1}% of {split}", share * 100.0);
        }
    }
    let share = |s: &str| rows.iter().filter(|r| r.split == s).count() as f64 / rows.len() as f64;
    assert!((0.62..=0.78).contains(&share("train")), "train share {:.2}", share("train"));
    assert!((0.10..=0.22).contains(&share("dev")) && (0.10..=0.22).contains(&share("test")));

    let mut by_sentence: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in &rows {
        by_sentence.entry(&r.text).or_default().push(r);
    }
    let multi: Vec<&Vec<&Row>> = by_sentence.values().filter(|v| v.len() >= 2).collect();
    let multi_share = multi.len() as f64 / by_sentence.len() as f64;
    assert!(multi_share >= 0.35, "only {:.1}% of sentences have two or more actors", multi_share * 100.0);
    let differing = multi.iter().filter(|v| v.iter().map(|r| &r.label).collect::<HashSet<_>>().len() > 1).count();
    assert!(differing * 3 >= multi.len(), "only {differing} of {} multi-actor sentences have differing labels", multi.len());
    for (text, v) in &by_sentence {
        let splits: HashSet<&str> = v.iter().map(|r| r.split).collect();
        assert_eq!(splits.len(), 1, "sentence in several splits: {text}");
        let actors: HashSet<&str> = v.iter().map(|r| r.actor.as_str()).collect();
        assert_eq!(actors.len(), v.len(), "an actor labelled twice in: {text}");
    }
}

#[test]
fn test_split_holds_unseen_actors() {
    let rows = load();
    let train: HashSet<&str> = rows.iter().filter(|r| r.split == "train").map(|r| r.actor.as_str()).collect();
    let unseen: BTreeSet<&str> = rows.iter().filter(|r| r.split == "test" && !train.contains(r.actor.as_str())).map(|r| r.actor.as_str()).collect();
    assert!(unseen.len() >= 20, "only {} test actors are unseen in train: {unseen:?}", unseen.len());
}

#[test]
fn no_sentence_repeats_across_splits_even_nearly() {
    let rows = load();
    let mut sentences: BTreeMap<&str, &'static str> = BTreeMap::new();
    for r in &rows {
        sentences.insert(&r.text, r.split);
    }
    let sets: Vec<(&'static str, HashSet<String>, &str)> = sentences.iter().map(|(t, s)| (*s, words(t).into_iter().collect(), *t)).collect();
    for i in 0..sets.len() {
        for j in i + 1..sets.len() {
            let (sa, a, ta) = &sets[i];
            let (sb, b, tb) = &sets[j];
            if sa == sb {
                continue;
            }
            let inter = a.intersection(b).count();
            let union = a.len() + b.len() - inter;
            let jaccard = inter as f64 / union.max(1) as f64;
            assert!(jaccard <= 0.8, "near-duplicate across {sa}/{sb} (Jaccard {jaccard:.2}):\n  {ta}\n  {tb}");
        }
    }
}

/// Function words ignored by the no-template rule (names are ignored too: capitalised words
/// after the first, and the labelled mentions).
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "to", "in", "on", "at", "by", "with", "from", "into",
    "onto", "over", "under", "about", "after", "before", "during", "between", "among", "through", "against", "without", "within",
    "across", "along", "around", "as", "than", "that", "this", "these", "those", "it", "its", "s", "he", "she", "they", "them",
    "their", "his", "her", "we", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
    "also", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "there", "here", "then", "such", "all", "any",
    "both", "each", "few", "more", "most", "other", "some", "own", "same", "very", "just", "only", "up", "down", "out", "off",
    "again", "further", "once", "said", "says", "say", "told", "tells", "according", "while", "if", "because", "since", "until",
    "unless", "though", "although",
];

#[test]
fn no_two_sentences_share_a_six_word_run() {
    let rows = load();
    let mut mentions: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in &rows {
        mentions.entry(&r.text).or_default().push(&r.actor);
    }
    let mut seen: HashMap<Vec<String>, &str> = HashMap::new();
    for text in mentions.keys() {
        let toks = frame::text::tokenize(text);
        let content: Vec<String> = toks
            .iter()
            .enumerate()
            .filter(|(k, t)| {
                let raw = &text[t.start..t.end];
                let lower = raw.to_lowercase();
                !(FUNCTION_WORDS.contains(&lower.as_str()) || (*k > 0 && raw.chars().next().is_some_and(char::is_uppercase)) || raw.chars().all(|c| c.is_numeric()))
            })
            .map(|(_, t)| t.text(text))
            .collect();
        for w in content.windows(6) {
            if let Some(other) = seen.insert(w.to_vec(), text) {
                assert_eq!(other, *text, "shared 6-word run {:?}:\n  {other}\n  {text}", w);
            }
        }
    }
}

#[test]
fn gazetteer_is_complete_and_consistent() {
    let g = frame::actors::Gazetteer::shipped();
    let actors = g.actors();
    assert!(actors.len() >= 250, "only {} actors", actors.len());
    let kinds = ["state", "observer_state", "territory", "bloc", "organisation", "armed_group", "political_group", "person"];
    let states = actors.iter().filter(|a| a.kind == "state").count();
    assert!(states >= 193, "only {states} states");
    for a in actors {
        assert!(kinds.contains(&a.kind.as_str()), "{}: kind {}", a.name, a.kind);
        if a.kind == "person" {
            let boss = a.speaks_for.as_deref().unwrap_or_else(|| panic!("{} speaks for no one", a.name));
            assert!(g.index_of(boss).is_some(), "{} speaks for unknown {boss}", a.name);
        }
    }
    for observer in ["Palestine", "Vatican City"] {
        assert_eq!(actors[g.index_of(observer).unwrap()].kind, "observer_state");
    }
    for org in ["EU", "NATO", "CSTO", "UN", "AU", "ASEAN", "SCO", "BRICS", "OSCE", "IAEA", "IMF"] {
        assert!(g.index_of(org).is_some(), "{org} missing");
    }
}

#[test]
fn gazetteer_finds_metonyms_demonyms_and_handles_ambiguous_names() {
    let g = frame::actors::Gazetteer::shipped();
    let found = |t: &str| -> Vec<String> { g.find(t).iter().map(|m| g.actor(m.actor).name.clone()).collect() };
    assert_eq!(found("The Kremlin and Moscow rejected it."), ["Russia", "Russia"]);
    assert_eq!(found("The White House said Washington would respond."), ["United States", "United States"]);
    assert_eq!(found("Brussels and Beijing signed."), ["EU", "China"]);
    assert_eq!(found("The Armenian leadership met the Russian ambassador."), ["Armenia", "Russia"]);
    assert_eq!(found("Armenia's government protested."), ["Armenia"]);
    assert_eq!(found("Armenia’s envoy and the \"Kremlin\" line"), ["Armenia", "Russia"]);
    assert_eq!(found("Officials in 'Brussels' and «Moscow» replied."), ["EU", "Russia"]);
    assert!(found("We ate turkey and read Russian novels.").is_empty());
    assert!(found("Chad Smith visited Atlanta, Georgia.").is_empty());
    assert_eq!(found("Turkey and Georgia signed a pact with Chad."), ["Turkey", "Georgia", "Chad"]);
}
