// Shared helpers for the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub fn frame() -> Command {
    Command::cargo_bin("frame").expect("the frame binary is built")
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// ../shared/benchmarks beside the repository, or None (tests that need it then skip).
pub fn shared_benchmarks() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/benchmarks");
    p.is_dir().then_some(p)
}

/// Train a model on the tiny fixture into `dir`, returning its path.
pub fn train_tiny(dir: &Path, extra: &[&str]) -> PathBuf {
    let model = dir.join("tiny.json");
    frame()
        .args(["train", "--data"])
        .arg(fixture("tiny.csv"))
        .arg("--model")
        .arg(&model)
        .args(["--min-count", "1"])
        .args(extra)
        .assert()
        .success();
    model
}

pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
