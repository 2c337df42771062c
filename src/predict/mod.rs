//! Prediction: documents in, per-(sentence, actor) predictions and per-article summaries out.

pub mod input;
pub mod output;

use crate::features::{ExampleText, Scratch, SparseVector};
use crate::model::scoring::{ScoringScratch, ScoringTable};
use crate::model::{argmax, Contribution, Model};
use crate::text::{residue, split_sentences};
use serde::Serialize;
use std::borrow::Cow;

pub use input::Document;

/// How a document's text is to be read.
#[derive(Debug, Clone, PartialEq)]
pub enum DocumentKind {
    /// An article: residue removal, sentence splitting, actor detection.
    Article,
    /// One pre-split sentence with a given target actor (and optional char offsets).
    Pair { actor: String, span: Option<(usize, usize)> },
}

/// Prediction for one actor in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairPrediction {
    pub article_id: String,
    /// 0-based index of the sentence in the article.
    pub sentence_index: usize,
    pub headline: bool,
    pub actor: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaks_for: Option<String>,
    /// Surface forms of the actor's mentions in the sentence, in order.
    pub mentions: Vec<String>,
    pub label: String,
    /// Probability of `label`.
    pub probability: f32,
    /// Probability of each label, in the model's label order.
    pub probabilities: Vec<f32>,
    /// True when `probability` is below `--min-confidence`.
    pub low_confidence: bool,
    pub features: Vec<Contribution>,
    pub sentence: String,
}

impl PairPrediction {
    /// The prediction as the renderers read it.
    pub fn view(&self) -> PairView<'_> {
        PairView {
            article_id: &self.article_id,
            sentence_index: self.sentence_index,
            headline: self.headline,
            actor: &self.actor,
            speaks_for: self.speaks_for.as_deref(),
            mentions: Mentions::Surfaces(&self.mentions),
            label: &self.label,
            probability: self.probability,
            probabilities: &self.probabilities,
            low_confidence: self.low_confidence,
            features: &self.features,
            sentence: &self.sentence,
        }
    }
}

/// A [`PairPrediction`]'s fields, borrowed: what rendering reads. The pair fast path
/// ([`Predictor::write_pair_record`]) builds one from the input line and its scratch buffers
/// without allocating.
#[derive(Debug, Clone, Copy)]
pub struct PairView<'a> {
    pub article_id: &'a str,
    pub sentence_index: usize,
    pub headline: bool,
    pub actor: &'a str,
    pub speaks_for: Option<&'a str>,
    pub mentions: Mentions<'a>,
    pub label: &'a str,
    pub probability: f32,
    pub probabilities: &'a [f32],
    pub low_confidence: bool,
    pub features: &'a [Contribution],
    pub sentence: &'a str,
}

/// The surface forms of an actor's mentions in a sentence.
#[derive(Debug, Clone, Copy)]
pub enum Mentions<'a> {
    Surfaces(&'a [String]),
    /// Byte spans of the mentions in `sentence`.
    Spans { sentence: &'a str, spans: &'a [(usize, usize)] },
}

impl<'a> Mentions<'a> {
    pub fn iter(self) -> impl Iterator<Item = &'a str> {
        // One of the two parts is empty.
        let (surfaces, sentence, spans): (&[String], &str, &[(usize, usize)]) = match self {
            Mentions::Surfaces(surfaces) => (surfaces, "", &[]),
            Mentions::Spans { sentence, spans } => (&[], sentence, spans),
        };
        surfaces.iter().map(String::as_str).chain(spans.iter().map(move |&(s, e)| &sentence[s..e]))
    }
}

/// How one article frames one actor, over all sentences that mention it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorSummary {
    pub article_id: String,
    pub actor: String,
    /// Sentences in which the actor is mentioned.
    pub sentences: usize,
    /// Mentions of the actor, all sentences together.
    pub mentions: usize,
    /// Predicted label counts, in the model's label order.
    pub label_counts: Vec<(String, usize)>,
    pub label_shares: Vec<(String, f64)>,
    pub mean_probabilities: Vec<(String, f64)>,
    /// The label with the highest mean probability.
    pub frame: String,
    /// True when no label holds a clear majority (more than half) of the sentences.
    pub mixed: bool,
    /// Why: the features that pushed the actor's sentences labelled `frame` toward it, summed
    /// over those sentences, largest first (empty with `--explain 0`).
    pub features: Vec<Contribution>,
}

