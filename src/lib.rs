//! den: a rootless, daemonless container sandbox for unprivileged Linux users.
//!
//! The flow goes one way: `cli` parses, `commands::<verb>` does one verb, and calls into
//! `image` (references, archive formats, layer unpacking), `store` (blobs, images, layers,
//! containers, locks), `registry` (pull, push, login), `plan` (the validated `RunPlan`), `identity` (id maps, user
//! namespace), `runtime` (spawn -> child setup -> monitor), with
//! every unsafe call behind a safe wrapper in `sys`. docs/ARCHITECTURE.md tells the whole story.

pub mod build;
pub mod cgroup;
pub mod child;
pub mod cli;
pub mod commands;
pub mod config;
pub mod driver;
pub mod error;
pub mod events;
pub mod host;
pub mod identity;
pub mod image;
pub mod kube;
pub mod network;
pub mod output;
pub mod plan;
pub mod project;
pub mod registry;
pub mod runtime;
pub mod store;
#[allow(unsafe_code)]
pub mod sys;

/// den's entry point: parses the command line, runs one command, prints an error once, and
/// returns the process exit code.
pub fn main() -> i32 {
    // A detached container's monitor is den re-executed with its orders in the environment.
    if let Some(code) = runtime::monitor::main_if_requested() {
        return code;
    }
    // So is a user-defined network's holder (`network::holder`).
    if let Some(code) = network::holder::main_if_requested() {
        return code;
    }
    // The completion scripts ask for names in the store; no flag parsing, no errors.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == cli::complete::COMMAND)
    {
        let words: Vec<String> = std::env::args_os()
            .skip(2)
            .map(|w| w.to_string_lossy().into_owned())
            .collect();
        return cli::complete::main(&words);
    }
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    if let Err(e) = cli::check_global_flags(&cli) {
        return error::report(&e);
    }
    let mut ctx = match config::Ctx::resolve(cli.root.clone(), cli.runroot.clone()) {
        Ok(ctx) => ctx,
        Err(e) => return error::report(&e),
    };
    let level = match cli
        .log_level
        .as_deref()
        .or(ctx.config.log_level.as_deref())
        .map(cli::log_filter)
        .transpose()
    {
        Ok(level) => level,
        Err(e) => return error::report(&e),
    };
    init_logging(level.as_deref());
    if let Err(e) = cli::apply_global_flags(&cli, &mut ctx) {
        return error::report(&e);
    }
    events::init(&ctx.paths.store);
    if cli::events_backend() == cli::EventsBackend::None {
        events::set_backend(events::Backend::None);
    }
    registry::client::set_stall_timeout(ctx.config.registry.stall_timeout());
    match commands::dispatch(&ctx, cli.command) {
        Ok(code) => code,
        Err(e) => error::report(&e),
    }
}

/// Logging to stderr at `level` (`cli::log_filter`'s: a level, or `target=level` directives),
/// warn by default.
fn init_logging(level: Option<&str>) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter: tracing_subscriber::filter::Targets =
        level.unwrap_or("warn").parse().unwrap_or_else(|_| {
            tracing_subscriber::filter::Targets::new().with_default(tracing::Level::WARN)
        });
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
                .with_target(false)
                .without_time(),
        )
        .with(filter)
        .init();
}
