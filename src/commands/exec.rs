//! `den exec`: runs a command in a running container (see `runtime::exec`), with the
//! container's environment, user and working directory unless `-e`, `-u`, `-w` say otherwise.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::cli::ExecArgs;
use crate::config::Ctx;
use crate::error::{ExitCodeExt, hinted};
use crate::plan;
use crate::runtime::{exec, monitor, state};
use crate::store::Store;

/// podman's exit code when its exec session cannot be made (the container is not running,
/// or no command was given).
const EXIT_NOT_RUNNING: i32 = 255;

pub fn run(ctx: &Ctx, args: &ExecArgs) -> Result<i32> {
    if args.preserve_fds > 0 {
        return Err(hinted(
            format!(
                "den exec cannot pass --preserve-fds {}: den closes every descriptor above 2 \
                 before the program runs",
                args.preserve_fds
            ),
            "pass data on standard input (den exec -i) or through a file in a volume",
        ))
        .exit_code(crate::error::EXIT_DEN);
    }
    crate::runtime::attach::parse_detach_keys(&args.detach_keys)?;
    let mut request = args.to_request();
    request.env = env_file_entries(&args.env_file)?;
    request.env.extend(args.env.iter().cloned());
    let store = Store::open(&ctx.paths)?;
    // With --latest every argument is the command's (podman's `exec -l CMD`).
    let (container, command) = if args.latest {
        let newest = state::list(&store)
            .into_iter()
            .max_by(|a, b| a.created.cmp(&b.created))
            .context("there are no containers (--latest)")?;
        let mut command = vec![args.container.clone()];
        command.extend(args.command.iter().cloned());
        (newest.id, command)
    } else {
        (args.container.clone(), args.command.clone())
    };
    if command.is_empty() {
        return Err(hinted(
            "must provide a non-empty command to start an exec session",
            format!("name the program: den exec {container} sh"),
        ))
        .exit_code(EXIT_NOT_RUNNING);
    }
    request.command = command;
    let (record, init_alive) = state::find_for_init(&store, &container)?;
    if !init_alive {
        return Err(hinted(
            format!(
                "can only create exec sessions on running containers: \"{container}\" is not \
                 running (state {})",
                record.state
            ),
            format!("start it first: den start {container}"),
        ))
        .exit_code(EXIT_NOT_RUNNING);
    }
    let mut plan = record
        .plan
        .clone()
        .context("the container's record has no run plan (made by an older den)")?;
    if args.privileged {
        let mut all: Vec<String> = caps::runtime::thread_all_supported()
            .iter()
            .map(ToString::to_string)
            .collect();
        all.sort();
        plan.capabilities = all;
    }
    let host_env = |name: &str| std::env::var(name).ok();
    let base = crate::runtime::secrets::exec_base(&plan)?; // env secrets, as podman's exec
    let process = plan::plan_exec(&base, &request, &host_env, crate::commands::run::arg_max())?;
    let seccomp = monitor::seccomp_for(ctx, &plan)?;
    let pid = record.pid.context("the container has no pid")?;
    crate::events::container(&record, crate::events::Status::Exec);
    crate::events::hold_open(); // exec enters the container's mount namespace
    let result = exec::exec(&plan, pid, process, seccomp.as_deref(), args.detach);
    if !args.detach {
        let code = result.as_ref().map_or(crate::error::EXIT_DEN, |c| *c);
        crate::events::container_exit(&record, crate::events::Status::ExecDied, code);
    }
    result
}

/// The `NAME=VALUE` and `NAME` lines of `--env-file` files, in order (blank lines and `#`
/// comments skipped), as if each were given with `-e`.
fn env_file_entries(files: &[PathBuf]) -> Result<Vec<String>> {
    let mut entries = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("reading env file \"{}\"", file.display()))?;
        entries.extend(env_lines(&text));
    }
    Ok(entries)
}

fn env_lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    #[test]
    fn env_file_lines() {
        let got: Vec<String> = super::env_lines("# c\nA=1\n\n  B\n").collect();
        assert_eq!(got, ["A=1", "B"]);
    }
}
