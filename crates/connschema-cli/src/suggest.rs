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

/// ` (did you mean `a`?)` (or `a` or `b`), or nothing when no name is near.
pub fn did_you_mean<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<String> = nearest(typed, known).into_iter().map(|name| format!("`{name}`")).collect();
    if names.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", names.join(" or "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_names_and_strangers_find_none() {
        let ops =
            ["aws.events.CreateConnection", "aws.networkmanager.CreateConnection", "huaweicloud.eg.CreateConnection"];
        assert_eq!(nearest("aws.event.CreateConnection", ops), ["aws.events.CreateConnection"]);
        assert_eq!(nearest("AWS.EVENTS.createconnection", ops), ["aws.events.CreateConnection"]);
        assert!(nearest("stripe.Charge", ops).is_empty());
        assert_eq!(nearest("reqest", ["request", "response", "params"]), ["request"]);
        assert_eq!(did_you_mean("respnse", ["request", "response"]), " (did you mean `response`?)");
        assert_eq!(did_you_mean("zzz", ["request", "response"]), "");
    }
}
