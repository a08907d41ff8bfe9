//! Patterns that are a sequence of character-class runs, such as `[\.\-_A-Za-z0-9]+` or
//! `\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*`, are compiled here into a list of runs that
//! the generated code checks with one pass over the value and a bit test per ASCII character,
//! instead of a call into the regex engine.
//!
//! A run is matched greedily, which is exact only where greed cannot steal a character that a
//! later run needs: a run of varying length must share no character with the runs after it, up to
//! and including the first that needs at least one character. Patterns that fail that, or that
//! hold alternations or repeated groups, keep the regex engine.

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// One run: `min..=max` characters of `class` (`max` `None`: no bound).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Sorted, disjoint, inclusive code point ranges.
    pub class: Vec<(char, char)>,
    pub min: u32,
    pub max: Option<u32>,
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
    greedy_is_exact(&runs).then_some(runs)
}

fn push_runs(hir: &Hir, runs: &mut Vec<Run>) -> Option<()> {
    match hir.kind() {
        HirKind::Empty => Some(()),
        HirKind::Literal(literal) => {
            let text = std::str::from_utf8(&literal.0).ok()?;
            runs.extend(text.chars().map(|c| Run { class: vec![(c, c)], min: 1, max: Some(1) }));
            Some(())
        }
        HirKind::Class(class) => {
            runs.push(Run { class: ranges(class)?, min: 1, max: Some(1) });
            Some(())
        }
        HirKind::Repetition(rep) => {
            let class = match rep.sub.kind() {
                HirKind::Class(class) => ranges(class)?,
                HirKind::Literal(literal) => {
                    let mut chars = std::str::from_utf8(&literal.0).ok()?.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => vec![(c, c)],
                        _ => return None,
                    }
                }
                _ => return None,
            };
            runs.push(Run { class, min: rep.min, max: rep.max });
            Some(())
        }
        HirKind::Capture(capture) => push_runs(&capture.sub, runs),
        HirKind::Concat(items) => items.iter().try_for_each(|item| push_runs(item, runs)),
        HirKind::Look(_) | HirKind::Alternation(_) => None,
    }
}

fn ranges(class: &Class) -> Option<Vec<(char, char)>> {
    match class {
        Class::Unicode(class) => Some(class.ranges().iter().map(|r| (r.start(), r.end())).collect()),
        Class::Bytes(_) => None,
    }
}

fn greedy_is_exact(runs: &[Run]) -> bool {
    runs.iter().enumerate().all(|(i, run)| {
        if run.max == Some(run.min) {
            return true;
        }
        for next in &runs[i + 1..] {
            if overlaps(&run.class, &next.class) {
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
        compile(rust).map(|runs| runs.iter().map(|r| (r.min, r.max)).collect())
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
    }
}
