//! Real-world input through `frame predict`: scraped pages, HTML, JSON Lines batches,
//! directories, empty, binary and non-UTF-8 files, user gazetteers, and the per-actor summary.

mod common;
use common::*;
use serde_json::Value;

fn article(name: &str) -> std::path::PathBuf {
    fixture(&format!("articles/{name}"))
}

fn jsonl(out: &std::process::Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr_of(out));
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn predict(args: &[&str], files: &[std::path::PathBuf]) -> Vec<Value> {
    let out = frame().args(["predict", "--format", "jsonl"]).args(args).args(files).output().unwrap();
    jsonl(&out)
}

fn pairs(v: &[Value]) -> Vec<&Value> {
    v.iter().filter(|r| r["type"] == "pair").collect()
}

#[test]
fn scraped_page_residue_is_dropped_and_headline_kept() {
    let v = predict(&["--records", "pairs"], &[article("scraped.txt")]);
    let sentences: Vec<&str> = pairs(&v).iter().map(|p| p["sentence"].as_str().unwrap()).collect();
    for residue in ["Home |", "Sun Mon", "1 2 3", "Share", "Published", "Telegram", "Harbour Ledger", "©"] {
        assert!(sentences.iter().all(|s| !s.contains(residue)), "residue '{residue}' reached a sentence");
    }
    let headline: Vec<&Value> = pairs(&v).into_iter().filter(|p| p["headline"] == true).collect();
    assert!(!headline.is_empty());
    assert_eq!(headline[0]["sentence"], "Norway hosts ceasefire talks as Sudan's army and RSF trade blame");
    // "Dr." and "Sept." do not end sentences; the quotation stays inside its sentence.
    assert!(sentences.iter().any(|s| s.starts_with("Dr. Hilde Vik") && s.ends_with("\"trust remains very thin.\"")), "{sentences:?}");
    // The dateline capital and the demonym count as mentions of Norway.
    let norway: Vec<&Value> = pairs(&v).into_iter().filter(|p| p["actor"] == "Norway").collect();
    assert!(norway.iter().any(|p| p["mentions"].as_array().unwrap().iter().any(|m| m == "OSLO")));
}

#[test]
fn html_pages_keep_the_article_only() {
    let v = predict(&["--records", "pairs"], &[article("page.html")]);
    let p = pairs(&v);
    let text: String = p.iter().map(|p| p["sentence"].as_str().unwrap()).collect::<Vec<_>>().join("\n");
    assert!(!text.contains("analytics") && !text.contains("Trending") && !text.contains("Privacy") && !text.contains("Share on Facebook"), "{text}");
    assert_eq!(p[0]["sentence"], "Manila protests after Chinese coast guard blocks resupply mission");
    assert_eq!(p[0]["headline"], true);
    let actors: std::collections::BTreeSet<&str> = p.iter().map(|p| p["actor"].as_str().unwrap()).collect();
    assert_eq!(actors.into_iter().collect::<Vec<_>>(), ["Australia", "China", "Japan", "Philippines"]);
}

#[test]
fn jsonl_batches_pass_fields_through_and_keep_ids() {
    let v = predict(&[], &[article("batch.jsonl")]);
    let p = pairs(&v);
    assert_eq!(p[0]["article_id"], "wire-001");
    assert_eq!(p[0]["actor"], "Brazil");
    assert_eq!(p[0]["source"], "wire");
    assert_eq!(p[0]["published"], "2026-10-02");
    assert!(p.iter().any(|r| r["article_id"] == "wire-002" && r["actor"] == "Iran"));
    assert!(p.iter().all(|r| r["article_id"] != "wire-003"), "no actor in wire-003");
    // Stdin with --jsonl reads the same records.
    let out = frame().args(["predict", "--format", "jsonl", "--jsonl"]).write_stdin(std::fs::read(article("batch.jsonl")).unwrap()).output().unwrap();
    assert_eq!(jsonl(&out), v);
}

