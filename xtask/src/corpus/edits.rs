//! Edits of a seed document, each at one location: the systematic ones sit on and around every
//! constraint that the schema states there; random documents stack a few of them.

use super::strings::{self, Matches, AWKWARD, DATE_TIMES, FILLERS, URIS};
use super::view::View;
use proptest::prelude::RngExt;
use proptest::test_runner::TestRunner;
use regex::Regex;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// One change to a document, at a JSON Pointer.
#[derive(Clone, Debug)]
pub enum Edit {
    Set(String, Value),
    Remove(String),
    Insert(String, String, Value),
}

impl Edit {
    /// The location it changes.
    pub fn at(&self) -> String {
        match self {
            Edit::Set(pointer, _) | Edit::Remove(pointer) => pointer.clone(),
            Edit::Insert(pointer, key, _) => format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")),
        }
    }

    /// Applies the edit; `false` when its location no longer exists (an earlier edit removed it).
    pub fn apply(&self, doc: &mut Value) -> bool {
        match self {
            Edit::Set(pointer, value) => match doc.pointer_mut(pointer) {
                Some(slot) => {
                    *slot = value.clone();
                    true
                }
                None => false,
            },
            Edit::Remove(pointer) => {
                let Some((parent, last)) = pointer.rsplit_once('/') else { return false };
                let key = last.replace("~1", "/").replace("~0", "~");
                match doc.pointer_mut(parent) {
                    Some(Value::Object(map)) => map.shift_remove(&key).is_some(),
                    Some(Value::Array(items)) => match key.parse::<usize>() {
                        Ok(index) if index < items.len() => {
                            items.remove(index);
                            true
                        }
                        _ => false,
                    },
                    _ => false,
                }
            }
            Edit::Insert(pointer, key, value) => match doc.pointer_mut(pointer) {
                Some(Value::Object(map)) => {
                    map.insert(key.clone(), value.clone());
                    true
                }
                _ => false,
            },
        }
    }
}

/// Past this length a bound is left to the random documents: a schema's largest bounds
/// (10,000,000) would make documents of that size for one check.
const LONGEST: u64 = 100_000;
/// Lists are resized to their bounds up to this many items.
const MOST_ITEMS: u64 = 1_000;

/// Makes edits and values for one message's schema, drawing from one seeded random source.
pub struct Editor<'r> {
    pub runner: &'r mut TestRunner,
    matches: HashMap<String, Matches>,
    regexes: HashMap<String, Option<Regex>>,
}

impl<'r> Editor<'r> {
    pub fn new(runner: &'r mut TestRunner) -> Self {
        Self { runner, matches: HashMap::new(), regexes: HashMap::new() }
    }

    /// A value drawn from `pattern`'s language, if the generator can read it.
    fn draw(&mut self, pattern: &str) -> Option<String> {
        let matches = self.matches.entry(pattern.to_owned()).or_insert_with(|| Matches::new(pattern));
        matches.draw(self.runner)
    }

    /// `base` grown or shrunk to `length` code points so that it still matches `pattern`: one of
    /// its characters repeated, or a run of them cut out, at the first place that keeps it valid.
    fn fit(&mut self, base: &str, length: usize, pattern: &str) -> Option<String> {
        let regex = self.regexes.entry(pattern.to_owned()).or_insert_with(|| Regex::new(pattern).ok()).as_ref()?;
        let chars: Vec<char> = base.chars().collect();
        let count = chars.len();
        for at in (0..count).step_by((count / 32).max(1)) {
            let candidate: String = if length >= count {
                let repeated = std::iter::repeat_n(&chars[at], length - count + 1);
                chars[..at].iter().chain(repeated).chain(&chars[at + 1..]).collect()
            } else if at + (count - length) <= count {
                chars[..at].iter().chain(&chars[at + (count - length)..]).collect()
            } else {
                break;
            };
            if regex.is_match(&candidate) {
                return Some(candidate);
            }
        }
        None
    }

