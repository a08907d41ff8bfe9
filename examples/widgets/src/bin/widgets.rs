//! `widgets list | schema | validate`: connschema's tools over Acme's operations.

fn main() -> std::process::ExitCode {
    connschema_cli::main(&acme_widgets::CATALOG)
}