#[test]
fn a_bad_record_stops_the_run_after_the_records_before_it() {
    let input = "{\"id\": \"a\", \"text\": \"Moscow warned Kyiv.\"}\n{\"id\": \"b\", \"text\": \"Canada helped Peru.\"}\n{\"id\": \"c\"}\n{\"id\": \"d\", \"text\": \"Iran seized a ship.\"}\n";
    for threads in ["1", "2"] {
        let out = frame().args(["predict", "--format", "jsonl", "--records", "pairs", "--jsonl", "--threads", threads]).write_stdin(input).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr_of(&out).contains("<stdin>:3: missing \"text\" field"), "{}", stderr_of(&out));
        let ids: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["article_id"].as_str().unwrap().to_string()).collect();
        assert_eq!(ids, ["a", "a", "b", "b"], "threads {threads}");
    }
}

#[test]
fn a_bad_record_far_into_the_input_keeps_every_record_before_it() {
    // Records are rendered and written in groups; the error falls inside a later group, and
    // every record before it must still come out, in order, whatever the format and threads.
    let mut input = String::new();
    for i in 1..=1000 {
        if i == 700 {
            input.push_str("{\"id\": \"bad\", \"text\": \"Moscow warned Kyiv.\", \"actor\": 5}\n");
        } else {
            input.push_str(&format!("{{\"id\": \"r{i}\", \"text\": \"Moscow warned Kyiv on day {i}.\", \"actor\": \"Russia\"}}\n"));
        }
    }
    let expected: Vec<String> = (1..700).map(|i| format!("r{i}")).collect();
    for threads in ["1", "2"] {
        for format in ["jsonl", "csv", "json"] {
            let out = frame().args(["predict", "--format", format, "--records", "pairs", "--explain", "0", "--jsonl", "--threads", threads]).write_stdin(input.clone()).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{format}, threads {threads}");
            assert!(stderr_of(&out).contains("<stdin>:700: \"actor\" must be a string"), "{}", stderr_of(&out));
            let stdout = String::from_utf8(out.stdout).unwrap();
            let mut ids: Vec<String> = match format {
                "jsonl" => stdout.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["article_id"].as_str().unwrap().to_string()).collect(),
                // The array is left open (the run failed); each document names itself, and
                // so does its pair.
                "json" => stdout.split("\"article_id\": \"").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_string()).collect(),
                _ => csv::Reader::from_reader(stdout.as_bytes()).records().map(|r| r.unwrap()[0].to_string()).collect(),
            };
            ids.dedup();
            assert_eq!(ids, expected, "{format}, threads {threads}");
        }
    }
}

#[test]
fn pre_split_pairs_with_offsets() {
    let input = r#"{"id": "p1", "text": "Athens welcomed the offer from Ankara.", "actor": "Turkey", "start": 31, "end": 37}"#;
    let out = frame().args(["predict", "--format", "jsonl", "--jsonl", "--records", "pairs"]).write_stdin(input).output().unwrap();
    let v = jsonl(&out);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["actor"], "Turkey");
    assert_eq!(v[0]["mentions"], serde_json::json!(["Ankara"]));
}

#[test]
fn directories_are_read_recursively_by_extension() {
    let v = predict(&["--records", "summary"], &[fixture("articles")]);
    let ids: std::collections::BTreeSet<&str> = v.iter().map(|r| r["article_id"].as_str().unwrap()).collect();
    assert!(ids.iter().any(|i| i.ends_with("nested/brief.txt")), "{ids:?}");
    assert!(ids.iter().any(|i| i.ends_with("page.html")));
    assert!(ids.contains("wire-001"));
    assert!(ids.iter().all(|i| !i.ends_with("notes.bin")));
}

#[test]
fn output_order_does_not_depend_on_threads() {
    let one = frame().args(["predict", "--format", "jsonl", "--threads", "1"]).arg(fixture("articles")).output().unwrap();
    let two = frame().args(["predict", "--format", "jsonl", "--threads", "2"]).arg(fixture("articles")).output().unwrap();
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn empty_binary_and_invalid_utf8_files() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let out = frame().args(["predict", "--format", "jsonl"]).arg(&empty).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());

    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, [0x89u8, b'P', b'N', b'G', 0, 0, 0, 13, 0xff]).unwrap();
    let out = frame().args(["predict"]).arg(&binary).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("image.txt: this looks like a binary file"), "{}", stderr_of(&out));

    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Moscow warned Kyiv.\nCaf\xe9 talks in Paris.\n").unwrap();
    let out = frame().args(["predict"]).arg(&latin1).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let e = stderr_of(&out);
    assert!(e.contains("latin1.txt:2: invalid UTF-8"), "{e}");
    assert!(!e.contains("panicked"));
}

