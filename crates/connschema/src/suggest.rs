//! "Did you mean": the valid names nearest to a mistyped one.

/// The names in `known` nearest to `typed` by edit distance (ignoring case), if any is near
/// enough to be a likely typo: within a third of its length, and at least two edits.
pub fn nearest<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let typed = typed.to_lowercase();
    let near = (typed.chars().count() / 3).max(2);
    let scored: Vec<(usize, &str)> =
        known.into_iter().map(|name| (strsim::levenshtein(&typed, &name.to_lowercase()), name)).collect();
    let Some(best) = scored.iter().map(|(distance, _)| *distance).min().filter(|d| *d <= near) else {
        return Vec::new();
    };
    scored.into_iter().filter(|(distance, _)| *distance == best).map(|(_, name)| name).collect()
}

/// ` (did you mean `a`?)` (or `a` or `b`), or nothing when `nearest` is empty.
pub fn did_you_mean(nearest: &[&str]) -> String {
    let names: Vec<String> = nearest.iter().map(|name| format!("`{name}`")).collect();
    if names.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", names.join(" or "))
    }
}
