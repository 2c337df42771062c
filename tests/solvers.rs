//! The three solvers — dual coordinate descent (the default), sparse L-BFGS and linfa-logistic's
//! own dense fit — minimise the same objective: on a small data set they reach the same
//! objective value (relative difference under 1e-3) and make the same predictions.

mod common;
use common::*;
use serde_json::Value;

#[test]
fn all_solvers_agree() {
    let dir = tempfile::tempdir().unwrap();
    let tight = ["--tolerance", "1e-7", "--iterations", "1000", "--alpha", "0.5"];
    let cd = dir.path().join("cd.json");
    let sparse = dir.path().join("lbfgs.json");
    let linfa = dir.path().join("linfa.json");
    for (path, solver) in [(&cd, "cd"), (&sparse, "lbfgs"), (&linfa, "linfa")] {
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
    let (c, s, l) = (read(&cd), read(&sparse), read(&linfa));
    let objective = |v: &Value| v["training"]["objective"].as_f64().unwrap();
    let (oc, os, ol) = (objective(&c), objective(&s), objective(&l));
    assert!((os - ol).abs() / ol.abs() < 1e-3, "objectives differ: lbfgs {os}, linfa {ol}");
    assert!((oc - ol).abs() / ol.abs() < 1e-3, "objectives differ: cd {oc}, linfa {ol}");
    assert_eq!(c["params"]["solver"], "cd");
    assert_eq!(s["params"]["solver"], "lbfgs");
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
    let (pc, ps, pl) = (predict(&cd), predict(&sparse), predict(&linfa));
    assert!(ps.len() >= 6);
    assert_eq!(ps, pl);
    assert_eq!(pc, pl);
}
