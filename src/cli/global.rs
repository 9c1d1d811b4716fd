//! podman's global flags: which den honours (`--storage-driver`, `--log-level`, `--noout`,
//! `--events-backend`), which it accepts for podman's command lines and does not need
//! (`--cgroup-manager`, `--runtime`, `--tmpdir`, ...), and which it refuses with the reason
//! (`--url`, `--remote`, `--connection`: den has no remote service).

use std::path::Path;
use std::sync::OnceLock;

use anyhow::Result;

use super::{Cli, EventsBackend};
use crate::config::Ctx;
use crate::error::{ExitCodeExt, hinted};

/// podman's `--log-level` values, in its order.
pub const LOG_LEVELS: [&str; 8] = [
    "trace", "debug", "info", "warn", "warning", "error", "fatal", "panic",
];

/// podman's exit code for an unknown `--log-level` (it exits before its own error layout).
const EXIT_BAD_LOG_LEVEL: i32 = 1;

static EVENTS_BACKEND: OnceLock<EventsBackend> = OnceLock::new();

/// The events backend of this run of den (`--events-backend`; a file when not given). The
/// events code asks this before it records anything: `None` means record nothing.
pub fn events_backend() -> EventsBackend {
    EVENTS_BACKEND.get().copied().unwrap_or_default()
}

/// Refuses the global flags den cannot honour, each with its reason (exit 125), and an
/// unknown `--log-level` (exit 1, as podman).
pub fn check_global_flags(cli: &Cli) -> Result<()> {
    if cli.remote || cli.url.is_some() || cli.connection.is_some() {
        let flag = if cli.remote {
            "--remote"
        } else if cli.url.is_some() {
            "--url"
        } else {
            "--connection"
        };
        return Err(hinted(
            format!("den has no remote service ({flag}); run den locally"),
            "leave out --remote, --url and --connection: den works on this machine's store",
        ))
        .exit_code(crate::error::EXIT_DEN);
    }
    let refused: [(bool, &str, &str); 4] = [
        (
            !cli.hooks_dir.is_empty(),
            "--hooks-dir",
            "den runs no OCI hooks",
        ),
        (
            cli.namespace.is_some(),
            "--namespace",
            "den has no libpod namespaces; a separate --root gives a separate set of containers",
        ),
        (
            !cli.runtime_flag.is_empty(),
            "--runtime-flag",
            "den is its own runtime, so there is no runtime to pass flags to",
        ),
        (
            cli.volumepath.is_some(),
            "--volumepath",
            "den keeps volumes in its store; choose the store with --root",
        ),
    ];
    if let Some((_, flag, why)) = refused.iter().find(|(given, _, _)| *given) {
        return Err(hinted(
            format!("den does not support {flag}: {why}"),
            format!("leave out {flag}"),
        ))
        .exit_code(crate::error::EXIT_DEN);
    }
    if cli.events_backend == Some(EventsBackend::Journald) {
        return Err(hinted(
            "den has no journald events backend: it records events in a file in its store",
            "use --events-backend file (the default) or none",
        ))
        .exit_code(crate::error::EXIT_DEN);
    }
    let _ = EVENTS_BACKEND.set(cli.events_backend());
    if let Some(runtime) = &cli.runtime {
        check_runtime(runtime)?;
    }
    if let Some(level) = &cli.log_level {
        log_filter(level)?;
    }
    Ok(())
}

/// The tracing filter for a `--log-level` (or `log_level` in config.toml, or `DEN_LOG`):
/// podman's level names, or a tracing directive with `=` (`den::runtime=debug`) for den's
/// developers.
pub fn log_filter(level: &str) -> Result<String> {
    let lower = level.to_ascii_lowercase();
    let mapped = match lower.as_str() {
        "warning" => "warn",
        "fatal" | "panic" => "error",
        l if LOG_LEVELS.contains(&l) => l,
        _ if level.contains('=') => return Ok(level.to_string()),
        _ => {
            return Err(hinted(
                format!(
                    "log level \"{level}\" is not supported, choose from: {}",
                    LOG_LEVELS.join(", ")
                ),
                "the default is warn",
            ))
            .exit_code(EXIT_BAD_LOG_LEVEL);
        }
    };
    Ok(mapped.to_string())
}

/// `--runtime NAME|PATH`: accepted when it names a program that exists (den does not run
/// it), refused otherwise as podman refuses it.
fn check_runtime(runtime: &str) -> Result<()> {
    let found = if runtime.contains('/') {
        is_executable(Path::new(runtime))
    } else {
        std::env::var_os("PATH").is_some_and(|path| {
            std::env::split_paths(&path).any(|dir| is_executable(&dir.join(runtime)))
        })
    };
    if found {
        tracing::info!("den is its own runtime: --runtime {runtime} is accepted and not used");
        return Ok(());
    }
    Err(hinted(
        format!("no valid executable found for OCI runtime \"{runtime}\""),
        "den is its own runtime and needs no --runtime; leave it out",
    ))
    .exit_code(crate::error::EXIT_DEN)
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Applies the flags that change the resolved context: `--storage-driver` and
/// `--storage-opt` (over config.toml), then `--noout`.
pub fn apply_global_flags(cli: &Cli, ctx: &mut Ctx) -> Result<()> {
    for opt in &cli.storage_opt {
        match opt.split_once('=') {
            Some(("overlay.mount_program" | "mount_program", program))
                if program.ends_with("fuse-overlayfs") && cli.storage_driver.is_none() =>
            {
                ctx.config.storage.driver = Some(crate::driver::fuse_overlayfs::NAME.into());
            }
            _ => tracing::warn!("storage option \"{opt}\" has no effect in den; ignoring it"),
        }
    }
    if let Some(driver) = &cli.storage_driver {
        if !crate::driver::DRIVER_NAMES.contains(&driver.as_str()) {
            return Err(hinted(
                format!("unknown storage driver \"{driver}\" (--storage-driver)"),
                format!(
                    "valid drivers are: {}",
                    crate::driver::DRIVER_NAMES.join(", ")
                ),
            ))
            .exit_code(crate::error::EXIT_DEN);
        }
        ctx.config.storage.driver = Some(driver.clone());
    }
    if cli.noout {
        let null = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/null")
            .map_err(anyhow::Error::from)
            .and_then(|f| nix::unistd::dup2_stdout(&f).map_err(anyhow::Error::from));
        if let Err(e) = null {
            return Err(e.context("sending standard output to /dev/null (--noout)"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_levels_are_podmans() {
        assert_eq!(log_filter("warning").unwrap(), "warn");
        assert_eq!(log_filter("DEBUG").unwrap(), "debug");
        assert_eq!(log_filter("panic").unwrap(), "error");
        assert_eq!(log_filter("den=trace").unwrap(), "den=trace");
        let err = log_filter("bogus").unwrap_err();
        let remote = crate::error::Remote::capture(&err);
        assert_eq!(remote.exit_code, 1);
        assert!(remote.messages[0].contains("trace, debug, info, warn, warning"));
    }

    #[test]
    fn runtimes_must_exist() {
        assert!(check_runtime("/nonexistent/runc").is_err());
        assert!(check_runtime("sh").is_ok());
    }
}
