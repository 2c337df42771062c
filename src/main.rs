//! The `frame` command line. Parses arguments, calls the library, maps errors to messages and
//! exit codes (0 success, 1 error in the input or the run, 2 usage error).

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use frame::actors::{parse_actor_file, Gazetteer};
use frame::data::{read_examples, DataFormat};
use frame::eval::cv::{assign_folds, cross_validate};
use frame::eval::report::{build_report, EvalOptions};
use frame::eval::score;
use frame::model::params::{defaults, ClassWeight, Solver};
use frame::model::{Model, TrainParams};
use frame::predict::input::{expand_inputs, DocumentReader};
use frame::predict::output::{OutputFormat, PairFields, Records, Renderer, ResultWriter};
use frame::predict::{PredictOptions, Predictor};
use frame::text::Normalizer;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(
    name = "frame",
    version,
    about = "Label how news sentences frame political actors: cooperative, adversarial or neutral.",
    after_help = "Examples:\n  frame predict article.txt                      label an article with the shipped model\n  frame predict --format csv -o out.csv corpus/  a folder of .txt/.html/.jsonl files\n  frame train --data train.csv --model m.json    fit a model on labelled CSV\n  frame eval --model m.json --data test.csv      scores with 95% bootstrap intervals\n\nExit codes: 0 success; 1 an error in the input or the run (file, line and problem on stderr); 2 a usage error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fit a model from labelled data and write one self-contained model file.
    Train(TrainArgs),
    /// Label every (sentence, actor) pair in articles, or given pairs, with a model.
    Predict(PredictArgs),
    /// Score a model against labelled data.
    Eval(EvalArgs),
    /// Cross-validate on training data (sentences kept whole), optionally over a small grid.
    Cv(CvArgs),
    /// Print the actor mentions the gazetteer finds, with their character offsets.
    Actors(ActorsArgs),
    /// Convert labelled data (e.g. a benchmark file) to frame's CSV with character offsets.
    Convert(ConvertArgs),
}

#[derive(Args)]
struct ConvertArgs {
    /// Input file.
    input: PathBuf,
    /// Format of the input.
    #[arg(long, value_enum, default_value_t = DataFormat::Auto)]
    format: DataFormat,
    /// Output CSV (id, text, actor, label, start, end).
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
}

#[derive(Args)]
struct TrainArgs {
    /// Labelled data: CSV (text, actor, label; optional id, start, end) or JSON Lines.
    #[arg(long, value_name = "FILE")]
    data: PathBuf,
    /// Format of --data.
    #[arg(long, value_enum, default_value_t = DataFormat::Auto)]
    format: DataFormat,
    /// Where to write the model (JSON). Written atomically: a failed run leaves no file behind.
    #[arg(long, value_name = "FILE")]
    model: PathBuf,
    /// Extra actors (CSV: actor,kind,aliases,demonyms,speaks_for,exclude) added to the shipped gazetteer.
    #[arg(long, value_name = "FILE")]
    actors: Option<PathBuf>,
    #[command(flatten)]
    hyper: HyperArgs,
}

/// Hyperparameters shared by train and cv.
#[derive(Args)]
struct HyperArgs {
    /// L2 penalty strength alpha (= 1/C of scikit-learn).
    #[arg(long, default_value_t = defaults::ALPHA)]
    alpha: f64,
    /// Maximum iterations: passes over the data for cd, L-BFGS iterations for lbfgs.
    #[arg(long, default_value_t = defaults::MAX_ITERATIONS)]
    iterations: u64,
    /// Convergence tolerance: gradient norm per training example.
    #[arg(long, default_value_t = defaults::TOLERANCE)]
    tolerance: f64,
    /// Keep features that occur in at least this many training examples.
    #[arg(long, default_value_t = defaults::MIN_COUNT)]
    min_count: u32,
    /// Keep at most this many features (the most frequent).
    #[arg(long, default_value_t = defaults::MAX_FEATURES)]
    max_features: usize,
    /// Longest word n-gram (1-3).
    #[arg(long, default_value_t = defaults::NGRAM_MAX)]
    ngram_max: usize,
    /// Words within this many tokens of the target get side-and-distance features (0-10).
    #[arg(long, default_value_t = defaults::WINDOW)]
    window: usize,
    /// Drop the left/right-of-target feature for every word.
    #[arg(long)]
    no_side_features: bool,
    /// Use raw counts instead of TF-IDF weights (inverse document frequency from the training data).
    #[arg(long)]
    no_tfidf: bool,
    /// Do not scale feature vectors to unit length.
    #[arg(long)]
    no_l2: bool,
    /// Solver: dual coordinate descent (fastest), L-BFGS, or linfa-logistic's dense fit (reference; slow). All minimise the same objective.
    #[arg(long, value_enum, default_value_t = Solver::Cd)]
    solver: Solver,
    /// Class weighting: none (linfa-logistic's objective) or balanced (rare labels weigh more).
    #[arg(long, value_enum, default_value_t = ClassWeight::None)]
    class_weight: ClassWeight,
}

