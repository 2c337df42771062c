//! End-to-end: train, predict and eval through the binary, as a user would type them.

mod common;
use common::*;
use serde_json::Value;

#[test]
fn train_writes_a_reproducible_self_contained_model() {
    let dir = tempfile::tempdir().unwrap();
    let a = train_tiny(dir.path(), &[]);
    let first = std::fs::read(&a).unwrap();
    let b = dir.path().join("again.json");
    frame().args(["train", "--data"]).arg(fixture("tiny.csv")).arg("--model").arg(&b).args(["--min-count", "1"]).assert().success();
    assert_eq!(first, std::fs::read(&b).unwrap(), "training twice must give identical bytes");
    let model: Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(model["format"], "frame-model");
    assert_eq!(model["format_version"], 1);
    assert_eq!(model["labels"], serde_json::json!(["adversarial", "cooperative", "neutral"]));
    for key in ["normalizer", "gazetteer", "featurizer", "weights", "params", "training"] {
        assert!(model.get(key).is_some(), "model file lacks {key}");
    }
    assert_eq!(model["training"]["n_examples"], 30);
    assert_eq!(model["training"]["data_sha256"].as_str().unwrap().len(), 64);
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).collect();
    assert!(leftovers.is_empty());
}

#[test]
fn predict_labels_each_actor_in_each_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let out = frame()
        .args(["predict", "--model"])
        .arg(&model)
        .args(["--format", "jsonl", "--explain", "3"])
        .write_stdin("Qatar mediated the talks and praised the restraint. Moscow threatened to cut supplies and blocked the convoy.")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let pairs: Vec<&Value> = lines.iter().filter(|v| v["type"] == "pair").collect();
    assert_eq!(pairs.len(), 2);
    assert_eq!(pairs[0]["actor"], "Qatar");
    assert_eq!(pairs[0]["label"], "cooperative");
    assert_eq!(pairs[0]["sentence_index"], 0);
    assert_eq!(pairs[1]["actor"], "Russia");
    assert_eq!(pairs[1]["mentions"], serde_json::json!(["Moscow"]));
    assert_eq!(pairs[1]["label"], "adversarial");
    assert_eq!(pairs[1]["sentence_index"], 1);
    let probs = pairs[1]["probabilities"].as_object().unwrap();
    let total: f64 = probs.values().map(|v| v.as_f64().unwrap()).sum();
    assert!((total - 1.0).abs() < 1e-3);
    assert!(pairs[1]["features"].as_array().unwrap().len() <= 3);
    assert!(!pairs[1]["features"].as_array().unwrap().is_empty());
    let summaries: Vec<&Value> = lines.iter().filter(|v| v["type"] == "summary").collect();
    assert_eq!(summaries.len(), 2);
    assert_eq!(summaries[1]["actor"], "Russia");
    assert_eq!(summaries[1]["frame"], "adversarial");
    // The summary says why: the features behind the actor's frame, summed over its sentences.
    let why = summaries[1]["features"].as_array().unwrap();
    assert!(!why.is_empty() && why.len() <= 3);
    assert_eq!(why[0], pairs[1]["features"][0]);
}

#[test]
fn target_awareness_gives_different_vectors_per_actor() {
    // "X accused Y" must not give X and Y the same probabilities.
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let out = frame()
        .args(["predict", "--model"])
        .arg(&model)
        .args(["--format", "jsonl", "--records", "pairs"])
        .write_stdin("Belarus accused Finland of provocations.")
        .output()
        .unwrap();
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_ne!(lines[0]["probabilities"], lines[1]["probabilities"]);
}

#[test]
fn predict_output_formats() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let text = "Canada pledged aid to Peru.";
    let csv_out = frame().args(["predict", "--model"]).arg(&model).args(["--format", "csv"]).write_stdin(text).output().unwrap();
    let csv_text = String::from_utf8(csv_out.stdout).unwrap();
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(&headers[0], "article_id");
    assert!(headers.iter().any(|h| h == "p_cooperative"));
    assert_eq!(rdr.records().count(), 2);

    let json_out = frame().args(["predict", "--model"]).arg(&model).args(["--format", "json"]).write_stdin(text).output().unwrap();
    let v: Value = serde_json::from_slice(&json_out.stdout).unwrap();
    assert_eq!(v[0]["pairs"].as_array().unwrap().len(), 2);
    assert_eq!(v[0]["sentences_with_actors"], 1);
    assert_eq!(v[0]["summary"].as_array().unwrap().len(), 2);

    let table = frame().args(["predict", "--model"]).arg(&model).args(["--format", "table"]).write_stdin(text).output().unwrap();
    let t = String::from_utf8(table.stdout).unwrap();
    assert!(t.contains("Canada") && t.contains("per actor:"), "{t}");
}