#[test]
fn user_gazetteer_adds_and_overrides_actors() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("mine.csv");
    std::fs::write(&extra, "actor,kind,aliases\nWagner Group,armed_group,the musicians|Africa Corps\nRuritania,state,Strelsau\n").unwrap();
    let out = frame()
        .args(["predict", "--format", "jsonl", "--records", "pairs", "--actors"])
        .arg(&extra)
        .write_stdin("Strelsau accused Africa Corps of attacking a convoy.")
        .output()
        .unwrap();
    let actors: Vec<String> = jsonl(&out).iter().map(|v| v["actor"].as_str().unwrap().to_string()).collect();
    assert_eq!(actors, ["Ruritania", "Wagner Group"]);

    let out = frame().args(["actors", "--actors"]).arg(&extra).write_stdin("Strelsau and the Kremlin").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, "start\tend\tmention\tactor\tkind\tspeaks_for\n0\t8\tStrelsau\tRuritania\tname\t\n17\t24\tKremlin\tRussia\tname\t\n");

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "kind,aliases\nstate,X\n").unwrap();
    let out = frame().args(["predict", "--actors"]).arg(&bad).write_stdin("x").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("bad.csv:1: missing required column 'actor'"), "{}", stderr_of(&out));
}

#[test]
fn actors_command_prints_offsets_in_characters() {
    let out = frame().args(["actors"]).write_stdin("Erdoğan met the Armenian leadership in Moscow.").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    assert!(rows.iter().any(|r| r[2] == "Armenian" && r[3] == "Armenia" && r[0] == "16" && r[4] == "demonym"), "{text}");
    assert!(rows.iter().any(|r| r[2] == "Moscow" && r[0] == "39" && r[1] == "45"), "{text}");
}

#[test]
fn low_confidence_is_flagged() {
    let out = frame().args(["predict", "--format", "jsonl", "--records", "pairs", "--min-confidence", "0.999"]).write_stdin("Moscow and Kyiv met.").output().unwrap();
    let v = jsonl(&out);
    assert!(!v.is_empty());
    assert!(v.iter().all(|p| p["low_confidence"] == true));
    frame().args(["predict", "--min-confidence", "1.5"]).write_stdin("x").assert().failure();
}

#[test]
fn explain_controls_the_number_of_features() {
    let v = predict(&["--records", "pairs", "--explain", "2"], &[article("scraped.txt")]);
    assert!(pairs(&v).iter().all(|p| p["features"].as_array().unwrap().len() <= 2));
    assert!(pairs(&v).iter().any(|p| p["features"].as_array().unwrap().len() == 2));
}

/// Pins how the shipped model summarises the example article of the README. When the default
/// model is retrained on purpose, update this table together with the README.
#[test]
fn example_article_summary_is_pinned() {
    let v = predict(&["--records", "summary"], &[repo("data/examples/article.txt")]);
    let got: Vec<(String, u64, String, bool)> = v
        .iter()
        .map(|s| (s["actor"].as_str().unwrap().to_string(), s["sentences"].as_u64().unwrap(), s["frame"].as_str().unwrap().to_string(), s["mixed"].as_bool().unwrap()))
        .collect();
    let expected: Vec<(String, u64, String, bool)> = EXAMPLE_SUMMARY.iter().map(|(a, n, f, m)| (a.to_string(), *n, f.to_string(), *m)).collect();
    assert_eq!(got, expected);
}

const EXAMPLE_SUMMARY: &[(&str, u64, &str, bool)] = &[
    ("Kazakhstan", 4, "cooperative", false),
    ("Russia", 4, "adversarial", true),
    ("Ukraine", 3, "adversarial", true),
    ("Andrii Sybiha", 1, "adversarial", false),
    ("NATO", 1, "neutral", false),
    ("Turkey", 1, "cooperative", false),
    ("EU", 1, "cooperative", false),
    ("UN", 1, "cooperative", false),
    ("China", 1, "cooperative", false),
    ("United States", 1, "neutral", false),
];
