//! Which module of a crate uses which: read with syn from each crate's `src/`, so that a test can
//! hold that no module uses one that uses it back (ARCHITECTURE.md, "Invariants"). A longer
//! loop (a uses b, b uses c, c uses a) is not a pair and is not held against the crate.
//!
//! A module uses another when its code names an item that the other defines: a path through
//! `crate`, `super`, `self` or a child module, in a `use` or anywhere in the code, resolved
//! through re-exports (`pub use child::*` makes `parent::Item` the child's item, not the
//! parent's) to the module whose file holds the item. Declaring a child module (`mod child;`) is
//! not a use. `#[cfg(test)]` modules are left out: a test may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// A module by its path below the crate root (`[]` the root, `["events", "service"]`).
pub type ModulePath = Vec<String>;

/// One module: the items its file defines, the names it re-exports, and the paths its code names.
#[derive(Debug, Default)]
struct Module {
    children: BTreeSet<String>,
    items: BTreeSet<String>,
    /// `use` aliases: a name in this module and the path it stands for (relative, as written).
    imports: BTreeMap<String, Vec<String>>,
    /// `use path::*`: paths whose every item this module sees (and, with `pub`, re-exports).
    globs: Vec<Vec<String>>,
    /// Every path named, as written.
    named: Vec<Vec<String>>,
}

/// The modules of the crate whose root file is `root` (`src/lib.rs` or `src/main.rs`).
fn read_crate(root: &Path) -> Result<BTreeMap<ModulePath, Module>, String> {
    let mut modules = BTreeMap::new();
    let dir = root.parent().ok_or("a root file has a folder")?.to_path_buf();
    read_file(root, dir, Vec::new(), &mut modules)?;
    Ok(modules)
}

fn read_file(
    file: &Path,
    dir: PathBuf,
    path: ModulePath,
    modules: &mut BTreeMap<ModulePath, Module>,
) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let syntax = syn::parse_file(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    read_items(&syntax.items, &dir, path, modules)
}

fn read_items(
    items: &[syn::Item],
    dir: &Path,
    path: ModulePath,
    modules: &mut BTreeMap<ModulePath, Module>,
) -> Result<(), String> {
    let mut module = Module::default();
    let mut pending = Vec::new();
    for item in items {
        if is_test_only(item) {
            continue;
        }
        match item {
            syn::Item::Mod(m) => {
                let name = m.ident.to_string();
                module.children.insert(name.clone());
                pending.push((name, m));
            }
            syn::Item::Use(u) => use_tree(&u.tree, &mut Vec::new(), &mut module),
            _ => {
                if let Some(name) = item_name(item) {
                    module.items.insert(name);
                }
                let mut names = Names(&mut module.named);
                names.visit_item(item);
            }
        }
    }
    modules.insert(path.clone(), module);
    for (name, m) in pending {
        let mut child = path.clone();
        child.push(name.clone());
        let child_dir = dir.join(&name);
        match &m.content {
            Some((_, items)) => read_items(items, &child_dir, child, modules)?,
            None => {
                let flat = dir.join(format!("{name}.rs"));
                let file = if flat.is_file() { flat } else { child_dir.join("mod.rs") };
                read_file(&file, child_dir, child, modules)?;
            }
        }
    }
    Ok(())
}

/// `#[cfg(test)]` on an item.
fn is_test_only(item: &syn::Item) -> bool {
    let attrs = match item {
        syn::Item::Mod(m) => &m.attrs,
        syn::Item::Fn(f) => &f.attrs,
        syn::Item::Use(u) => &u.attrs,
        _ => return false,
    };
    attrs.iter().any(|a| a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test"))
}

fn item_name(item: &syn::Item) -> Option<String> {
    let ident = match item {
        syn::Item::Const(i) => &i.ident,
        syn::Item::Enum(i) => &i.ident,
        syn::Item::Fn(i) => &i.sig.ident,
        syn::Item::Static(i) => &i.ident,
        syn::Item::Struct(i) => &i.ident,
        syn::Item::Trait(i) => &i.ident,
        syn::Item::Type(i) => &i.ident,
        syn::Item::Union(i) => &i.ident,
        syn::Item::Macro(i) => i.ident.as_ref()?,
        _ => return None,
    };
    Some(ident.to_string())
}

fn use_tree(tree: &syn::UseTree, prefix: &mut Vec<String>, module: &mut Module) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_tree(&p.tree, prefix, module);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            let full = [prefix.as_slice(), std::slice::from_ref(&name)].concat();
            if name == "self" {
                let alias = prefix.last().cloned().unwrap_or_default();
                module.imports.insert(alias, prefix.clone());
            } else {
                module.imports.insert(name, full.clone());
            }
            module.named.push(full);
        }
        syn::UseTree::Rename(r) => {
            let full = [prefix.as_slice(), &[r.ident.to_string()]].concat();
            module.imports.insert(r.rename.to_string(), full.clone());
            module.named.push(full);
        }
        syn::UseTree::Glob(_) => {
            module.globs.push(prefix.clone());
            module.named.push(prefix.clone());
        }
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_tree(t, prefix, module)),
    }
}