/// All results for one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentResult {
    pub article_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
    /// Number of sentences in which at least one actor was found.
    pub sentences: usize,
    pub pairs: Vec<PairPrediction>,
    pub summary: Vec<ActorSummary>,
}

/// Prediction settings.
#[derive(Debug, Clone)]
pub struct PredictOptions {
    /// Number of top contributing features reported per pair.
    pub explain: usize,
    /// Predictions whose probability is below this are flagged `low_confidence`.
    pub min_confidence: f32,
    /// Remove scraped-page residue from articles before splitting.
    pub clean_residue: bool,
    /// Compute per-article actor summaries (skipped when only pairs are written).
    pub summaries: bool,
}

impl Default for PredictOptions {
    fn default() -> Self {
        PredictOptions { explain: 5, min_confidence: 0.0, clean_residue: true, summaries: true }
    }
}

/// A model plus prediction options; cheap to share across threads.
pub struct Predictor<'m> {
    pub model: &'m Model,
    pub options: PredictOptions,
    scoring: &'m ScoringTable,
}

/// Per-thread buffers.
#[derive(Default)]
pub struct PredictScratch {
    features: Scratch,
    scoring: ScoringScratch,
    vector: SparseVector,
    mentions: Vec<crate::actors::Mention>,
    /// The sentence whose tokens and actor mentions `features.tokens` and `mentions` hold, if
    /// they hold any sentence's (see [`PredictScratch::find_actors`]).
    searched: Option<String>,
    /// Target and other-actor spans of the pair being scored.
    targets: Vec<(usize, usize)>,
    others: Vec<(usize, usize)>,
    /// Class probabilities of the pair being scored.
    probs: Vec<f32>,
    /// The unescaped text of a JSON Lines record, when it has escapes (reused record to record).
    unescaped_text: String,
}

impl PredictScratch {
    /// Find the actors mentioned in `sentence`, leaving its tokens in `features.tokens` and
    /// its mentions in `mentions`. Pre-split input lists a sentence once per actor in it,
    /// usually on consecutive lines, so when the buffers already hold this sentence's the
    /// search (tokenising included, about a fifth of a pair's work) is skipped.
    fn find_actors(&mut self, gazetteer: &crate::actors::Gazetteer, sentence: &str) {
        if self.searched.as_deref() == Some(sentence) {
            return;
        }
        gazetteer.find_with(sentence, &mut self.features.tokens, &mut self.mentions);
        let searched = self.searched.get_or_insert_with(String::new);
        searched.clear();
        searched.push_str(sentence);
    }
}

impl<'m> Predictor<'m> {
    pub fn new(model: &'m Model, options: PredictOptions) -> Self {
        Predictor { model, options, scoring: model.scoring_table() }
    }

    /// Predict one document (taken by value: its text and fields move into the result).
    pub fn predict_document(&self, doc: Document, scratch: &mut PredictScratch) -> DocumentResult {
        let Document { id, text, kind, extra } = doc;
        let pairs = match kind {
            DocumentKind::Article => self.predict_article(&id, &self.model.normalizer.apply_cow(&text), scratch),
            DocumentKind::Pair { actor, span } => self.predict_pair(&id, text, actor, span, scratch).into_iter().collect(),
        };
        // Pairs come sentence by sentence, so distinct indices are runs.
        let sentences = pairs.iter().enumerate().filter(|(i, p)| *i == 0 || pairs[i - 1].sentence_index != p.sentence_index).count();
        let summary = if self.options.summaries { summarise(&self.model.labels, &id, &pairs) } else { Vec::new() };
        DocumentResult { article_id: id, extra, sentences, pairs, summary }
    }