impl HyperArgs {
    fn params(&self) -> Result<frame::model::params::ValidTrainParams> {
        Ok(TrainParams::new()
            .alpha(self.alpha)
            .max_iterations(self.iterations)
            .tolerance(self.tolerance)
            .min_count(self.min_count)
            .max_features(self.max_features)
            .ngram_max(self.ngram_max)
            .window(self.window)
            .side_features(!self.no_side_features)
            .tfidf(!self.no_tfidf)
            .l2_normalize(!self.no_l2)
            .solver(self.solver)
            .class_weight(self.class_weight)
            .check()?)
    }
}

#[derive(Args)]
struct PredictArgs {
    /// Text, HTML or JSON Lines files, or directories (read recursively). Stdin when none.
    files: Vec<PathBuf>,
    /// Model file [default: the shipped model, models/default.json].
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Output format [default: table on a terminal, jsonl when piped].
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    /// Which records to write.
    #[arg(long, value_enum, default_value_t = Records::Both)]
    records: Records,
    /// Write only these fields of pair records, comma-separated, in the records' usual order (JSON
    /// and JSON Lines): type, article_id, sentence_index, headline, actor, speaks_for, mentions,
    /// label, probability, probabilities, low_confidence, features, sentence. An input record's
    /// own extra fields are always kept. With `--records pairs` and no `features`, no
    /// explanation is computed.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    fields: Option<Vec<String>>,
    /// Number of top contributing features to report per pair (0 = none).
    #[arg(long, default_value_t = 5, value_name = "N")]
    explain: usize,
    /// Flag predictions whose probability is below P as low-confidence.
    #[arg(long, default_value_t = 0.0, value_name = "P")]
    min_confidence: f32,
    /// Read stdin as JSON Lines (id, text; or text with actor and optional start/end).
    #[arg(long)]
    jsonl: bool,
    /// Extra actors (CSV) that add to or override the model's gazetteer.
    #[arg(long, value_name = "FILE")]
    actors: Option<PathBuf>,
    /// Keep every line: do not remove scraped-page residue (menus, calendars, share buttons).
    #[arg(long)]
    no_clean: bool,
    /// Worker threads [default: all cores].
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Write to this file instead of stdout (atomically, when the run succeeds).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct EvalArgs {
    /// Model file [default: the shipped model].
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Labelled data to score against.
    #[arg(long, value_name = "FILE")]
    data: PathBuf,
    /// Format of --data.
    #[arg(long, value_enum, default_value_t = DataFormat::Auto)]
    format: DataFormat,
    /// Write the report as JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Bootstrap replicates for 95% confidence intervals, resampling sentences (0 = none).
    #[arg(long, default_value_t = 1000, value_name = "N")]
    bootstrap: usize,
    /// Seed for the bootstrap.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Add a breakdown: `actor` scores every actor separately.
    #[arg(long, value_enum)]
    by: Option<Breakdown>,
    /// List the N most confident mistakes with their top features.
    #[arg(long, default_value_t = 0, value_name = "N")]
    errors: usize,
    /// Compare with a second model on the same data (difference, its interval, McNemar's test).
    #[arg(long, value_name = "OTHER_MODEL")]
    against: Option<PathBuf>,
    /// Number of probability bins of the reliability table.
    #[arg(long, default_value_t = 10)]
    bins: usize,
    /// Exit with status 1 when macro-F1 is below this floor (a quality gate for CI).
    #[arg(long, value_name = "F1")]
    fail_under: Option<f64>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Breakdown {
    Actor,
}

#[derive(Args)]
struct CvArgs {
    /// Labelled training data (never a test split).
    #[arg(long, value_name = "FILE")]
    data: PathBuf,
    /// Format of --data.
    #[arg(long, value_enum, default_value_t = DataFormat::Auto)]
    format: DataFormat,
    /// Number of folds.
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Seed for the fold assignment.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Also search a grid over alpha (0.03, 0.1, 0.3, 1, 3) and --max-features (10,000, 50,000,
    /// 500,000) and print the best setting.
    #[arg(long)]
    grid: bool,
    /// Write the results as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    hyper: HyperArgs,
}

#[derive(Args)]
struct ActorsArgs {
    /// Text file to search (stdin when absent).
    file: Option<PathBuf>,
    /// Use this model's gazetteer instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Extra actors (CSV) that add to or override the gazetteer.
    #[arg(long, value_name = "FILE")]
    actors: Option<PathBuf>,
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Train(a) => train(a),
        Command::Predict(a) => predict(a),
        Command::Eval(a) => eval(a),
        Command::Cv(a) => cv(a),
        Command::Actors(a) => actors(a),
        Command::Convert(a) => convert(a),
    };
    if let Err(e) = result {
        // A closed pipe (`frame predict | head`) is not an error worth a message.
        if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) {
            std::process::exit(0);
        }
        let mut msg = format!("error: {e}");
        for cause in e.chain().skip(1) {
            msg.push_str(&format!("\n  caused by: {cause}"));
        }
        eprintln!("{msg}");
        std::process::exit(1);
    }
}

/// The shipped model: $FRAME_MODEL, ./models/default.json, or the one in the source tree the
/// binary was built from.
fn default_model_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("FRAME_MODEL") {
        return Ok(PathBuf::from(p));
    }
    let candidates = [PathBuf::from("models/default.json"), Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default.json")];
    candidates
        .iter()
        .find(|p| p.is_file())
        .cloned()
        .context("no --model given and the shipped model models/default.json was not found (set FRAME_MODEL or pass --model)")
}

fn load_model(path: Option<PathBuf>) -> Result<Model> {
    let path = match path {
        Some(p) => p,
        None => default_model_path()?,
    };
    Ok(Model::load(&path)?)
}

fn gazetteer_with(base: Gazetteer, extra: Option<&Path>) -> Result<Gazetteer> {
    match extra {
        None => Ok(base),
        Some(path) => {
            let actors = parse_actor_file(path)?;
            base.extended(actors).map_err(|m| anyhow::anyhow!("{}: {m}", path.display()))
        }
    }
}

fn train(a: TrainArgs) -> Result<()> {
    let params = a.hyper.params()?;
    let gazetteer = gazetteer_with(Gazetteer::shipped(), a.actors.as_deref())?;
    let normalizer = Normalizer::default();
    let started = std::time::Instant::now();
    let examples = read_examples(&a.data, a.format, &gazetteer, &normalizer)?;
    let model = Model::train(&examples, &params, gazetteer, normalizer, &a.data.display().to_string())?;
    model.save(&a.model)?;
    let t = &model.training;
    eprintln!(
        "trained on {} examples ({} labels, {} features) in {:.2}s: objective {:.4}, {} iterations{}; training accuracy {:.4}, macro-F1 {:.4}\nwrote {}",
        t.n_examples,
        model.labels.len(),
        model.featurizer.n_features(),
        started.elapsed().as_secs_f64(),
        t.objective,
        t.iterations,
        if t.converged { "" } else { " (iteration limit reached)" },
        t.training_metrics.accuracy,
        t.training_metrics.macro_f1,
        a.model.display()
    );
    Ok(())
}

fn predict(a: PredictArgs) -> Result<()> {
    if !(0.0..=1.0).contains(&a.min_confidence) {
        bail!("--min-confidence must be between 0 and 1, got {}", a.min_confidence);
    }
    if let Some(n) = a.threads {
        if n == 0 {
            bail!("--threads must be at least 1");
        }
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("cannot start the worker threads")?;
    }
    let format = a.format.unwrap_or(if std::io::stdout().is_terminal() && a.output.is_none() { OutputFormat::Table } else { OutputFormat::Jsonl });
    let fields = match &a.fields {
        None => PairFields::ALL,
        Some(_) if !matches!(format, OutputFormat::Jsonl | OutputFormat::Json) => {
            bail!("--fields applies to --format jsonl and json, not {}", clap::ValueEnum::to_possible_value(&format).expect("a value").get_name())
        }
        Some(names) => PairFields::parse(names).map_err(anyhow::Error::msg)?,
    };
    let mut model = load_model(a.model)?;
    if a.actors.is_some() {
        model.gazetteer = gazetteer_with(model.gazetteer, a.actors.as_deref())?;
    }
    // Explanations nobody will see are not computed: pair records without `features` and no
    // summaries.
    let explain = if a.records == Records::Pairs && !fields.has_features() { 0 } else { a.explain };
    let predictor = Predictor::new(&model, PredictOptions { explain, min_confidence: a.min_confidence, clean_residue: !a.no_clean, summaries: a.records != Records::Pairs });
    let files = expand_inputs(&a.files)?;
    // Progress on stderr, only when someone watches it and the results go elsewhere: a bar over
    // files for several files, a document counter for one long input.
    let show_progress = std::io::stderr().is_terminal() && (a.output.is_some() || !std::io::stdout().is_terminal());
    let progress = (show_progress && files.len() > 1).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed_precise}").expect("valid template"));
        bar
    });
    let counter = (show_progress && files.len() <= 1).then(|| {
        let spinner = indicatif::ProgressBar::new_spinner();
        spinner.set_style(indicatif::ProgressStyle::with_template("{spinner} {human_pos} documents {elapsed_precise} ({per_sec})").expect("valid template"));
        spinner
    });
    let tick = |bar: &Option<indicatif::ProgressBar>, documents: usize| {
        if let Some(c) = bar {
            c.inc(documents as u64);
        }
    };
    let documents: Box<dyn Iterator<Item = frame::Result<frame::predict::input::RawInput>> + Send> = if a.files.is_empty() {
        Box::new(DocumentReader::stdin(a.jsonl)?)
    } else {
        let bar = progress.clone();
        Box::new(files.into_iter().flat_map(move |f| {
            if let Some(b) = &bar {
                b.inc(1);
            }
            match DocumentReader::open(&f) {
                Ok(r) => Box::new(r) as Box<dyn Iterator<Item = _> + Send>,
                Err(e) => Box::new(std::iter::once(Err(e))),
            }
        }))
    };
    let renderer = Renderer::new(format, a.records, model.labels.clone()).with_fields(fields);
    match &a.output {
        Some(path) => {
            // Write next to the target and rename on success, so a failed run never leaves a
            // half-written or clobbered output file.
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let tmp = tempfile::Builder::new().prefix(".frame-").suffix(".tmp").tempfile_in(dir).with_context(|| format!("cannot create a file in {}", dir.display()))?;
            let mut writer = ResultWriter::new(std::io::BufWriter::new(tmp), renderer.clone());
            frame::predict::run(&predictor, documents, &renderer, |rendered, n| {
                tick(&counter, n);
                writer.write_rendered(rendered, n).map_err(|e| frame::FrameError::io(path, e))
            })?;
            let tmp = writer.finish()?.into_inner().map_err(|e| e.into_error())?;
            tmp.persist(path).with_context(|| format!("cannot write {}", path.display()))?;
        }
        None => {
            // Not `stdout().lock()`: the writer runs on a worker thread while batches are scored.
            // A small buffer: groups of records (tens of KB) are larger and go straight to
            // stdout instead of being copied into it (as with the file's default 8 KB buffer).
            let stdout = std::io::stdout();
            let mut writer = ResultWriter::new(std::io::BufWriter::with_capacity(16 << 10, stdout), renderer.clone());
            frame::predict::run(&predictor, documents, &renderer, |rendered, n| {
                tick(&counter, n);
                writer.write_rendered(rendered, n).map_err(|e| frame::FrameError::io("<stdout>", e))
            })?;
            writer.finish()?;
        }
    }
    for bar in [progress, counter].into_iter().flatten() {
        bar.finish_and_clear();
    }
    Ok(())
}

