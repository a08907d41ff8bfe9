//! Pathological patterns: every pattern of every schema, as the Rust check decides it, against
//! legal values and illegal ones (a legal value with one bad character at the end, which makes a
//! backtracking engine try every split) of 1 KiB, 16 KiB and 256 KiB. Linear time shows as the same
//! throughput at every size (`cargo bench -p connschema --bench patterns`).
//!
//! A pattern's check runs whatever the value's length (a value above `maxLength` gets both
//! violations), so the sizes go past every member's `maxLength`, up to the scale of the CLI's input
//! limit. Patterns whose repetitions are all bounded (`[0-9]{12}`, a ULID) have no long legal value;
//! they are measured at their longest legal value and that value with a character appended.

#[path = "../tests/suite/pattern_strings.rs"]
mod pattern_strings;

use connschema::{format::Format, PatternInfo};
use criterion::{BenchmarkId, Criterion, Throughput};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use regex::Regex;
use std::hint::black_box;
use std::time::Duration;

const SIZES: [usize; 3] = [1 << 10, 1 << 14, 1 << 18];

/// Characters tried when growing a value and when breaking one: ASCII of every kind, line
/// terminators, controls, and letters beyond ASCII.
const CANDIDATES: &[char] =
    &['a', 'Z', '0', '-', '.', '_', ' ', '%', '/', ':', '\u{0}', '\n', '\u{7f}', '\u{2028}', 'é', '😀'];

/// A pattern and the check that decides it.
struct Subject {
    name: String,
    is_match: Box<dyn Fn(&str) -> bool>,
    /// Short values that match, to grow from.
    samples: Vec<String>,
}

fn member(ty: &str, info: PatternInfo) -> Subject {
    let regex = Regex::new(info.rust).expect("the derive compiled this pattern");
    let is_match: Box<dyn Fn(&str) -> bool> = match info.runs {
        Some(runs) => Box::new(move |s| connschema::runs::matches(runs, s)),
        None => Box::new(move |s| regex.is_match(s)),
    };
    let samples = generated(info.rust).into_iter().filter(|s| is_match(s)).collect();
    Subject { name: format!("{ty}.{}", info.member), is_match, samples }
}

/// Up to 200 strings the pattern's generator draws (the caller keeps those that match).
fn generated(rust: &str) -> Vec<String> {
    let strategy = pattern_strings::generator(rust).expect("a generator for the pattern");
    let config = Config { rng_algorithm: RngAlgorithm::ChaCha, ..Config::default() };
    let mut runner = TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    (0..200).filter_map(|_| Some(strategy.new_tree(&mut runner).ok()?.current())).collect()
}

fn subjects() -> Vec<Subject> {
    let mut out: Vec<Subject> =
        connschema_cli::apis::catalog().patterns().into_iter().map(|(ty, info)| member(ty, info)).collect();
    let format = |name: &str, format: Format, samples: &[&str]| Subject {
        name: name.to_owned(),
        is_match: Box::new(move |s| format.is_valid(s)),
        samples: samples.iter().map(|s| s.to_string()).collect(),
    };
    out.push(format("format::date-time", Format::DateTime, &["2024-11-25T08:00:00.5Z"]));
    out.push(format("format::uri", Format::Uri, &["https://example.com/a", "urn:a"]));
    let ulid = Regex::new(connschema_versori::platform::Ulid::PATTERN).expect("ULID pattern");
    out.push(Subject {
        name: "versori::platform::Ulid".into(),
        is_match: Box::new(move |s| ulid.is_match(s)),
        samples: vec!["01JD7ZC5D6E7F8G9HAJBKCMDNE".into()],
    });
    out
}

/// A legal value of `len` characters: a sample with one character repeated at one place, where
/// the pattern keeps matching however many copies go in. `None` when every repetition is bounded.
fn grow(subject: &Subject, len: usize) -> Option<String> {
    let mut samples: Vec<&String> = subject.samples.iter().collect();
    samples.sort_by_key(|s| (s.len(), s.as_str()));
    samples.dedup();
    for sample in samples.into_iter().take(20) {
        let chars: Vec<char> = sample.chars().collect();
        for at in 0..=chars.len() {
            // ASCII first, so that a value's size in bytes is near its size in characters.
            let pool = CANDIDATES.iter().chain(&chars);
            for &c in pool {
                let with = |copies: usize| -> String {
                    let mut s: String = chars[..at].iter().collect();
                    s.extend(std::iter::repeat_n(c, copies));
                    s.extend(&chars[at..]);
                    s
                };
                if [1, 2, 3, 17, 300].iter().all(|&n| (subject.is_match)(&with(n))) {
                    let value = with(len.saturating_sub(chars.len()));
                    return (subject.is_match)(&value).then_some(value);
                }
            }
        }
    }
    None
}

/// `legal` with one character appended that the pattern refuses, if any does (`[\s\S]*` takes all).
fn spoil(subject: &Subject, legal: &str) -> Option<String> {
    CANDIDATES.iter().map(|c| format!("{legal}{c}")).find(|s| !(subject.is_match)(s))
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20)
        .configure_from_args();
    for subject in subjects() {
        let mut legal: Vec<(String, String)> =
            SIZES.iter().filter_map(|&n| Some((format!("{}KiB", n >> 10), grow(&subject, n)?))).collect();
        if legal.is_empty() {
            // Bounded: the longest sample is the longest legal value.
            let longest = subject.samples.iter().max_by_key(|s| s.chars().count()).cloned();
            legal.extend(longest.map(|s| (format!("{}B", s.len()), s)));
        }
        assert!(!legal.is_empty(), "{}: no legal value to measure", subject.name);
        let mut cases = Vec::new();
        for (size, value) in legal {
            if let Some(illegal) = spoil(&subject, &value) {
                cases.push(("illegal", size.clone(), illegal));
            }
            cases.push(("legal", size, value));
        }
        let mut group = c.benchmark_group(format!("pattern/{}", subject.name));
        for (kind, size, value) in &cases {
            assert_eq!((subject.is_match)(value), *kind == "legal", "{} on a {kind} value", subject.name);
            group.throughput(Throughput::Bytes(value.len() as u64));
            group.bench_with_input(BenchmarkId::new(*kind, size), value.as_str(), |b, v| {
                b.iter(|| (subject.is_match)(black_box(v)))
            });
        }
        group.finish();
    }
    c.final_summary();
}
