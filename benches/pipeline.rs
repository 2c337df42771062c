//! Criterion benchmarks for each stage: tokenisation, sentence splitting and actor detection,
//! featurisation (feature keys alone, and vectors), vocabulary learning, the two sparse solvers,
//! training on the shipped labelled set end to end, scoring feature keys with the model's
//! scoring table, and prediction throughput.
//! Run: cargo bench --bench pipeline

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use frame::actors::Gazetteer;
use frame::data::{read_examples, DataFormat};
use frame::features::{ExampleText, Featurizer, Scratch, SparseVector};
use frame::model::dual_cd::fit_dual_cd;
use frame::model::solver::fit_sparse;
use frame::model::scoring::ScoringScratch;
use frame::model::{example_spans, Model, TrainParams};
use frame::predict::input::record_fields;
use frame::predict::output::{OutputFormat, Records, Renderer};
use frame::predict::{Document, DocumentKind, PredictOptions, PredictScratch, Predictor};
use frame::text::{split_sentences, tokenize, Normalizer};
use std::hint::black_box;
use std::path::Path;

fn root(p: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

fn article() -> String {
    std::fs::read_to_string(root("data/examples/article.txt")).unwrap()
}

fn training_data(g: &Gazetteer) -> Vec<frame::data::LabelledExample> {
    read_examples(&root("data/framing/train.csv"), DataFormat::Csv, g, &Normalizer::default()).unwrap()
}

fn bench_text(c: &mut Criterion) {
    let text = article().repeat(20);
    let g = Gazetteer::shipped();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("tokenize", |b| b.iter(|| black_box(tokenize(black_box(&text)).len())));
    group.bench_function("split_sentences", |b| b.iter(|| black_box(split_sentences(black_box(&text)).len())));
    group.bench_function("find_actors", |b| b.iter(|| black_box(g.find(black_box(&text)).len())));
    group.finish();
}

fn bench_features_and_training(c: &mut Criterion) {
    let g = Gazetteer::shipped();
    let examples = training_data(&g);
    let params = TrainParams::default().check().unwrap();
    let model = Model::train(&examples, &params, g.clone(), Normalizer::default(), "train.csv").unwrap();
    let spans: Vec<_> = examples.iter().map(|e| example_spans(&e.text, e.target, &e.others, &e.actor, &model.gazetteer)).collect();
    let mut group = c.benchmark_group("features");
    group.throughput(Throughput::Elements(examples.len() as u64));
    group.bench_function("featurize_train_set", |b| {
        let mut scratch = Scratch::default();
        let mut v = SparseVector::default();
        b.iter(|| {
            let mut nnz = 0;
            for (e, (t, o)) in examples.iter().zip(&spans) {
                model.featurize(&ExampleText { text: &e.text, targets: t, others: o }, &mut scratch, &mut v);
                nnz += v.indices.len();
            }
            black_box(nnz)
        })
    });
    // Feature keys alone: tokenising and hashing every feature occurrence, no vocabulary.
    group.bench_function("feature_keys", |b| {
        let mut scratch = Scratch::default();
        b.iter(|| {
            let mut n = 0;
            for (e, (t, o)) in examples.iter().zip(&spans) {
                n += model.featurizer.feature_keys(&ExampleText { text: &e.text, targets: t, others: o }, &mut scratch, false).len();
            }
            black_box(n)
        })
    });
    group.finish();

    // The two solvers on the same training matrix (featurisation excluded).
    let texts: Vec<ExampleText> = examples.iter().zip(&spans).map(|(e, (t, o))| ExampleText { text: &e.text, targets: t, others: o }).collect();
    let labels = &model.labels;
    let y: Vec<usize> = examples.iter().map(|e| labels.iter().position(|l| *l == e.label).unwrap()).collect();
    let mut group = c.benchmark_group("features");
    group.sample_size(20);
    group.throughput(Throughput::Elements(examples.len() as u64));
    group.bench_function("fit_vocabulary_and_vectors", |b| {
        b.iter(|| black_box(Featurizer::fit_transform(params.feature_settings(), params.vocabulary_limits(), &texts).unwrap().1.n_rows()))
    });
    group.finish();
    let (_, x) = Featurizer::fit_transform(params.feature_settings(), params.vocabulary_limits(), &texts).unwrap();
    let ones = vec![1.0; labels.len()];
    let mut group = c.benchmark_group("solver");
    group.sample_size(10);
    group.throughput(Throughput::Elements(examples.len() as u64));
    group.bench_function("dual_cd", |b| {
        b.iter(|| black_box(fit_dual_cd(&mut x.clone(), &y, &ones, labels.len(), params.alpha, params.max_iterations, params.tolerance).unwrap().iterations))
    });
    group.bench_function("lbfgs", |b| {
        b.iter(|| black_box(fit_sparse(&x, &y, &ones, labels.len(), params.alpha, params.max_iterations, params.tolerance).unwrap().iterations))
    });
    group.finish();

    let mut group = c.benchmark_group("train");
    group.sample_size(10);
    group.throughput(Throughput::Elements(examples.len() as u64));
    group.bench_with_input(BenchmarkId::new("framing_train_csv", examples.len()), &examples, |b, ex| {
        b.iter(|| black_box(Model::train(ex, &params, g.clone(), Normalizer::default(), "train.csv").unwrap().training.iterations))
    });
    group.finish();
}

fn bench_predict(c: &mut Criterion) {
    let g = Gazetteer::shipped();
    let examples = training_data(&g);
    let params = TrainParams::default().check().unwrap();
    let model = Model::train(&examples, &params, g, Normalizer::default(), "train.csv").unwrap();
    let predictor = Predictor::new(&model, PredictOptions { explain: 0, ..Default::default() });
    let text = article();
    let doc = Document { id: "a".into(), text: text.clone(), kind: DocumentKind::Article, extra: None };
    let mut group = c.benchmark_group("predict");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("article", |b| {
        let mut s = PredictScratch::default();
        b.iter(|| black_box(predictor.predict_document(doc.clone(), &mut s).pairs.len()))
    });
    // Scoring alone: the feature keys of 500 pairs (computed beforehand) through the model's
    // scoring table, to class probabilities.
    let keys: Vec<Vec<u64>> = examples
        .iter()
        .take(500)
        .map(|e| {
            let (t, o) = example_spans(&e.text, e.target, &e.others, &e.actor, &model.gazetteer);
            model.featurizer.feature_keys(&ExampleText { text: &e.text, targets: &t, others: &o }, &mut Scratch::default(), false).to_vec()
        })
        .collect();
    group.throughput(Throughput::Elements(keys.len() as u64));
    group.bench_function("score_keys", |b| {
        let table = model.scoring_table();
        let (mut scratch, mut probs) = (ScoringScratch::default(), Vec::new());
        b.iter(|| {
            let mut best = 0.0f32;
            for k in &keys {
                table.score(k, &mut scratch, &mut probs, None);
                best += probs[0];
            }
            black_box(best)
        })
    });
    let pairs: Vec<Document> = examples
        .iter()
        .take(500)
        .map(|e| Document { id: "p".into(), text: e.text.clone(), kind: DocumentKind::Pair { actor: e.actor.clone(), span: None }, extra: None })
        .collect();
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("pairs", |b| {
        let mut s = PredictScratch::default();
        b.iter(|| {
            let mut n = 0;
            for d in &pairs {
                n += predictor.predict_document(d.clone(), &mut s).pairs.len();
            }
            black_box(n)
        })
    });
    // The same pairs as JSON Lines records with char offsets, through the path `frame predict
    // --jsonl --records pairs --format jsonl` takes: parse, score, render the JSON line.
    let lines: Vec<String> = examples
        .iter()
        .take(500)
        .map(|e| {
            let (start, end) = (e.text[..e.target.0].chars().count(), e.text[..e.target.1].chars().count());
            serde_json::json!({"id": "p", "text": e.text, "actor": e.actor, "start": start, "end": end}).to_string()
        })
        .collect();
    let renderer = Renderer::new(OutputFormat::Jsonl, Records::Pairs, model.labels.clone());
    group.bench_function("pair_records", |b| {
        let mut s = PredictScratch::default();
        let mut out = Vec::new();
        b.iter(|| {
            out.clear();
            let mut n = 0;
            for (i, line) in lines.iter().enumerate() {
                let fields = record_fields(line, "bench", i as u64 + 1).unwrap();
                n += predictor.write_pair_record(fields, &renderer, &mut s, &mut out).unwrap();
            }
            black_box((n, out.len()))
        })
    });
    group.finish();
}

criterion_group!(benches, bench_text, bench_features_and_training, bench_predict);
criterion_main!(benches);