fn eval(a: EvalArgs) -> Result<()> {
    let model = load_model(a.model)?;
    let source = a.data.display().to_string();
    let examples = read_examples(&a.data, a.format, &model.gazetteer, &model.normalizer)?;
    let scored = score(&model, &examples, &source)?;
    let other = match &a.against {
        Some(path) => {
            let other_model = Model::load(path)?;
            if other_model.labels != model.labels {
                bail!("{}: its labels ({}) differ from the model's ({})", path.display(), other_model.labels.join(", "), model.labels.join(", "));
            }
            Some(score(&other_model, &examples, &source)?)
        }
        None => None,
    };
    let options = EvalOptions { bootstrap: a.bootstrap, seed: a.seed, by_actor: a.by == Some(Breakdown::Actor), errors: a.errors, bins: a.bins };
    let report = build_report(&model, &examples, &scored, other.as_ref(), &options);
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.render())?;
    }
    if let Some(floor) = a.fail_under {
        if report.macro_f1 < floor {
            bail!("macro-F1 {:.4} on {} is below the floor {floor}", report.macro_f1, source);
        }
    }
    Ok(())
}

fn cv(a: CvArgs) -> Result<()> {
    if a.folds < 2 {
        bail!("--folds must be at least 2");
    }
    let base = a.hyper.params()?;
    let gazetteer = Gazetteer::shipped();
    let normalizer = Normalizer::default();
    let source = a.data.display().to_string();
    let examples = read_examples(&a.data, a.format, &gazetteer, &normalizer)?;
    let folds = assign_folds(&examples, a.folds, a.seed);
    let settings: Vec<(f64, usize)> = if a.grid {
        [0.03, 0.1, 0.3, 1.0, 3.0].iter().flat_map(|&al| [10_000usize, 50_000, 500_000].map(|m| (al, m))).collect()
    } else {
        vec![(base.alpha, base.max_features)]
    };
    let mut results = Vec::new();
    for (alpha, max_features) in settings {
        let mut p = base.clone();
        p.alpha = alpha;
        p.max_features = max_features;
        results.push(cross_validate(&examples, &folds, a.folds, &p, &gazetteer, &normalizer, &source)?);
    }
    let best = results.iter().enumerate().max_by(|x, y| x.1.macro_f1.mean.total_cmp(&y.1.macro_f1.mean).then(y.0.cmp(&x.0))).map(|(i, _)| i).unwrap_or(0);
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &serde_json::json!({"results": results, "best": results[best]}))?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}-fold cross-validation on {} ({} examples)", a.folds, source, examples.len())?;
        writeln!(out, "{:>7}  {:>12}  {:>17}  {:>17}", "alpha", "max-features", "accuracy (sd)", "macro-F1 (sd)")?;
        for r in &results {
            writeln!(out, "{:>7}  {:>12}  {:>8.4} ({:.4})  {:>8.4} ({:.4})", r.alpha, r.max_features, r.accuracy.mean, r.accuracy.std, r.macro_f1.mean, r.macro_f1.std)?;
        }
        if !a.grid {
            for (label, sp) in &results[0].f1_per_label {
                writeln!(out, "  F1 {label}: {:.4} ({:.4})", sp.mean, sp.std)?;
            }
        }
        if a.grid {
            let b = &results[best];
            writeln!(out, "best: --alpha {} --max-features {} (macro-F1 {:.4})", b.alpha, b.max_features, b.macro_f1.mean)?;
        }
    }
    Ok(())
}

