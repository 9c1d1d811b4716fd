//! `den stop`: SIGTERM, SIGKILL after the timeout, then the recorded exit.

use std::time::{Duration, Instant};

use anyhow::Result;
use nix::sys::signal::Signal;
use nix::unistd::Pid;

use super::{POLL, for_each, names_or_all, signal_init, wait_recorded};
use crate::cli::StopArgs;
use crate::config::Ctx;
use crate::output::say;
use crate::runtime::init;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records;

/// `den stop`.
pub fn stop(ctx: &Ctx, args: &StopArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let names = names_or_all(&store, &args.containers, args.all, true);
    Ok(for_each(&names, |name| {
        let id = records::resolve(&store, name)?;
        stop_one(&store, &id, Duration::from_secs(args.time))?;
        say!("{name}");
        Ok(())
    }))
}

/// SIGTERM to the container's init (which passes it to the program), SIGKILL after
/// `timeout`, then waits until the exit is recorded.
pub(super) fn stop_one(store: &Store, id: &str, timeout: Duration) -> Result<()> {
    let record = state::load(store, id)?;
    if !state::init_alive(&record) {
        wait_recorded(store, id)?;
        return Ok(());
    }
    crate::events::container(&record, crate::events::Status::Stop);
    // As podman, whose PID 1 is the program: no handler, no SIGTERM; killed after `timeout`.
    if record
        .pid
        .is_some_and(|p| init::program_takes_sigterm(Pid::from_raw(p)))
    {
        signal_init(&record, Signal::SIGTERM)?;
    }
    let deadline = Instant::now() + timeout;
    while state::init_alive(&record) && Instant::now() < deadline {
        std::thread::sleep(POLL);
    }
    if state::init_alive(&record) {
        signal_init(&record, Signal::SIGKILL)?;
    }
    wait_recorded(store, id)?;
    Ok(())
}
