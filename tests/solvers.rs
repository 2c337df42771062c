//! The sparse L-BFGS solver and linfa-logistic's own fit minimise the same objective: on a small
//! data set they reach the same objective value (relative difference under 1e-3) and make the
//! same predictions.

mod common;
use common::*;
use serde_json::Value;

#[test]
fn sparse_and_linfa_solvers_agree() {
    let dir = tempfile::tempdir().unwrap();
    let tight = ["--tolerance", "1e-7", "--iterations", "1000", "--alpha", "0.5"];
    let sparse = dir.path().join("sparse.json");
    let linfa = dir.path().join("linfa.json");
    for (path, solver) in [(&sparse, "sparse"), (&linfa, "linfa")] {
        frame()
            .args(["train", "--min-count", "1", "--data"])
            .arg(fixture("tiny.csv"))
            .arg("--model")
            .arg(path)
            .args(tight)
            .args(["--solver", solver])
            .assert()
            .success();
    }
    let read = |p: &std::path::Path| -> Value { serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap() };
    let (s, l) = (read(&sparse), read(&linfa));
    let (os, ol) = (s["training"]["objective"].as_f64().unwrap(), l["training"]["objective"].as_f64().unwrap());
    assert!((os - ol).abs() / ol.abs() < 1e-3, "objectives differ: sparse {os}, linfa {ol}");
    assert_eq!(l["training"]["solver"], "linfa");

    let predict = |model: &std::path::Path| -> Vec<(String, String)> {
        let out = frame()
            .args(["predict", "--format", "jsonl", "--records", "pairs", "--model"])
            .arg(model)
            .arg(fixture("tiny_dev.csv"))
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .map(|v| (v["actor"].as_str().unwrap().to_string(), v["label"].as_str().unwrap().to_string()))
            .collect()
    };
    let (ps, pl) = (predict(&sparse), predict(&linfa));
    assert!(ps.len() >= 6);
    assert_eq!(ps, pl);
}