#[test]
fn predict_writes_output_file_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let out_path = dir.path().join("out.jsonl");
    std::fs::write(&out_path, "previous results\n").unwrap();
    // A failing run (a missing input file) leaves the previous output untouched.
    frame().args(["predict", "--model"]).arg(&model).arg("-o").arg(&out_path).arg(dir.path().join("missing.txt")).assert().failure();
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "previous results\n");
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "Moscow threatened Kyiv.").unwrap();
    frame().args(["predict", "--model"]).arg(&model).arg("-o").arg(&out_path).arg(&input).assert().success();
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert!(written.lines().all(|l| serde_json::from_str::<Value>(l).is_ok()));
    assert!(written.contains("\"actor\":\"Russia\""));
}

#[test]
fn eval_reports_metrics_as_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let out = frame().args(["eval", "--model"]).arg(&model).arg("--data").arg(fixture("tiny_dev.csv")).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = String::from_utf8(out.stdout).unwrap();
    for needle in ["accuracy", "macro-F1", "precision", "recall", "support", "confusion matrix"] {
        assert!(report.contains(needle), "{report}");
    }
    let out = frame().args(["eval", "--json", "--model"]).arg(&model).arg("--data").arg(fixture("tiny_dev.csv")).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["n"], 6);
    let acc = v["accuracy"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&acc));
    assert_eq!(v["metrics"]["per_label"].as_array().unwrap().len(), 3);
    let confusion_total: u64 = v["metrics"]["confusion"].as_array().unwrap().iter().flat_map(|r| r.as_array().unwrap()).map(|x| x.as_u64().unwrap()).sum();
    assert_eq!(confusion_total, 6);
    // The tiny model should get the clear-cut dev sentences mostly right.
    assert!(acc >= 0.66, "accuracy {acc}");
}

#[test]
fn jsonl_training_data_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("d.jsonl");
    let mut s = String::new();
    for r in csv::Reader::from_path(fixture("tiny.csv")).unwrap().records() {
        let r = r.unwrap();
        let mut o = serde_json::json!({"id": &r[0], "text": &r[1], "actor": &r[2], "label": &r[3]});
        if !r[4].is_empty() {
            o["start"] = r[4].parse::<i64>().unwrap().into();
            o["end"] = r[5].parse::<i64>().unwrap().into();
        }
        s.push_str(&o.to_string());
        s.push('\n');
    }
    std::fs::write(&jsonl, s).unwrap();
    let from_jsonl = dir.path().join("j.json");
    frame().args(["train", "--data"]).arg(&jsonl).arg("--model").arg(&from_jsonl).args(["--min-count", "1"]).assert().success();
    let from_csv = train_tiny(dir.path(), &[]);
    // Same examples, same model (ids are not part of the model).
    assert_eq!(std::fs::read(from_jsonl).unwrap(), std::fs::read(from_csv).unwrap());
}

#[test]
fn any_label_set_is_learnt() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("stance.csv");
    std::fs::write(
        &data,
        "text,actor,label\nNorway supports the plan.,Norway,FAVOR\nNorway opposes the plan.,Norway,AGAINST\nNorway attended.,Norway,NONE\nNorway backs the deal.,Norway,FAVOR\nNorway rejects the deal.,Norway,AGAINST\nNorway was there.,Norway,NONE\n",
    )
    .unwrap();
    let model = dir.path().join("m.json");
    frame().args(["train", "--min-count", "1", "--data"]).arg(&data).arg("--model").arg(&model).assert().success();
    let v: Value = serde_json::from_slice(&std::fs::read(&model).unwrap()).unwrap();
    assert_eq!(v["labels"], serde_json::json!(["AGAINST", "FAVOR", "NONE"]));
}

#[test]
fn default_model_is_used_without_model_flag() {
    let out = frame().args(["predict", "--format", "jsonl"]).arg(repo("data/examples/article.txt")).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 5);
    assert!(text.contains("\"actor\":\"Kazakhstan\""));
}