    fn predict_article(&self, id: &str, text: &str, scratch: &mut PredictScratch) -> Vec<PairPrediction> {
        let cleaned;
        let (body, headline) = if self.options.clean_residue {
            cleaned = residue::clean(text);
            (cleaned.text.as_str(), cleaned.headline)
        } else {
            (text, None)
        };
        let gazetteer = &self.model.gazetteer;
        let mut out = Vec::new();
        for (index, s) in split_sentences(body).iter().enumerate() {
            let sentence = &body[s.start..s.end];
            scratch.find_actors(gazetteer, sentence);
            if scratch.mentions.is_empty() {
                continue;
            }
            // Put back below: scoring reads only the tokens.
            let mentions = std::mem::take(&mut scratch.mentions);
            // Actors in order of first mention.
            let mut actors: Vec<usize> = Vec::new();
            for m in &mentions {
                if !actors.contains(&m.actor) {
                    actors.push(m.actor);
                }
            }
            let is_headline = headline.is_some_and(|(hs, he)| s.start >= hs && s.end <= he);
            for &a in &actors {
                let targets: Vec<(usize, usize)> = mentions.iter().filter(|m| m.actor == a).map(|m| (m.start, m.end)).collect();
                let others: Vec<(usize, usize)> = mentions.iter().filter(|m| m.actor != a).map(|m| (m.start, m.end)).collect();
                let actor = gazetteer.actor(a);
                let surfaces = targets.iter().map(|&(s, e)| sentence[s..e].to_string()).collect();
                out.push(self.score(id, index, is_headline, actor.name.clone(), actor.speaks_for.clone(), surfaces, Cow::Borrowed(sentence), &targets, &others, scratch));
            }
            scratch.mentions = mentions;
        }
        out
    }

    fn predict_pair(&self, id: &str, text: String, actor: String, span: Option<(usize, usize)>, scratch: &mut PredictScratch) -> Option<PairPrediction> {
        let (sentence, actor_idx) = self.pair_sentence(Cow::Owned(text), &actor, span, scratch)?;
        let surfaces = scratch.targets.iter().map(|&(s, e)| sentence[s..e].to_string()).collect();
        let speaks_for = actor_idx.and_then(|i| self.model.gazetteer.actor(i).speaks_for.clone());
        let (targets, others) = (std::mem::take(&mut scratch.targets), std::mem::take(&mut scratch.others));
        let prediction = self.score(id, 0, false, actor, speaks_for, surfaces, sentence, &targets, &others, scratch);
        (scratch.targets, scratch.others) = (targets, others);
        Some(prediction)
    }

    /// Predict a pre-split (sentence, actor) record and write its JSON line: what
    /// [`Predictor::predict_document`] and [`output::Renderer::render`] give for it with
    /// `--format jsonl --records pairs`, without allocating for the common record (strings
    /// stay in the input line, everything else in the scratch). Returns the pairs written: 0
    /// when the record has no offsets and its actor is not found in the sentence.
    pub fn write_pair_record(&self, record: input::RecordFields<'_>, renderer: &output::Renderer, scratch: &mut PredictScratch, out: &mut Vec<u8>) -> std::io::Result<usize> {
        let input::RecordFields { id, text, actor, span, extra } = record;
        let actor = actor.as_deref().expect("a pair record has an actor");
        let Some((sentence, actor_idx)) = self.pair_sentence(text, actor, span, scratch) else { return Ok(0) };
        let (targets, others) = (std::mem::take(&mut scratch.targets), std::mem::take(&mut scratch.others));
        let (best, features) = self.classify(&sentence, &targets, &others, scratch);
        let probability = scratch.probs[best];
        let view = PairView {
            article_id: &id,
            sentence_index: 0,
            headline: false,
            actor,
            speaks_for: actor_idx.and_then(|i| self.model.gazetteer.actor(i).speaks_for.as_deref()),
            mentions: Mentions::Spans { sentence: &sentence, spans: &targets },
            label: &self.model.labels[best],
            probability,
            probabilities: &scratch.probs,
            low_confidence: probability < self.options.min_confidence,
            features: &features,
            sentence: &sentence,
        };
        let written = renderer.render_pair(&view, extra.as_ref(), out);
        (scratch.targets, scratch.others) = (targets, others);
        written.map(|()| 1)
    }

