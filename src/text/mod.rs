//! Text stages: normalisation (and scraped-page residue removal), sentence splitting and
//! tokenisation. Each stage takes text and returns spans into it, so later stages can map
//! results back to the caller's offsets.

pub mod html;
pub mod normalize;
pub mod residue;
pub mod sentences;
pub mod tokenize;

pub use normalize::{normalize, Normalizer};
pub use sentences::{split_sentences, SentenceSpan};
pub use tokenize::{tokenize, Token};