#[test]
fn help_documents_defaults() {
    let out = frame().args(["train", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in ["--alpha", "--iterations", "--tolerance", "--min-count", "--max-features", "--ngram-max", "--window", "--solver", "[default: 0.3]"] {
        assert!(help.contains(flag), "train --help lacks {flag}");
    }
}

#[test]
fn csv_with_a_byte_order_mark_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("excel.csv");
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend(std::fs::read(fixture("tiny.csv")).unwrap());
    std::fs::write(&data, bytes).unwrap();
    let model = dir.path().join("m.json");
    frame().args(["train", "--min-count", "1", "--data"]).arg(&data).arg("--model").arg(&model).assert().success();
    assert_eq!(std::fs::read(&model).unwrap(), std::fs::read(train_tiny(dir.path(), &[])).unwrap());
}

#[test]
fn pair_records_written_alone_match_the_full_records() {
    // `--records pairs --format jsonl` takes a separate, allocation-free path for pair
    // records; its lines must be exactly the pair lines of the general path.
    let input = [
        r#"{"id": "p1", "text": "Moscow warned Kyiv on Monday.", "actor": "Ukraine", "start": 14, "end": 18}"#,
        r#"{"id": 2, "text": "The EU said \"no\" to Russia\u2019s plan, and Russia\nobjected.", "actor": "Russia", "start": 26, "end": 32, "desk": "wire"}"#,
        r#"{"text": "China and the United States signed a trade deal.", "actor": "China"}"#,
        r#"{"text": "Nobody here is an actor.", "actor": "France"}"#,
        r#"{"id": "a1", "text": "Berlin and Paris agreed on aid. Moscow condemned the move."}"#,
        r#"{"id": "p3", "text": "  Tehran  rejected   the   offer  from  Washington. ", "actor": "Iran", "start": 2, "end": 8}"#,
    ]
    .join("\n");
    let run = |records: &str, explain: &str| {
        let out = frame().args(["predict", "--jsonl", "--format", "jsonl", "--threads", "1", "--records", records, "--explain", explain]).write_stdin(input.clone()).output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    for explain in ["0", "3"] {
        let pairs = run("pairs", explain);
        let both = run("both", explain);
        let pair_lines: Vec<&str> = both.lines().filter(|l| l.starts_with(r#"{"type":"pair""#)).collect();
        assert_eq!(pairs.lines().collect::<Vec<_>>(), pair_lines);
        assert!(pair_lines.len() >= 5, "{both}");
        assert!(pairs.contains(r#""desk":"wire""#), "pass-through fields survive: {pairs}");
    }
}

#[test]
fn fields_select_the_keys_of_pair_records() {
    // `--fields` keeps the named keys of pair records, in the records' usual order whatever
    // the order given, on the fast pair path and the general one, in JSON Lines and JSON; an
    // input record's own extra fields stay.
    let input = [
        r#"{"id": "p1", "text": "Moscow warned Kyiv on Monday.", "actor": "Ukraine", "start": 14, "end": 18, "desk": "wire"}"#,
        r#"{"id": "a1", "text": "Berlin and Paris agreed on aid. Moscow condemned the move."}"#,
    ]
    .join("\n");
    let run = |args: &[&str]| {
        let out = frame().args(["predict", "--jsonl", "--threads", "1"]).args(args).write_stdin(input.clone()).output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let full = run(&["--format", "jsonl", "--records", "pairs"]);
    for records in ["pairs", "both"] {
        let compact = run(&["--format", "jsonl", "--records", records, "--fields", "probabilities,label,article_id"]);
        // Summary records (with `--records both`) carry "type"; pair records no longer do.
        let pair_lines: Vec<&str> = compact.lines().filter(|l| !l.contains(r#""type":"#)).collect();
        let full_lines: Vec<Value> = full.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(pair_lines.len(), full_lines.len(), "{compact}");
        for (line, f) in pair_lines.iter().zip(&full_lines) {
            let c: Value = serde_json::from_str(line).unwrap();
            let mut keys: Vec<&str> = c.as_object().unwrap().keys().map(|k| k.as_str()).collect();
            let mut expected = vec!["article_id", "label", "probabilities"];
            if f["article_id"] == "p1" {
                expected.push("desk");
            }
            // In this order in the line.
            let at = |k: &str| line.find(&format!("\"{k}\":")).unwrap();
            assert!(expected.windows(2).all(|w| at(w[0]) < at(w[1])), "{line}");
            keys.sort();
            expected.sort();
            assert_eq!(keys, expected, "{line}");
            for k in ["article_id", "label", "probabilities"] {
                assert_eq!(c[k], f[k]);
            }
        }
        assert!(compact.contains(r#"{"article_id":"p1","label":"#), "{compact}");
    }
    let json: Value = serde_json::from_str(&run(&["--format", "json", "--fields", "label,sentence"])).unwrap();
    for doc in json.as_array().unwrap() {
        for pair in doc["pairs"].as_array().unwrap() {
            let mut keys: Vec<&str> = pair.as_object().unwrap().keys().map(|k| k.as_str()).collect();
            keys.sort();
            assert_eq!(keys, ["label", "sentence"]);
        }
    }
    // Without `features` among the fields, the explanation is skipped: the same lines whatever
    // `--explain` says.
    let lines = |explain: &str| run(&["--format", "jsonl", "--records", "pairs", "--fields", "label,probabilities,sentence", "--explain", explain]);
    assert_eq!(lines("0"), lines("5"));
    assert!(run(&["--format", "jsonl", "--records", "pairs", "--fields", "label,features", "--explain", "5"]).contains(r#""features":[{"feature":"#));
    // Unknown names and formats without named fields are refused before any work.
    let bad = frame().args(["predict", "--jsonl", "--fields", "label,sentense"]).write_stdin(input.clone()).output().unwrap();
    assert!(!bad.status.success());
    assert!(stderr_of(&bad).contains(r#"unknown field "sentense" in --fields"#), "{}", stderr_of(&bad));
    let csv = frame().args(["predict", "--jsonl", "--format", "csv", "--fields", "label"]).write_stdin(input).output().unwrap();
    assert!(!csv.status.success());
    assert!(stderr_of(&csv).contains("--fields applies to --format jsonl and json"), "{}", stderr_of(&csv));
}