    /// A pair's sentence, normalised, with the target's and the other actors' spans left in
    /// `scratch.targets` and `scratch.others`, and the actor's gazetteer index. None when no
    /// offsets were given and the actor is not found.
    fn pair_sentence<'s>(&self, text: Cow<'s, str>, actor: &str, span: Option<(usize, usize)>, scratch: &mut PredictScratch) -> Option<(Cow<'s, str>, Option<usize>)> {
        let normalizer = &self.model.normalizer;
        let (sentence, target) = match span {
            Some((s, e)) => crate::data::normalise_cow_with_span(normalizer, text, s, e),
            None => {
                let sentence = normalizer.apply(&text).replace('\n', " ");
                let target = crate::data::locate_actor(&sentence, actor, &self.model.gazetteer)?;
                (Cow::Owned(sentence), target)
            }
        };
        let gazetteer = &self.model.gazetteer;
        scratch.find_actors(gazetteer, &sentence);
        let actor_idx = gazetteer.index_of(actor);
        crate::model::spans_from_mentions_into(&scratch.mentions, target, &[], actor_idx, &mut scratch.targets, &mut scratch.others);
        Some((sentence, actor_idx))
    }

    /// Classify one example: the best label's index, with every label's probability left in
    /// `scratch.probs`, and the features that explain it (`--explain`).
    fn classify(&self, sentence: &str, targets: &[(usize, usize)], others: &[(usize, usize)], scratch: &mut PredictScratch) -> (usize, Vec<Contribution>) {
        let ex = ExampleText { text: sentence, targets, others };
        // The actor search left the sentence's tokens in the scratch.
        let keys = self.model.featurizer.feature_keys(&ex, &mut scratch.features, true);
        let explain = self.options.explain > 0;
        self.scoring.score(keys, &mut scratch.scoring, &mut scratch.probs, explain.then_some(&mut scratch.vector));
        let best = argmax(&scratch.probs);
        let features = if explain { self.model.explain(&scratch.vector, best, self.options.explain) } else { Vec::new() };
        (best, features)
    }

    #[allow(clippy::too_many_arguments)]
    fn score(
        &self,
        id: &str,
        sentence_index: usize,
        headline: bool,
        actor: String,
        speaks_for: Option<String>,
        mentions: Vec<String>,
        sentence: Cow<str>,
        targets: &[(usize, usize)],
        others: &[(usize, usize)],
        scratch: &mut PredictScratch,
    ) -> PairPrediction {
        let (best, features) = self.classify(&sentence, targets, others, scratch);
        let probability = scratch.probs[best];
        PairPrediction {
            article_id: id.to_string(),
            sentence_index,
            headline,
            actor,
            speaks_for,
            mentions,
            label: self.model.labels[best].clone(),
            probability,
            probabilities: scratch.probs.clone(),
            low_confidence: probability < self.options.min_confidence,
            features,
            sentence: sentence.into_owned(),
        }
    }
}

/// Per-actor summaries of an article's pair predictions, actors in order of first mention.
pub fn summarise(labels: &[String], article_id: &str, pairs: &[PairPrediction]) -> Vec<ActorSummary> {
    let mut order: Vec<&str> = Vec::new();
    for p in pairs {
        if !order.contains(&p.actor.as_str()) {
            order.push(&p.actor);
        }
    }
    order
        .into_iter()
        .map(|actor| {
            let mine: Vec<&PairPrediction> = pairs.iter().filter(|p| p.actor == actor).collect();
            let n = mine.len();
            let mut counts = vec![0usize; labels.len()];
            let mut mean = vec![0f64; labels.len()];
            for p in &mine {
                if let Some(i) = labels.iter().position(|l| *l == p.label) {
                    counts[i] += 1;
                }
                for (i, pr) in p.probabilities.iter().enumerate() {
                    mean[i] += *pr as f64 / n as f64;
                }
            }
            let frame = argmax(&mean.iter().map(|&v| v as f32).collect::<Vec<_>>());
            let top_count = counts.iter().copied().max().unwrap_or(0);
            let mut why: Vec<Contribution> = Vec::new();
            for p in mine.iter().filter(|p| p.label == labels[frame]) {
                for c in &p.features {
                    match why.iter_mut().find(|w| w.feature == c.feature) {
                        Some(w) => w.weight += c.weight,
                        None => why.push(c.clone()),
                    }
                }
            }
            why.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.feature.cmp(&b.feature)));
            why.truncate(mine.iter().map(|p| p.features.len()).max().unwrap_or(0));
            ActorSummary {
                article_id: article_id.to_string(),
                actor: actor.to_string(),
                sentences: n,
                mentions: mine.iter().map(|p| p.mentions.len()).sum(),
                label_counts: labels.iter().cloned().zip(counts.iter().copied()).collect(),
                label_shares: labels.iter().cloned().zip(counts.iter().map(|&c| c as f64 / n as f64)).collect(),
                mean_probabilities: labels.iter().cloned().zip(mean.iter().map(|&m| (m * 1e6).round() / 1e6)).collect(),
                frame: labels[frame].clone(),
                mixed: top_count * 2 <= n,
                features: why,
            }
        })
        .collect()
}

