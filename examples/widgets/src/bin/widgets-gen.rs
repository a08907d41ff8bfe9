//! `widgets-gen [--check] [DIR]`: writes Acme's schemas (default `schemas/` beside this crate),
//! or with `--check` lists the stale ones and exits 1.

use connschema::catalog::Mode;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = if args.iter().any(|a| a == "--check") { Mode::Check } else { Mode::Write };
    let dir = args.iter().find(|a| *a != "--check").map_or_else(acme_widgets::schemas_dir, PathBuf::from);
    match acme_widgets::CATALOG.sync(&dir, mode) {
        Ok(stale) if mode == Mode::Check && !stale.is_empty() => {
            eprintln!("stale, run widgets-gen: {}", stale.join(", "));
            ExitCode::from(1)
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("widgets-gen: {}: {e}", dir.display());
            ExitCode::from(2)
        }
    }
}
