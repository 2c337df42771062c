//! One error type for the library. Every variant that concerns user input names the
//! source (file or stream), and where it makes sense the line, so the CLI can print it as is.

use std::path::PathBuf;

/// Where a piece of input came from: a file path or a stream such as stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub source: String,
    /// 1-based line number, when the problem is tied to one line.
    pub line: Option<u64>,
}

impl Origin {
    pub fn new(source: impl Into<String>, line: Option<u64>) -> Self {
        Origin { source: source.into(), line }
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.source, line),
            None => write!(f, "{}", self.source),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    /// Malformed or inconsistent input data (labelled examples, gazetteers, articles).
    #[error("{origin}: {message}")]
    Input { origin: Origin, message: String },

    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A model file that cannot be used: unreadable, truncated, or of an unknown version.
    #[error("{path}: {message}")]
    Model { path: PathBuf, message: String },

    /// Invalid hyperparameters, rejected before any work is done.
    #[error("invalid parameter: {0}")]
    Params(String),

    /// The optimiser failed; carries the solver's own message.
    #[error("training failed: {0}")]
    Training(String),
}

impl FrameError {
    pub fn input(source: impl Into<String>, line: Option<u64>, message: impl Into<String>) -> Self {
        FrameError::Input { origin: Origin::new(source, line), message: message.into() }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        FrameError::Io { path: path.into(), source }
    }

    pub fn model(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        FrameError::Model { path: path.into(), message: message.into() }
    }
}

pub type Result<T> = std::result::Result<T, FrameError>;
