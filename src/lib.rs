//! frame: how the news frames political actors.
//!
//! Data flows one way: text -> sentences -> actor mentions -> features -> probabilities ->
//! reports. Each stage is a module with a typed input and output:
//!
//! - [`text`]: normalisation, scraped-page residue removal, sentence splitting, tokenisation;
//! - [`actors`]: the gazetteer and mention finding;
//! - [`features`]: target-aware bag-of-words vectors and the vocabulary;
//! - [`model`]: hyperparameters, solvers, the fitted pipeline and its model file;
//! - [`predict`]: articles in, per-(sentence, actor) predictions and per-article summaries out;
//! - [`eval`]: metrics and reports;
//! - [`data`]: labelled-data readers (CSV, JSON Lines, NewsMTSC, directed sentiment).

pub mod actors;
pub mod data;
pub mod error;
pub mod eval;
pub mod features;
pub mod hashing;
pub mod model;
pub mod predict;
pub mod text;

pub use error::{FrameError, Result};