    /// Every systematic edit of `value` (at `pointer`) and of everything in it.
    pub fn edits(&mut self, value: &Value, view: &View<'_>, pointer: &str, out: &mut Vec<Edit>) {
        let set = |out: &mut Vec<Edit>, v: Value| out.push(Edit::Set(pointer.to_owned(), v));
        set(out, Value::Null);
        for wrong in [json!("x"), json!(1), json!({}), json!([]), json!(true)] {
            if std::mem::discriminant(&wrong) != std::mem::discriminant(value) {
                set(out, wrong);
            }
        }
        match value {
            Value::String(text) => self.string_edits(text, view, pointer, out),
            Value::Number(_) => {
                let mut numbers = vec![json!(0), json!(-1), json!(1.5), json!(1.0), json!(1e20), json!(-1e20)];
                numbers.push(json!(9_007_199_254_740_992_u64));
                for bound in view.numbers("minimum").into_iter().chain(view.numbers("maximum")) {
                    numbers.extend([json!(bound - 1.0), json!(bound), json!(bound + 1.0)]);
                }
                numbers.extend([json!("1")]);
                numbers.into_iter().for_each(|n| set(out, n));
            }
            Value::Bool(b) => {
                set(out, json!(!b));
                set(out, json!(b.to_string()));
            }
            Value::Array(items) => self.list_edits(items, view, pointer, out),
            Value::Object(members) => self.object_edits(members, view, pointer, out),
            Value::Null => {}
        }
    }

    fn string_edits(&mut self, text: &str, view: &View<'_>, pointer: &str, out: &mut Vec<Edit>) {
        let set = |out: &mut Vec<Edit>, v: String| out.push(Edit::Set(pointer.to_owned(), Value::String(v)));
        for choice in view.choices().into_iter().filter_map(Value::as_str) {
            set(out, choice.to_owned());
            for variant in [choice.to_lowercase(), choice.to_uppercase(), format!("{choice} "), format!(" {choice}")] {
                if variant != choice {
                    set(out, variant);
                }
            }
        }
        set(out, String::new());
        let formats = view.texts("format");
        if formats.contains(&"date-time") {
            DATE_TIMES.iter().for_each(|d| set(out, (*d).to_owned()));
        }
        if formats.contains(&"uri") {
            URIS.iter().for_each(|u| set(out, (*u).to_owned()));
        }

        let patterns = view.texts("pattern");
        let mut samples: Vec<String> = Vec::new();
        for pattern in &patterns {
            for _ in 0..4 {
                samples.extend(self.draw(pattern));
            }
        }
        let sample = samples.first().cloned().unwrap_or_else(|| text.to_owned());

        let mut lengths = vec![0, 1];
        for bound in view.bounds("minLength").into_iter().chain(view.bounds("maxLength")) {
            lengths.extend([bound.saturating_sub(1), bound, bound + 1]);
        }
        lengths.sort_unstable();
        lengths.dedup();
        for length in lengths.into_iter().filter(|&l| l <= LONGEST) {
            let length = usize::try_from(length).unwrap_or(usize::MAX);
            set(out, strings::of_length(text, length, 'a'));
            set(out, strings::of_length(&sample, length, 'a'));
            for fill in FILLERS {
                set(out, std::iter::repeat_n(fill, length).collect());
            }
            // A value at a bound that still matches the pattern tells the bound apart from it.
            for pattern in &patterns {
                for base in [text, sample.as_str()] {
                    if let Some(fitted) = self.fit(base, length, pattern) {
                        set(out, fitted);
                    }
                }
            }
        }

        if patterns.is_empty() {
            return;
        }
        for drawn in &samples {
            set(out, drawn.clone());
        }
        // Near misses: one awkward character at the start, middle and end of a valid value, in
        // place of one of its characters or added to it.
        for (base, all) in [(text.to_owned(), true), (sample, false)] {
            let count = base.chars().count();
            let awkward: Vec<char> = if all {
                AWKWARD.to_vec()
            } else {
                (0..4).map(|_| AWKWARD[self.runner.rng().random_range(0..AWKWARD.len())]).collect()
            };
            for c in awkward {
                for index in [0, count / 2, count.saturating_sub(1)] {
                    set(out, strings::replaced(&base, index, c));
                }
                set(out, format!("{c}{base}"));
                set(out, format!("{base}{c}"));
            }
        }
    }