/// Documents per parallel batch: large enough to keep every thread busy, small enough that
/// memory stays flat.
const BATCH_DOCUMENTS: usize = 2048;
/// Text bytes per parallel batch (long articles fill a batch sooner).
const BATCH_BYTES: usize = 2 << 20;
/// Documents per group (about: input comes in runs of lines): the unit of parallel work,
/// rendered into one buffer. On one thread groups are as large as this range allows; on more,
/// a batch makes sixteen per thread, so that at the end of a batch no thread waits long for
/// the last group of another.
const GROUP_DOCUMENTS: std::ops::RangeInclusive<usize> = 64..=256;
/// Text bytes per group, likewise, so a batch of long articles splits into groups too.
const GROUP_BYTES: std::ops::RangeInclusive<usize> = (32 << 10)..=(128 << 10);
/// Largest output buffer handed back to the workers for reuse: a group of pair records
/// (~110 KB) is; a group of articles' output (often larger) is freed, since a buffer keeps
/// the capacity of the largest output it ever held and dozens of them would add megabytes.
const RECYCLED_BUFFER_MAX: usize = 256 << 10;

/// Totals of a prediction run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunStats {
    pub documents: usize,
    pub pairs: usize,
    pub bytes: usize,
}

/// One group of documents, rendered: the output of the documents before the first error (all
/// of them when there is none), their totals, and the error.
struct RenderedGroup {
    output: Vec<u8>,
    /// Where each document's output ends, in formats that separate documents.
    ends: Vec<usize>,
    stats: RunStats,
    error: Option<crate::FrameError>,
}

