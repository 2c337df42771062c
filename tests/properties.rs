//! Property tests: the stages that read untrusted text never panic and keep their invariants.

use frame::actors::Gazetteer;
use frame::data::{read_examples, DataFormat};
use frame::hashing::{hash_str_lower, NUM_HASH};
use frame::text::{normalize, residue, split_sentences, tokenize, Normalizer};
use proptest::prelude::*;

fn news_like() -> impl Strategy<Value = String> {
    // Mix arbitrary Unicode with the characters that drive the splitters and matchers.
    prop::collection::vec(
        prop_oneof![
            any::<char>().prop_map(|c| c.to_string()),
            Just(". ".to_string()),
            Just("U.S.".to_string()),
            Just("\n".to_string()),
            Just("“".to_string()),
            Just("\"".to_string()),
            Just("Moscow".to_string()),
            Just("the Kremlin".to_string()),
            Just("Russian ambassador".to_string()),
            Just("Москва".to_string()),
            Just("Erdoğan".to_string()),
            Just(" | ".to_string()),
            Just("12 13 14".to_string()),
            "[a-zA-Z ]{0,12}".prop_map(|s| s),
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

/// Texts long enough to cross the tokeniser's 64-byte windows, words of every length included.
fn long_news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            news_like(),
            "[a-zA-Z0-9]{1,70}".prop_map(|s| s),
            "[a-z0-9 ,.]{0,80}".prop_map(|s| s),
            Just("Élysée-Türkiye’s 2024 Москва".to_string()),
        ],
        0..8,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn tokenizer_spans_are_valid(text in news_like()) {
        let tokens = tokenize(&text);
        let mut last_end = 0;
        for t in &tokens {
            prop_assert!(t.start < t.end && t.end <= text.len());
            prop_assert!(t.start >= last_end);
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert!(text[t.start..t.end].chars().all(char::is_alphanumeric));
            // The hash is that of the lower-cased word, or of the number token.
            let word = &text[t.start..t.end];
            let expected = if word.chars().all(char::is_numeric) { NUM_HASH } else { hash_str_lower(word) };
            prop_assert_eq!(t.hash, expected, "{:?}", word);
            last_end = t.end;
        }
    }

    #[test]
    fn tokens_are_the_maximal_runs_of_letters_and_digits(text in long_news_like()) {
        // The definition, character by character: every maximal run of alphanumeric
        // characters, hashed lower-cased (or as the number token when all numeric).
        let mut expected = Vec::new();
        let mut run: Option<usize> = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (run, c.is_alphanumeric() && i < text.len()) {
                (None, true) => run = Some(i),
                (Some(start), false) => {
                    let word = &text[start..i];
                    let hash = if word.chars().all(char::is_numeric) { NUM_HASH } else { hash_str_lower(word) };
                    expected.push((start, i, hash));
                    run = None;
                }
                _ => {}
            }
        }
        let got: Vec<_> = tokenize(&text).iter().map(|t| (t.start, t.end, t.hash)).collect();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn sentences_are_ordered_trimmed_and_cover_all_words(text in news_like()) {
        let text = normalize(&text);
        let spans = split_sentences(&text);
        let mut last_end = 0;
        for s in &spans {
            prop_assert!(s.start < s.end && s.end <= text.len() && s.start >= last_end);
            let piece = &text[s.start..s.end];
            prop_assert_eq!(piece.trim(), piece);
            last_end = s.end;
        }
        // Every token of the text lies inside some sentence.
        for t in tokenize(&text) {
            prop_assert!(spans.iter().any(|s| s.start <= t.start && t.end <= s.end));
        }
    }

    #[test]
    fn residue_cleaning_and_gazetteer_never_panic(text in news_like()) {
        let cleaned = residue::clean(&normalize(&text));
        if let Some((s, e)) = cleaned.headline {
            prop_assert!(s <= e && e <= cleaned.text.len());
        }
        let g = Gazetteer::shipped();
        for m in g.find(&text) {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }

    #[test]
    fn csv_reader_never_panics(body in news_like(), start in -3i64..60, end in -3i64..80) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        let mut w = csv::Writer::from_path(&path).unwrap();
        w.write_record(["text", "actor", "label", "start", "end"]).unwrap();
        w.write_record([body.as_str(), "Russia", "adversarial", &start.to_string(), &end.to_string()]).unwrap();
        w.write_record([body.as_str(), "Russia", "neutral", "", ""]).unwrap();
        w.flush().unwrap();
        let g = Gazetteer::shipped();
        if let Ok(examples) = read_examples(&path, DataFormat::Csv, &g, &Normalizer::default()) {
            for e in examples {
                prop_assert!(e.target.0 < e.target.1 && e.target.1 <= e.text.len());
                prop_assert!(e.text.is_char_boundary(e.target.0) && e.text.is_char_boundary(e.target.1));
            }
        }
    }

    #[test]
    fn raw_csv_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("raw.csv");
        let mut content = b"text,actor,label\n".to_vec();
        content.extend(bytes);
        std::fs::write(&path, content).unwrap();
        let _ = read_examples(&path, DataFormat::Csv, &Gazetteer::shipped(), &Normalizer::default());
    }
}
