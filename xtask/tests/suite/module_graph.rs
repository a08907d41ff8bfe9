//! No module of any workspace crate uses one that uses it back (ARCHITECTURE.md, "Invariants").

use xtask::module_graph::{workspace_roots, Graph};

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let roots = workspace_roots().unwrap();
    assert!(roots.len() >= 12, "{roots:?}");
    let mut circles = Vec::new();
    for (name, root) in roots {
        let graph = Graph::of(&root).unwrap();
        for circle in graph.circles() {
            let shown: Vec<String> = circle.iter().map(|m| format!("crate::{}", m.join("::"))).collect();
            circles.push(format!("{name}: {}", shown.join(" <-> ")));
        }
    }
    assert!(circles.is_empty(), "modules that use each other:\n{}", circles.join("\n"));
}

#[test]
fn a_reexport_leads_to_the_module_that_defines_the_item() {
    let dir = std::env::temp_dir().join(format!("connschema-module-graph-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(dir.join("lib.rs"), "mod a;\nmod b;\npub use a::*;\npub struct Root;\n").unwrap();
    std::fs::write(dir.join("a/mod.rs"), "mod inner;\npub use inner::Thing;\n").unwrap();
    std::fs::write(dir.join("a/inner.rs"), "pub struct Thing(crate::Root);\n").unwrap();
    std::fs::write(dir.join("b.rs"), "use crate::Thing;\npub fn f(_: Thing) {}\n").unwrap();
    let graph = Graph::of(&dir.join("lib.rs")).unwrap();
    let path = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(graph.uses[&path(&["b"])].iter().collect::<Vec<_>>(), [&path(&["a", "inner"])]);
    // The root re-exports `a`, whose child uses the root's own `Root`: a loop of three, not a
    // pair; once the child uses `a`'s own item and `a` re-exports the child, they are a pair.
    assert!(graph.circles().is_empty(), "{:?}", graph.circles());
    std::fs::write(dir.join("a/mod.rs"), "mod inner;\npub use inner::Thing;\npub struct Other;\n").unwrap();
    std::fs::write(dir.join("a/inner.rs"), "pub struct Thing(super::Other);\n").unwrap();
    let graph = Graph::of(&dir.join("lib.rs")).unwrap();
    assert_eq!(graph.circles(), [[path(&["a"]), path(&["a", "inner"])]]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The core crate names no provider of `apis/`, in code or comments (ARCHITECTURE.md).
#[test]
fn the_core_names_no_api() {
    let workspace = xtask::workspace_dir();
    let providers: Vec<String> = std::fs::read_dir(workspace.join("apis"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().to_lowercase())
        .collect();
    assert!(providers.len() >= 3, "{providers:?}");
    // `huaweicloud` is named `Huawei` as often: a provider is found by its first six letters.
    let stems: Vec<&str> = providers.iter().map(|p| if p.len() > 6 { &p[..6] } else { p.as_str() }).collect();
    let pattern = format!(r"(?i)\b({})", stems.join("|"));
    let named = regex::Regex::new(&pattern).unwrap();
    let mut found = Vec::new();
    let core = workspace.join("crates/connschema");
    let mut pending = vec![core.join("src"), core.join("docs"), core.join("Cargo.toml")];
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            pending.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if named.is_match(line) {
                found.push(format!("{}:{}: {line}", path.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "the core names an API:\n{}", found.join("\n"));
}