/// Predict every input and hand the rendered results, in input order, to `sink`: output in
/// one or more parts to be written one after the other, and the number of documents it holds.
/// Batches are parsed, scored and rendered in parallel on the current rayon pool while, at the
/// same time, the previous batch's results are written and the next batch is read, so the
/// sequential I/O overlaps the computation. Where the output format puts nothing between
/// documents (JSON Lines, CSV), consecutive documents are rendered into one buffer per group
/// and a batch's groups are handed over together; otherwise one document at a time. The
/// output never depends on the number of threads. Stops at the first input error, after
/// writing every document before it.
pub fn run<I, F>(predictor: &Predictor, inputs: I, renderer: &output::Renderer, mut sink: F) -> crate::Result<RunStats>
where
    I: Iterator<Item = crate::Result<input::RawInput>> + Send,
    F: FnMut(&[&[u8]], usize) -> crate::Result<()> + Send,
{
    use rayon::prelude::*;
    let mut stats = RunStats::default();
    let mut inputs = inputs.fuse();
    // Pair records written as JSON Lines pairs take the allocation-free path.
    let pairs_only = renderer.format == output::OutputFormat::Jsonl && renderer.records == output::Records::Pairs;
    let separate = renderer.format.separates_documents();
    // Render one document onto the end of `out`; its (text bytes, pairs).
    let render_document = |scratch: &mut PredictScratch, doc: Document, out: &mut Vec<u8>| -> crate::Result<(usize, usize)> {
        let bytes = doc.text.len();
        let result = predictor.predict_document(doc, scratch);
        renderer.render(&result, out).map_err(|e| crate::FrameError::io("<output>", e))?;
        Ok((bytes, result.pairs.len()))
    };
    let render_line = |scratch: &mut PredictScratch, (line, text): (u64, &str), source: &str, out: &mut Vec<u8>| -> crate::Result<(usize, usize)> {
        if !pairs_only {
            return render_document(scratch, input::parse_record(text, source, line)?, out);
        }
        // The buffer is taken out of the scratch while the record borrows it.
        let mut text_buf = std::mem::take(&mut scratch.unescaped_text);
        let result = match input::record_fields_in(text, source, line, Some(&mut text_buf)) {
            Err(e) => Err(e),
            Ok(fields) if fields.actor.is_none() => render_document(scratch, fields.into_document(), out),
            Ok(fields) => {
                let bytes = fields.text.len();
                predictor.write_pair_record(fields, renderer, scratch, out).map(|pairs| (bytes, pairs)).map_err(|e| crate::FrameError::io("<output>", e))
            }
        };
        scratch.unescaped_text = text_buf;
        result
    };
    // One scratch per worker thread for the whole run. A fresh one per batch (or per rayon
    // split) zeroes vocabulary-sized arrays: with two threads that memset and its page faults
    // cost more than a tenth of the second core.
    let scratches: Vec<std::sync::Mutex<PredictScratch>> = (0..=rayon::current_num_threads()).map(|_| Default::default()).collect();
    let process_group = |(group, mut output): (Vec<input::RawInput>, Vec<u8>)| -> RenderedGroup {
        let slot = rayon::current_thread_index().map_or(scratches.len() - 1, |i| i.min(scratches.len() - 1));
        let mut scratch = scratches[slot].lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        output.clear();
        let mut rendered = RenderedGroup { output, ends: Vec::new(), stats: RunStats::default(), error: None };
        let done = |rendered: &mut RenderedGroup, result: crate::Result<(usize, usize)>| -> bool {
            match result {
                Ok((bytes, pairs)) => {
                    rendered.stats.documents += 1;
                    rendered.stats.bytes += bytes;
                    rendered.stats.pairs += pairs;
                    if separate {
                        rendered.ends.push(rendered.output.len());
                    }
                    true
                }
                Err(e) => {
                    rendered.error = Some(e);
                    false
                }
            }
        };
        for raw in group {
            match raw {
                input::RawInput::Ready(doc) => {
                    let result = render_document(&mut scratch, doc, &mut rendered.output);
                    if !done(&mut rendered, result) {
                        return rendered;
                    }
                }
                input::RawInput::JsonLines(run) => {
                    for line in run.lines() {
                        let result = render_line(&mut scratch, line, run.source(), &mut rendered.output);
                        if !done(&mut rendered, result) {
                            return rendered;
                        }
                    }
                }
            }
        }
        rendered
    };
    // Output buffers come back from the writer and are rendered into again: freeing them on the
    // writer thread, which did not allocate them, cost the second thread about 5% more work.
    let compute = |batch: Vec<input::RawInput>, mut buffers: Vec<Vec<u8>>| -> Vec<RenderedGroup> {
        let threads = rayon::current_num_threads();
        let share = |total: usize, range: &std::ops::RangeInclusive<usize>| if threads == 1 { *range.end() } else { (total / (16 * threads)).clamp(*range.start(), *range.end()) };
        let group_documents = share(batch.iter().map(input::RawInput::documents).sum(), &GROUP_DOCUMENTS);
        let group_bytes = share(batch.iter().map(input::RawInput::len).sum(), &GROUP_BYTES);
        let mut groups: Vec<Vec<input::RawInput>> = Vec::new();
        let (mut documents, mut bytes) = (0, 0);
        for raw in batch {
            if groups.is_empty() || documents >= group_documents || bytes >= group_bytes {
                groups.push(Vec::new());
                (documents, bytes) = (0, 0);
            }
            documents += raw.documents();
            bytes += raw.len();
            groups.last_mut().expect("a group was just pushed").push(raw);
        }
        buffers.resize_with(groups.len(), Vec::new);
        if rayon::current_num_threads() > 1 && groups.len() > 1 {
            groups.into_par_iter().zip(buffers).map(process_group).collect()
        } else {
            groups.into_iter().zip(buffers).map(process_group).collect()
        }
    };
    // Read one batch; an input error is returned after the documents read before it.
    let read_batch = |inputs: &mut std::iter::Fuse<I>| -> (Vec<input::RawInput>, Option<crate::FrameError>) {
        let mut batch = Vec::new();
        let (mut documents, mut bytes) = (0, 0);
        while documents < BATCH_DOCUMENTS && bytes < BATCH_BYTES {
            match inputs.next() {
                Some(Ok(raw)) => {
                    documents += raw.documents();
                    bytes += raw.len();
                    batch.push(raw);
                }
                Some(Err(e)) => return (batch, Some(e)),
                None => break,
            }
        }
        (batch, None)
    };
    let mut write = |groups: Vec<RenderedGroup>, stats: &mut RunStats, recycled: &mut Vec<Vec<u8>>| -> crate::Result<()> {
        if !separate {
            // Every group's output up to the first error, in one vectored write: small groups
            // balance the threads' work, and the writes stay few and large.
            let upto = groups.iter().position(|g| g.error.is_some()).map_or(groups.len(), |i| i + 1);
            let documents = groups[..upto].iter().map(|g| g.stats.documents).sum();
            if documents > 0 {
                let parts: Vec<&[u8]> = groups[..upto].iter().map(|g| &g.output[..]).filter(|o| !o.is_empty()).collect();
                sink(&parts, documents)?;
            }
        }
        for group in groups {
            if separate {
                let mut start = 0;
                for &end in &group.ends {
                    sink(&[&group.output[start..end]], 1)?;
                    start = end;
                }
            }
            stats.documents += group.stats.documents;
            stats.pairs += group.stats.pairs;
            stats.bytes += group.stats.bytes;
            if let Some(e) = group.error {
                return Err(e);
            }
            // Only moderate buffers come back, so one long article's output does not stay.
            if group.output.capacity() <= RECYCLED_BUFFER_MAX {
                recycled.push(group.output);
            }
        }
        Ok(())
    };
    let (mut batch, mut read_error) = read_batch(&mut inputs);
    let mut pending: Vec<RenderedGroup> = Vec::new();
    let mut buffers: Vec<Vec<u8>> = Vec::new();
    loop {
        if batch.is_empty() {
            write(std::mem::take(&mut pending), &mut stats, &mut Vec::new())?;
            return match read_error {
                Some(e) => Err(e),
                None => Ok(stats),
            };
        }
        let stop_reading = read_error.is_some();
        let to_write = std::mem::take(&mut pending);
        let spare = std::mem::take(&mut buffers);
        let mut recycled = Vec::with_capacity(to_write.len());
        let (results, (written, next)) = rayon::join(
            || compute(batch, spare),
            || {
                let written = write(to_write, &mut stats, &mut recycled);
                let next = if stop_reading || written.is_err() { (Vec::new(), None) } else { read_batch(&mut inputs) };
                (written, next)
            },
        );
        written?;
        pending = results;
        buffers = recycled;
        batch = next.0;
        if next.1.is_some() {
            read_error = next.1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reused_scratch_predicts_like_a_fresh_one() {
        // One scratch carries the last sentence's actor search from document to document; the
        // results must be those of a fresh scratch whatever the order: the same sentence with
        // other actors, with and without offsets, after articles and other sentences.
        let model = Model::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/models/default.json"))).unwrap();
        let predictor = Predictor::new(&model, PredictOptions::default());
        let shared = "Moscow warned Kyiv and Brussels on Monday.";
        let pair = |actor: &str, span: Option<(usize, usize)>, text: &str| Document { id: "p".into(), text: text.into(), kind: DocumentKind::Pair { actor: actor.into(), span }, extra: None };
        let article = |text: &str| Document { id: "a".into(), text: text.into(), kind: DocumentKind::Article, extra: None };
        let docs = [
            pair("Russia", Some((0, 6)), shared),
            pair("Ukraine", Some((14, 18)), shared),
            pair("Ukraine", None, shared),
            article("Beijing praised Washington. Moscow warned Kyiv and Brussels on Monday."),
            pair("Ukraine", Some((14, 18)), shared),
            pair("China", Some((0, 7)), "Beijing praised Washington."),
            pair("Russia", Some((0, 6)), shared),
            pair("Russia", Some((0, 6)), "Moscow  warned Kyiv and Brussels on Monday."),
        ];
        let mut scratch = PredictScratch::default();
        for doc in docs {
            let fresh = predictor.predict_document(doc.clone(), &mut PredictScratch::default());
            assert!(!fresh.pairs.is_empty(), "{doc:?}");
            assert_eq!(predictor.predict_document(doc, &mut scratch), fresh);
        }
    }
}
