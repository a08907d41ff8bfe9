//! ARCHITECTURE.md's crate map against `cargo metadata`.

use xtask::crate_map::{actual, documented, split_deps};

#[test]
fn crate_map_is_the_manifests() {
    let documented = documented().unwrap();
    let actual = actual().unwrap();
    let listed: Vec<&String> = documented.iter().map(|(name, _)| name).collect();
    assert_eq!(
        listed.iter().copied().collect::<std::collections::BTreeSet<_>>(),
        actual.keys().collect(),
        "every crate, once"
    );
    for (row, (name, deps)) in documented.iter().enumerate() {
        let mut sorted = deps.clone();
        sorted.sort();
        assert_eq!(&sorted, &actual[name], "{name}: ARCHITECTURE.md against cargo metadata");
        for dep in deps {
            let dep = dep.split(' ').next().unwrap_or_default();
            let at = listed.iter().position(|l| *l == dep).unwrap_or(usize::MAX);
            assert!(at < row, "{name} depends on {dep}, listed below it");
        }
    }
}

#[test]
fn cells_split_outside_parentheses() {
    assert_eq!(split_deps("`a`, `b` (optional: x, y)"), ["`a`", "`b` (optional: x, y)"]);
    assert!(split_deps("").is_empty());
}
