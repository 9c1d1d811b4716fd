//! The container verbs, one file each: `start`, `stop`, `kill`, `restart`, `rm`, `ps`, `logs`,
//! `wait`, `attach`, `rename`, `top`, `container inspect`, `container prune`. Each reads the
//! container's record through `runtime::state` (which corrects stale state first) and acts on
//! the container's init by its host pid, checked against the start time recorded at spawn.
//! What several verbs share (signalling init, waiting for the recorded exit) lives here.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord};

pub mod attach;
pub mod inspect;
pub mod kill;
pub mod logs;
pub mod prune;
pub mod ps;
pub mod rename;
pub mod restart;
pub mod rm;
pub mod start;
pub mod stop;
pub mod top;
pub mod wait;

/// How long `stop`, `rm -f` and `restart` wait for a monitor to record the exit.
const RECORD_TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// Runs `each` for every name; errors are printed and the worst exit code returned, so one
/// missing container does not stop the others (as podman).
fn for_each(names: &[String], mut each: impl FnMut(&str) -> Result<()>) -> i32 {
    let mut code = 0;
    for name in names {
        if let Err(e) = each(name) {
            let c = crate::error::report(&e);
            code = code.max(c);
        }
    }
    code
}

fn names_or_all(store: &Store, names: &[String], all: bool, running: bool) -> Vec<String> {
    if !all {
        return names.to_vec();
    }
    state::list(store)
        .into_iter()
        .filter(|r| !running || r.is_running())
        .map(|r| r.id)
        .collect()
}

/// Sends `sig` to the container's init, if it still is the process den started.
fn signal_init(record: &ContainerRecord, sig: Signal) -> Result<()> {
    if !state::init_alive(record) {
        return Ok(());
    }
    let pid = record.pid.context("the container has no pid")?;
    match kill(Pid::from_raw(pid), sig) {
        Ok(()) | Err(nix::errno::Errno::ESRCH) => Ok(()),
        Err(e) => Err(e).with_context(|| format!("sending {sig} to container \"{}\"", record.name)),
    }
}

/// Waits until the record no longer says running (the monitor wrote the exit status, or it
/// is found dead), up to `RECORD_TIMEOUT`.
fn wait_recorded(store: &Store, id: &str) -> Result<Option<ContainerRecord>> {
    let deadline = Instant::now() + RECORD_TIMEOUT;
    loop {
        if !records::exists(store, id) {
            return Ok(None); // a `--rm` container: its monitor removed it
        }
        let record = state::load(store, id)?;
        if !record.is_running() || Instant::now() >= deadline {
            return Ok(Some(record));
        }
        std::thread::sleep(POLL);
    }
}
