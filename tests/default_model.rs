//! The shipped default model is exactly what the documented command produces from data/.

mod common;
use common::*;

#[test]
fn retraining_the_default_model_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("default.json");
    frame().args(["train", "--data"]).arg(repo("data/framing/train.csv")).arg("--model").arg(&model).assert().success();
    let shipped = std::fs::read(repo("models/default.json")).unwrap();
    assert!(std::fs::read(&model).unwrap() == shipped, "models/default.json is stale: retrain it with `frame train --data data/framing/train.csv --model models/default.json`");
}
