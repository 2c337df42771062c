//! `frame eval` as a careful researcher uses it, and `frame cv`.

mod common;
use common::*;
use serde_json::Value;

fn eval_json(model: &std::path::Path, data: &std::path::Path, extra: &[&str]) -> Value {
    let out = frame().args(["eval", "--json", "--model"]).arg(model).arg("--data").arg(data).args(extra).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn intervals_baseline_and_calibration() {
    let model = repo("models/default.json");
    let dev = repo("data/framing/dev.csv");
    let v = eval_json(&model, &dev, &["--bootstrap", "300", "--seed", "7"]);
    let (acc, f1) = (v["accuracy"].as_f64().unwrap(), v["macro_f1"].as_f64().unwrap());
    for (score, iv) in [(acc, &v["intervals"]["accuracy"]), (f1, &v["intervals"]["macro_f1"])] {
        let (lo, hi) = (iv["low"].as_f64().unwrap(), iv["high"].as_f64().unwrap());
        assert!(lo < score && score < hi && hi - lo < 0.2, "{lo} {score} {hi}");
    }
    for key in ["precision", "recall", "f1"] {
        assert_eq!(v["intervals"][key].as_array().unwrap().len(), 3);
    }
    // Same seed, same intervals; another seed, other intervals.
    assert_eq!(v["intervals"], eval_json(&model, &dev, &["--bootstrap", "300", "--seed", "7"])["intervals"]);
    assert_ne!(v["intervals"], eval_json(&model, &dev, &["--bootstrap", "300", "--seed", "8"])["intervals"]);
    // The majority baseline predicts the most frequent training label everywhere.
    let base = &v["baseline"];
    assert_eq!(base["label"], "cooperative");
    assert!(base["macro_f1"].as_f64().unwrap() < 0.25 && f1 > base["macro_f1"].as_f64().unwrap() + 0.3);
    let cal = &v["calibration"];
    let ece = cal["ece"].as_f64().unwrap();
    let brier = cal["brier"].as_f64().unwrap();
    assert!((0.0..0.3).contains(&ece) && (0.0..1.0).contains(&brier));
    let n: u64 = cal["bins"].as_array().unwrap().iter().map(|b| b["n"].as_u64().unwrap()).sum();
    assert_eq!(n, v["n"].as_u64().unwrap());
    assert!(v["sentences"].as_u64().unwrap() < v["n"].as_u64().unwrap());
}

#[test]
fn seen_unseen_by_actor_and_errors() {
    let model = repo("models/default.json");
    let test = repo("data/framing/test.csv");
    let v = eval_json(&model, &test, &["--bootstrap", "100", "--by", "actor", "--errors", "4"]);
    let su = &v["seen_unseen"];
    assert!(su["unseen_actors"].as_u64().unwrap() >= 20);
    assert_eq!(su["seen"]["n"].as_u64().unwrap() + su["unseen"]["n"].as_u64().unwrap(), v["n"].as_u64().unwrap());
    let by = v["by_actor"].as_array().unwrap();
    assert!(by.len() >= 100);
    assert_eq!(by.iter().map(|a| a["n"].as_u64().unwrap()).sum::<u64>(), v["n"].as_u64().unwrap());
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 4);
    let probs: Vec<f64> = errors.iter().map(|e| e["probability"].as_f64().unwrap()).collect();
    assert!(probs.windows(2).all(|w| w[0] >= w[1]), "most confident first: {probs:?}");
    assert!(errors.iter().all(|e| e["gold"] != e["predicted"] && e["line"].as_u64().unwrap() >= 2));
    // The text report shows the same sections.
    let out = frame().args(["eval", "--bootstrap", "50", "--errors", "2", "--by", "actor"]).arg("--data").arg(&test).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for section in ["95% CI", "majority baseline", "seen", "unseen", "calibration: ECE", "per actor", "most confident mistakes"] {
        assert!(text.contains(section), "missing {section}");
    }
}

#[test]
fn comparing_two_models() {
    let dir = tempfile::tempdir().unwrap();
    let weak = dir.path().join("weak.json");
    frame().args(["train", "--data"]).arg(repo("data/framing/train.csv")).arg("--model").arg(&weak).args(["--alpha", "30", "--ngram-max", "1", "--window", "0", "--no-side-features"]).assert().success();
    let dev = repo("data/framing/dev.csv");
    let out = frame().args(["eval", "--json", "--bootstrap", "200", "--against"]).arg(&weak).arg("--data").arg(&dev).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &v["comparison"];
    let diff = c["macro_f1_difference"].as_f64().unwrap();
    assert!((diff - (v["macro_f1"].as_f64().unwrap() - c["other_macro_f1"].as_f64().unwrap())).abs() < 1e-12);
    assert!(diff > 0.0, "the default model should beat a heavily regularised unigram model");
    let iv = &c["macro_f1_difference_interval"];
    assert!(iv["low"].as_f64().unwrap() <= diff && diff <= iv["high"].as_f64().unwrap());
    let p = c["mcnemar"]["p_value"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&p));
    assert!(c["mcnemar"]["only_first_correct"].as_u64().unwrap() > c["mcnemar"]["only_second_correct"].as_u64().unwrap());
}

#[test]
fn cross_validation_and_grid() {
    let out = frame().args(["cv", "--json", "--folds", "3", "--min-count", "1", "--data"]).arg(fixture("tiny.csv")).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &v["results"][0];
    assert_eq!(r["macro_f1_per_fold"].as_array().unwrap().len(), 3);
    let mean = r["macro_f1"]["mean"].as_f64().unwrap();
    assert_eq!(r["f1_per_label"].as_object().unwrap().len(), 3);
    assert!((0.0..=1.0).contains(&mean));
    let out = frame().args(["cv", "--grid", "--folds", "3", "--min-count", "1", "--data"]).arg(fixture("tiny.csv")).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().filter(|l| l.matches("(").count() == 2 && !l.contains("sd")).count(), 15, "{text}");
    assert!(text.contains("best: --alpha"));
    frame().args(["cv", "--folds", "1", "--data"]).arg(fixture("tiny.csv")).assert().failure();
}

#[test]
fn quality_gate() {
    let model = repo("models/default.json");
    let dev = repo("data/framing/dev.csv");
    frame().args(["eval", "--bootstrap", "0", "--fail-under", "0.5", "--model"]).arg(&model).arg("--data").arg(&dev).assert().success();
    let out = frame().args(["eval", "--bootstrap", "0", "--fail-under", "0.99", "--model"]).arg(&model).arg("--data").arg(&dev).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("is below the floor 0.99"), "{}", stderr_of(&out));
}
