//! Patterns that are a sequence of character-class runs, such as `[\.\-_A-Za-z0-9]+` or
//! `\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*`, are compiled here into a list of runs that
//! the generated code checks with one pass over the value and a bit test per ASCII character,
//! instead of a call into the regex engine.
//!
//! A run is matched greedily, which is exact only where greed cannot steal a character that a
//! later run needs: a run of varying length must share no character with the runs after it, up to
//! and including the first that needs at least one character. Patterns that fail that, or that
//! hold other alternations or repeated groups, keep the regex engine.
//!
//! Two shapes that URL patterns use are runs too: `(%[0-9A-Fa-f]{2}|[class])+`, a run whose unit
//! is a character of the class or a percent-encoded octet; and an optional run right after an
//! unbounded one whose characters it already takes (`[class]+[subclass]?`), which adds nothing to
//! the language and is dropped.

use super::run::Run;
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// A run as the analysis sees it: `min..=max` characters of `class` (`max` `None`: no bound).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Spec {
    /// Sorted, disjoint, inclusive code point ranges.
    pub class: Vec<(char, char)>,
    pub min: u32,
    pub max: Option<u32>,
    /// A percent-encoded octet (`%` and two hex digits) is one more unit of the run.
    pub escapes: bool,
}

impl Spec {
    fn one(class: Vec<(char, char)>) -> Self {
        Self { class, min: 1, max: Some(1), escapes: false }
    }

    /// The characters the run can take: its class, and `%` if it takes escapes (the hex digits
    /// after a `%` go with it, so a later run can only lose them if it could take the `%`).
    fn reach(&self) -> Vec<(char, char)> {
        let mut reach = self.class.clone();
        if self.escapes {
            reach.push(('%', '%'));
        }
        reach
    }
}

/// The runs of a whole-value Rust pattern (`^(?:…)$`), when it is a sequence of them that greedy
/// matching decides exactly.
pub fn compile(rust: &str) -> Option<Vec<Run>> {
    let hir = regex_syntax::Parser::new().parse(rust).ok()?;
    let items = match hir.kind() {
        HirKind::Concat(items) => items.as_slice(),
        _ => return None,
    };
    let (first, rest) = items.split_first()?;
    let (last, body) = rest.split_last()?;
    if !matches!(first.kind(), HirKind::Look(Look::Start)) || !matches!(last.kind(), HirKind::Look(Look::End)) {
        return None;
    }
    let mut runs = Vec::new();
    body.iter().try_for_each(|item| push_runs(item, &mut runs))?;
    drop_subsumed_tails(&mut runs);
    greedy_is_exact(&runs).then(|| runs.iter().map(|s| Run::new(&s.class, s.min, s.max, s.escapes)).collect())
}

fn push_runs(hir: &Hir, runs: &mut Vec<Spec>) -> Option<()> {
    match hir.kind() {
        HirKind::Empty => Some(()),
        HirKind::Literal(literal) => {
            let text = std::str::from_utf8(&literal.0).ok()?;
            runs.extend(text.chars().map(|c| Spec::one(vec![(c, c)])));
            Some(())
        }
        HirKind::Class(class) => {
            runs.push(Spec::one(ranges(class)?));
            Some(())
        }
        HirKind::Repetition(rep) => {
            let (class, escapes) = unit(&rep.sub)?;
            runs.push(Spec { class, min: rep.min, max: rep.max, escapes });
            Some(())
        }
        HirKind::Capture(capture) => push_runs(&capture.sub, runs),
        HirKind::Concat(items) => items.iter().try_for_each(|item| push_runs(item, runs)),
        HirKind::Look(_) | HirKind::Alternation(_) => None,
    }
}

