//! Bad input: a clear message naming the file, line and problem, a non-zero exit, no panic, and
//! nothing clobbered.

mod common;
use common::*;

fn train_error(csv: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("bad.csv");
    std::fs::write(&data, csv).unwrap();
    let model = dir.path().join("m.json");
    let out = frame().args(["train", "--data"]).arg(&data).arg("--model").arg(&model).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "must fail with exit code 1");
    assert!(!model.exists(), "a failed run must not leave a model file");
    let err = stderr_of(&out);
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn missing_columns() {
    let e = train_error("text,label\nMoscow warned.,adversarial\n");
    assert!(e.contains("bad.csv:1: missing required column(s) actor"), "{e}");
}

#[test]
fn empty_data_set() {
    let e = train_error("text,actor,label\n");
    assert!(e.contains("bad.csv: no labelled examples"), "{e}");
}

#[test]
fn single_label() {
    let e = train_error("text,actor,label\nMoscow warned.,Russia,adversarial\nKyiv warned.,Ukraine,adversarial\n");
    assert!(e.contains("single label ('adversarial')"), "{e}");
}

#[test]
fn actor_not_in_text() {
    let e = train_error("text,actor,label\nMoscow warned.,Russia,adversarial\nThe talks resumed.,Chile,neutral\n");
    assert!(e.contains("bad.csv:3: actor 'Chile' cannot be found in the text"), "{e}");
}

#[test]
fn offsets_outside_the_text() {
    let e = train_error("text,actor,label,start,end\nMoscow warned.,Russia,adversarial,0,6\nKyiv said.,Ukraine,neutral,5,40\n");
    assert!(e.contains("bad.csv:3: offsets start=5 end=40 are outside the text"), "{e}");
}

#[test]
fn malformed_offset() {
    let e = train_error("text,actor,label,start,end\nMoscow warned.,Russia,adversarial,zero,6\n");
    assert!(e.contains("bad.csv:2: column 'start' is not an integer"), "{e}");
}

#[test]
fn invalid_utf8_data() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("latin1.csv");
    std::fs::write(&data, b"text,actor,label\nMoscow warned\xe9.,Russia,adversarial\n").unwrap();
    let out = frame().args(["train", "--data"]).arg(&data).arg("--model").arg(dir.path().join("m.json")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("latin1.csv:2: invalid UTF-8"), "{}", stderr_of(&out));
}

#[test]
fn failed_training_keeps_the_existing_model() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let before = std::fs::read(&model).unwrap();
    let data = dir.path().join("bad.csv");
    std::fs::write(&data, "text,actor,label\nMoscow warned.,Russia,adversarial\n").unwrap();
    frame().args(["train", "--data"]).arg(&data).arg("--model").arg(&model).assert().failure();
    assert_eq!(before, std::fs::read(&model).unwrap(), "the old model must survive a failed run");
}

#[test]
fn invalid_hyperparameters() {
    let dir = tempfile::tempdir().unwrap();
    let out = frame().args(["train", "--alpha=-1", "--data"]).arg(fixture("tiny.csv")).arg("--model").arg(dir.path().join("m.json")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("invalid parameter: alpha must be a positive number"), "{}", stderr_of(&out));
}

#[test]
fn unknown_label_at_eval() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let data = dir.path().join("test.csv");
    std::fs::write(&data, "text,actor,label\nMoscow warned.,Russia,adversarial\nKyiv praised the deal.,Ukraine,positive\n").unwrap();
    let out = frame().args(["eval", "--model"]).arg(&model).arg("--data").arg(&data).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let e = stderr_of(&out);
    assert!(e.contains("test.csv:3: label 'positive' is not one the model knows (adversarial, cooperative, neutral)"), "{e}");
}

#[test]
fn truncated_and_foreign_model_files() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_tiny(dir.path(), &[]);
    let bytes = std::fs::read(&model).unwrap();
    let truncated = dir.path().join("truncated.json");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let out = frame().args(["predict", "--model"]).arg(&truncated).write_stdin("Moscow warned.").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("truncated.json: the model file is truncated"), "{}", stderr_of(&out));

    let future = dir.path().join("future.json");
    let text = String::from_utf8(bytes).unwrap().replacen("\"format_version\":1", "\"format_version\":99", 1);
    std::fs::write(&future, text).unwrap();
    let out = frame().args(["eval", "--model"]).arg(&future).arg("--data").arg(fixture("tiny_dev.csv")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("unknown model format version 99; this frame reads version 1"), "{}", stderr_of(&out));

    let other = dir.path().join("other.json");
    std::fs::write(&other, "{\"hello\": 1}").unwrap();
    let out = frame().args(["predict", "--model"]).arg(&other).write_stdin("x").output().unwrap();
    assert!(stderr_of(&out).contains("not a frame model file"), "{}", stderr_of(&out));

    let missing = frame().args(["predict", "--model"]).arg(dir.path().join("nope.json")).write_stdin("x").output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr_of(&missing).contains("nope.json"));
}

#[test]
fn usage_errors_exit_2() {
    frame().args(["train"]).assert().code(2);
    frame().args(["predict", "--format", "xml"]).assert().code(2);
}
