//! `cargo xtask web`: the form page (`web/`, Vite, React, rjsf, `@connschema/validator`) in
//! Debian's Chromium, driven by playwright-core against a real `connschema serve`
//! (`web/test/*.test.mjs`), after building what it runs: the WebAssembly module and the command.
//! Chromium is the machine's (`apt-get install chromium`, as `.ci/run` does): playwright cannot
//! download its own here. The page's screenshots go to `target/web/`.

use crate::peers::{install_node, run};
use crate::{target_dir, workspace_dir};
use std::path::Path;
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

pub fn run_tests() -> Result<(), String> {
    if !Path::new(CHROMIUM).exists() {
        return Err(format!("{CHROMIUM} is missing: `apt-get install chromium` (Debian's package)"));
    }
    crate::wasm::build()?;
    let command = crate::peers::connschema_command()?;
    let web = workspace_dir().join("web");
    install_node(&web)?;
    run(Command::new("node")
        .args(["--test", "test/form.test.mjs", "test/server-errors.test.mjs"])
        .env("CONNSCHEMA_BIN", command)
        .current_dir(&web))?;
    println!(
        "web: the form in Chromium against connschema serve; screenshots in {}",
        target_dir().join("web").display()
    );
    Ok(())
}