/// Every path of two or more segments in the code (a macro's path too, not its tokens).
struct Names<'a>(&'a mut Vec<Vec<String>>);

impl<'ast> Visit<'ast> for Names<'_> {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.segments.len() > 1 {
            self.0.push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_item_mod(&mut self, _: &'ast syn::ItemMod) {}
}

/// A crate's modules and which it uses, resolved.
pub struct Graph {
    pub uses: BTreeMap<ModulePath, BTreeSet<ModulePath>>,
}

impl Graph {
    /// The graph of the crate whose root file is `root`.
    pub fn of(root: &Path) -> Result<Self, String> {
        let modules = read_crate(root)?;
        let mut uses = BTreeMap::new();
        for (at, module) in &modules {
            let mut targets = BTreeSet::new();
            for named in &module.named {
                if let Some(target) = resolve(&modules, at, named, 0) {
                    if &target != at {
                        targets.insert(target);
                    }
                }
            }
            uses.insert(at.clone(), targets);
        }
        Ok(Self { uses })
    }

    /// Each pair of modules that use each other: the first uses the second, which uses it back.
    pub fn circles(&self) -> Vec<[ModulePath; 2]> {
        let mut circles = Vec::new();
        for (a, targets) in &self.uses {
            for b in targets.iter().filter(|b| a < *b) {
                if self.uses.get(b).is_some_and(|back| back.contains(a)) {
                    circles.push([a.clone(), b.clone()]);
                }
            }
        }
        circles
    }
}

/// The module that defines what `path`, named in module `at`, stands for; `None` for another
/// crate's or the prelude's.
fn resolve(
    modules: &BTreeMap<ModulePath, Module>,
    at: &ModulePath,
    path: &[String],
    depth: usize,
) -> Option<ModulePath> {
    let (first, rest) = path.split_first()?;
    let mut module = match first.as_str() {
        "crate" => Vec::new(),
        "super" => at[..at.len().checked_sub(1)?].to_vec(),
        "self" => at.clone(),
        name if modules.get(at)?.children.contains(name) => [at.as_slice(), &[name.to_owned()]].concat(),
        name => {
            let imported = modules.get(at)?.imports.get(name)?;
            if depth > 16 || imported.first() == Some(first) {
                return None;
            }
            let full = [imported.as_slice(), rest].concat();
            return resolve(modules, at, &full, depth + 1);
        }
    };
    let mut rest = rest;
    while let Some((segment, tail)) = rest.split_first() {
        match segment.as_str() {
            "super" => module = module[..module.len().checked_sub(1)?].to_vec(),
            "self" => {}
            name => {
                let here = modules.get(&module)?;
                if here.children.contains(name) {
                    module.push(name.to_owned());
                } else {
                    return match definer(modules, &module, name, depth) {
                        Defined::In(definer) => Some(definer),
                        Defined::Elsewhere => None,
                        // An item the reading does not see (made by a macro): the module's own.
                        Defined::Unseen => Some(module),
                    };
                }
            }
        }
        rest = tail;
    }
    Some(module)
}

/// Where the item a module sees by a name is defined.
enum Defined {
    /// In this crate's module.
    In(ModulePath),
    /// In another crate.
    Elsewhere,
    /// Nowhere the reading sees.
    Unseen,
}

/// Where `name`, as seen from `module`, is defined: there, or where a re-export leads.
fn definer(modules: &BTreeMap<ModulePath, Module>, module: &ModulePath, name: &str, depth: usize) -> Defined {
    let Some(here) = modules.get(module) else { return Defined::Unseen };
    if here.items.contains(name) || depth > 16 {
        return Defined::In(module.clone());
    }
    if let Some(imported) = here.imports.get(name) {
        return resolve(modules, module, imported, depth + 1).map_or(Defined::Elsewhere, Defined::In);
    }
    for glob in &here.globs {
        let Some(source) = resolve(modules, module, glob, depth + 1) else { continue };
        if let found @ (Defined::In(_) | Defined::Elsewhere) = definer(modules, &source, name, depth + 1) {
            return found;
        }
    }
    Defined::Unseen
}

/// The root file of each library and binary of the workspace's crates (`cargo metadata`), by
/// crate and target name.
pub fn workspace_roots() -> Result<Vec<(String, PathBuf)>, String> {
    let metadata = crate::crate_map::metadata()?;
    let mut roots = Vec::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        for target in package["targets"].as_array().into_iter().flatten() {
            let mut kinds = target["kind"].as_array().into_iter().flatten().filter_map(|k| k.as_str());
            if kinds.any(|k| matches!(k, "lib" | "proc-macro" | "bin")) {
                let package_name = package["name"].as_str().unwrap_or_default();
                let name = format!("{package_name} ({})", target["name"].as_str().unwrap_or_default());
                roots.push((name, PathBuf::from(target["src_path"].as_str().unwrap_or_default())));
            }
        }
    }
    Ok(roots)
}