    fn list_edits(&mut self, items: &[Value], view: &View<'_>, pointer: &str, out: &mut Vec<Edit>) {
        let item_view = view.item();
        let mut sizes = vec![0];
        for bound in view.bounds("minItems").into_iter().chain(view.bounds("maxItems")) {
            sizes.extend([bound.saturating_sub(1), bound, bound + 1]);
        }
        sizes.sort_unstable();
        sizes.dedup();
        let pool: Vec<Value> = if items.is_empty() { vec![self.build(&item_view, 0)] } else { items.to_vec() };
        for size in sizes.into_iter().filter(|&s| s <= MOST_ITEMS) {
            let resized: Vec<Value> = pool.iter().cycle().take(usize::try_from(size).unwrap_or(0)).cloned().collect();
            out.push(Edit::Set(pointer.to_owned(), Value::Array(resized)));
        }
        let built = self.build(&item_view, 0);
        let mut longer = items.to_vec();
        longer.push(built);
        out.push(Edit::Set(pointer.to_owned(), Value::Array(longer)));
        // Items of one list may take different branches of a union: each is edited.
        for (index, item) in items.iter().enumerate() {
            self.edits(item, &item_view, &format!("{pointer}/{index}"), out);
        }
    }

    fn object_edits(&mut self, members: &Map<String, Value>, view: &View<'_>, pointer: &str, out: &mut Vec<Edit>) {
        for (key, value) in members {
            let child = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
            out.push(Edit::Remove(child.clone()));
            self.edits(value, &view.member(key), &child, out);
        }
        // An absent member is added, built to fit, and then edited like a present one: the
        // examples need not hold every optional member for its constraints to be reached.
        for name in view.member_names() {
            if !members.contains_key(name) {
                let member = view.member(name);
                let built = self.build(&member, 0);
                let mut inner = Vec::new();
                self.edits(&built, &member, "", &mut inner);
                out.push(Edit::Insert(pointer.to_owned(), name.to_owned(), built.clone()));
                for edit in inner {
                    let mut value = built.clone();
                    if edit.apply(&mut value) {
                        out.push(Edit::Insert(pointer.to_owned(), name.to_owned(), value));
                    }
                }
            }
        }
        out.push(Edit::Insert(pointer.to_owned(), "connschemaUnknown".to_owned(), json!("x")));
        if let Some(key) = members.keys().find(|k| k.to_lowercase() != **k) {
            out.push(Edit::Insert(pointer.to_owned(), key.to_lowercase(), members[key].clone()));
        }
    }

    /// A value for a location the seed leaves empty: the smallest that the certain constraints
    /// allow, with one member of each union.
    pub fn build(&mut self, view: &View<'_>, depth: usize) -> Value {
        if let Some(choice) = view.choices().first() {
            return (*choice).clone();
        }
        let types = view.texts("type");
        match types.first().copied() {
            Some("object") if depth < 8 => {
                let mut members = Map::new();
                for name in view.required() {
                    members.insert(name.to_owned(), self.build(&view.member(name), depth + 1));
                }
                Value::Object(members)
            }
            Some("object") => json!({}),
            Some("array") => {
                let count = view.bounds("minItems").last().copied().unwrap_or(1).max(1);
                let item = self.build(&view.item(), depth + 1);
                Value::Array(vec![item; usize::try_from(count).unwrap_or(1)])
            }
            Some("integer") | Some("number") => json!(1),
            Some("boolean") => json!(true),
            _ => Value::String(self.build_string(view)),
        }
    }

    fn build_string(&mut self, view: &View<'_>) -> String {
        let formats = view.texts("format");
        if formats.contains(&"date-time") {
            return DATE_TIMES[0].to_owned();
        }
        if formats.contains(&"uri") {
            return URIS[0].to_owned();
        }
        let min = view.bounds("minLength").last().copied().unwrap_or(0);
        let max = view.bounds("maxLength").first().copied().unwrap_or(u64::MAX);
        let fits = |s: &String| (min..=max).contains(&(s.chars().count() as u64));
        for pattern in view.texts("pattern") {
            for _ in 0..16 {
                if let Some(drawn) = self.draw(pattern).filter(fits) {
                    return drawn;
                }
            }
        }
        strings::of_length("", usize::try_from(min.max(1).min(max)).unwrap_or(1), 'a')
    }
}
