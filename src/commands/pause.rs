//! `den pause` and `den unpause`: the cgroup v2 freezer where the container has a group of its
//! own, else SIGSTOP/SIGCONT to every process of its PID namespace (podman refuses pause on
//! rootless cgroup v1). `is_paused` is what ps and inspect show, read from the machine.

use anyhow::Result;
use nix::sys::signal::Signal;

use crate::cli::PauseArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::runtime::{procs, state};
use crate::store::Store;
use crate::store::records::ContainerRecord;

/// Whether a running container is paused: its group frozen, or its init stopped.
pub fn is_paused(record: &ContainerRecord) -> bool {
    let Some(init) = record.pid.filter(|_| state::init_alive(record)) else {
        return false;
    };
    match crate::cgroup::group_of(init) {
        Some(dir) => crate::cgroup::v2::is_frozen(&dir),
        None => procs::is_stopped(init),
    }
}

fn set_paused(record: &ContainerRecord, paused: bool) -> Result<()> {
    let init = record.pid.unwrap_or(0);
    match crate::cgroup::group_of(init) {
        Some(dir) => crate::cgroup::v2::set_frozen(&dir, paused),
        None => procs::signal_all(
            init,
            if paused {
                Signal::SIGSTOP
            } else {
                Signal::SIGCONT
            },
        ),
    }
}

pub fn pause(ctx: &Ctx, args: &PauseArgs) -> Result<i32> {
    change(ctx, args, true)
}

pub fn unpause(ctx: &Ctx, args: &PauseArgs) -> Result<i32> {
    change(ctx, args, false)
}

fn change(ctx: &Ctx, args: &PauseArgs, pause: bool) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let verb = if pause { "pause" } else { "unpause" };
    if args.all != args.containers.is_empty() {
        return Err(hinted(
            "you must provide at least one container name or id, or --all, not both",
            format!("den {verb} CONTAINER..., or den {verb} --all"),
        ));
    }
    let targets: Vec<ContainerRecord> = if args.all {
        state::list(&store)
            .into_iter()
            .filter(|r| state::init_alive(r) && is_paused(r) != pause)
            .collect()
    } else {
        args.containers
            .iter()
            .map(|c| state::find(&store, c))
            .collect::<Result<_>>()?
    };
    for r in targets {
        if !state::init_alive(&r) {
            return Err(hinted(
                format!(
                    "\"{}\" is not running, can't {verb}: container state improper",
                    r.name
                ),
                format!("start it first: den start {}", r.name),
            ));
        }
        if is_paused(&r) == pause {
            let word = if pause {
                "already paused"
            } else {
                "not paused"
            };
            anyhow::bail!("\"{}\" is {word}: container state improper", r.name);
        }
        set_paused(&r, pause)?;
        let status = if pause {
            crate::events::Status::Pause
        } else {
            crate::events::Status::Unpause
        };
        crate::events::container(&r, status);
        crate::output::say!("{}", r.id);
    }
    Ok(0)
}