fn actors(a: ActorsArgs) -> Result<()> {
    let base = match &a.model {
        Some(p) => Model::load(p)?.gazetteer,
        None => Gazetteer::shipped(),
    };
    let gazetteer = gazetteer_with(base, a.actors.as_deref())?;
    let (source, bytes) = match &a.file {
        Some(p) => (p.display().to_string(), std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?),
        None => {
            let mut b = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut b)?;
            ("<stdin>".to_string(), b)
        }
    };
    let text = frame::text::normalize(&frame::predict::input::decode(bytes, &source)?);
    let mut out = std::io::stdout().lock();
    writeln!(out, "start\tend\tmention\tactor\tkind\tspeaks_for")?;
    // Offsets are in characters of the normalised text, counted from the start of the input.
    let mut char_at = 0usize;
    let mut byte_at = 0usize;
    for m in gazetteer.find(&text) {
        char_at += text[byte_at..m.start].chars().count();
        byte_at = m.start;
        let len = text[m.start..m.end].chars().count();
        let actor = gazetteer.actor(m.actor);
        let kind = match m.kind {
            frame::actors::MentionKind::Name => "name",
            frame::actors::MentionKind::Demonym => "demonym",
        };
        writeln!(out, "{}\t{}\t{}\t{}\t{}\t{}", char_at, char_at + len, &text[m.start..m.end], actor.name, kind, actor.speaks_for.as_deref().unwrap_or(""))?;
    }
    Ok(())
}

fn convert(a: ConvertArgs) -> Result<()> {
    let examples = read_examples(&a.input, a.format, &Gazetteer::shipped(), &Normalizer::default())?;
    frame::data::write_examples_csv(&examples, &a.output)?;
    eprintln!("wrote {} examples to {}", examples.len(), a.output.display());
    Ok(())
}