/// What a repetition repeats, when it is one character of a class, or either that or a
/// percent-encoded octet: the class, and whether escapes are in.
fn unit(hir: &Hir) -> Option<(Vec<(char, char)>, bool)> {
    match hir.kind() {
        HirKind::Class(class) => Some((ranges(class)?, false)),
        HirKind::Literal(literal) => {
            let mut chars = std::str::from_utf8(&literal.0).ok()?.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some((vec![(c, c)], false)),
                _ => None,
            }
        }
        HirKind::Capture(capture) => unit(&capture.sub),
        HirKind::Alternation(branches) => {
            let class = match branches.as_slice() {
                [a, b] if is_percent_escape(a) => unit(b)?,
                [a, b] if is_percent_escape(b) => unit(a)?,
                _ => return None,
            };
            // A class with `%` would take the `%` that starts an escape: the scan tries the class
            // first.
            match class {
                (class, false) if !within(&[('%', '%')], &class) => Some((class, true)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `%[0-9A-Fa-f]{2}`, however the parser spells it.
fn is_percent_escape(hir: &Hir) -> bool {
    const HEX: [(char, char); 3] = [('0', '9'), ('A', 'F'), ('a', 'f')];
    let is_hex = |h: &Hir| matches!(h.kind(), HirKind::Class(c) if ranges(c).as_deref() == Some(&HEX[..]));
    let HirKind::Concat(items) = hir.kind() else { return false };
    let percent = |h: &Hir| matches!(h.kind(), HirKind::Literal(l) if &*l.0 == b"%");
    match items.as_slice() {
        [p, rep] => {
            percent(p)
                && matches!(rep.kind(), HirKind::Repetition(r) if r.min == 2 && r.max == Some(2) && is_hex(&r.sub))
        }
        [p, h1, h2] => percent(p) && is_hex(h1) && is_hex(h2),
        _ => false,
    }
}

/// Drops each optional run that follows an unbounded run taking all of its characters: whatever
/// it would match, the unbounded run matches too.
fn drop_subsumed_tails(runs: &mut Vec<Spec>) {
    let mut i = 0;
    while i < runs.len() {
        let (head, rest) = runs.split_at(i + 1);
        let run = &head[i];
        let subsumed = |next: &Spec| {
            run.max.is_none() && next.min == 0 && (run.escapes || !next.escapes) && within(&next.class, &run.class)
        };
        if rest.first().is_some_and(subsumed) {
            runs.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Whether every character of `inner` is in `outer`.
fn within(inner: &[(char, char)], outer: &[(char, char)]) -> bool {
    // Both are sorted and disjoint; a range of `inner` must sit inside one range of `outer` unless
    // `outer` has adjacent ranges, which a parsed class never has.
    inner.iter().all(|&(a, b)| outer.iter().any(|&(c, d)| c <= a && b <= d))
}

fn ranges(class: &Class) -> Option<Vec<(char, char)>> {
    match class {
        Class::Unicode(class) => Some(class.ranges().iter().map(|r| (r.start(), r.end())).collect()),
        Class::Bytes(_) => None,
    }
}

fn greedy_is_exact(runs: &[Spec]) -> bool {
    runs.iter().enumerate().all(|(i, run)| {
        if run.max == Some(run.min) {
            return true;
        }
        for next in &runs[i + 1..] {
            if overlaps(&run.reach(), &next.reach()) {
                return false;
            }
            if next.min > 0 {
                break;
            }
        }
        true
    })
}

fn overlaps(a: &[(char, char)], b: &[(char, char)]) -> bool {
    a.iter().any(|&(a0, a1)| b.iter().any(|&(b0, b1)| a0 <= b1 && b0 <= a1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(rust: &str) -> Option<Vec<(u32, Option<u32>)>> {
        compile(rust).map(|runs| runs.iter().map(|r| (r.min, (r.max != u32::MAX).then_some(r.max))).collect())
    }

    #[test]
    fn class_runs_compile() {
        assert_eq!(shape(r"^(?:[.\-_A-Za-z0-9]+)$"), Some(vec![(1, None)]));
        assert_eq!(
            shape(r"^(?:\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*)$"),
            Some(vec![(0, None), (1, Some(1)), (0, None)])
        );
        assert_eq!(
            shape(r"^(?:arn:[a-z]{3,5})$"),
            Some(vec![(1, Some(1)); 4].into_iter().chain([(3, Some(5))]).collect())
        );
    }

    #[test]
    fn what_greed_would_get_wrong_keeps_the_regex() {
        // `a*` would take the `a` that the final `[ab]` needs.
        assert_eq!(shape(r"^(?:a*[ab])$"), None);
        // Through a run that may be empty, too.
        assert_eq!(shape(r"^(?:a*b*a)$"), None);
        assert_eq!(shape(r"^(?:ab|cd)$"), None);
        assert_eq!(shape(r"^(?:a|b)$"), Some(vec![(1, Some(1))]), "an alternation of characters is a class");
        assert_eq!(shape(r"^(?:(?:ab)+)$"), None);
        assert_eq!(shape(r"[a-z]+"), None, "not anchored: not a whole-value pattern");
        // The `%` of an escape goes to the first run.
        assert_eq!(shape(r"^(?:(%[0-9A-Fa-f]{2}|[a-z])+%)$"), None);
        assert_eq!(shape(r"^(?:(%[0-9A-Fa-f]{2}|%)+)$"), None, "the class would take the escape's %");
    }

    #[test]
    fn percent_escapes_and_subsumed_tails_are_runs() {
        let endpoint = r"^(?:((%[0-9A-Fa-f]{2}|[\-()_.!~*';/?:@&=+$,A-Za-z0-9])+)([).!';/?:,])?)$";
        let runs = compile(endpoint).expect("the EventBridge endpoint pattern is runs");
        assert_eq!(runs.len(), 1);
        assert!(runs[0].escapes && runs[0].min == 1 && runs[0].max == u32::MAX);
        assert_eq!(shape(r"^(?:[a-z]+[a-c]?[a-b]*)$"), Some(vec![(1, None)]));
        // Not a subset, or not optional: kept, and then greed decides whether runs will do.
        assert_eq!(shape(r"^(?:[a-z]+[0-9]?)$"), Some(vec![(1, None), (0, Some(1))]));
        assert_eq!(shape(r"^(?:[a-z]+[a-c])$"), None);
    }
}
