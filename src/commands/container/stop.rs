//! `den stop`: SIGTERM, SIGKILL after the timeout, then the recorded exit.

use std::time::{Duration, Instant};

use anyhow::Result;
use nix::sys::signal::Signal;
use nix::unistd::Pid;

use super::{POLL, existing, for_each, is_missing, selected, signal_init, wait_recorded};
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
    // As podman: --all prints every container, stopped ones too (stopping them is a no-op).
    let names = existing(
        &store,
        selected(&store, &args.selection(), |_| true)?,
        args.ignore,
    )?;
    Ok(for_each(&names, |name| {
        let id = match records::resolve(&store, name) {
            Ok(id) => id,
            Err(e) if args.ignore && is_missing(&e) => return Ok(()),
            Err(e) => return Err(e),
        };
        // As podman: a paused container is not stopped (rm -f and kill still end it).
        if crate::commands::pause::is_paused(&state::load(&store, &id)?) {
            anyhow::bail!(
                "can only stop created or running containers. {id} is in state paused: container state improper"
            );
        }
        stop_one(&store, &id, args.time.map(Duration::from_secs))?;
        say!("{name}");
        Ok(())
    }))
}

/// The container's stop signal to its init (which passes it to the program), SIGKILL after
/// `timeout` (default: the container's stop timeout), then waits until the exit is recorded.
pub(crate) fn stop_one(store: &Store, id: &str, timeout: Option<Duration>) -> Result<()> {
    // First, so that a monitor between an exit and a restart sees it too.
    super::mark_stopped_by_user(store, id)?;
    let record = state::load(store, id)?;
    let config = record
        .plan
        .as_ref()
        .map(|p| p.config.clone())
        .unwrap_or_default();
    let timeout = timeout.unwrap_or(Duration::from_secs(config.stop_timeout));
    let signal = config.signal();
    if !state::init_alive(&record) {
        wait_recorded(store, id)?;
        return Ok(());
    }
    crate::events::container(&record, crate::events::Status::Stop);
    // As podman, whose PID 1 is the program: no handler, no signal; killed after `timeout`.
    // A pod's infra is den's pause, which reads its signals from a signalfd (not shown as
    // caught in /proc): it always takes the stop signal.
    if crate::store::pods::is_infra(&record)
        || record
            .pid
            .is_some_and(|p| init::program_takes(Pid::from_raw(p), signal))
    {
        signal_init(&record, signal)?;
    }
    let deadline = Instant::now() + timeout;
    while state::init_alive(&record) && Instant::now() < deadline {
        std::thread::sleep(POLL);
    }
    if state::init_alive(&record) && !timeout.is_zero() {
        // podman's warning, word for word, so that what watches for it still sees it.
        tracing::warn!(
            "StopSignal {} failed to stop container {} in {} seconds, resorting to SIGKILL",
            signal.as_str(),
            record.name,
            timeout.as_secs()
        );
    }
    if state::init_alive(&record) {
        signal_init(&record, Signal::SIGKILL)?;
    }
    wait_recorded(store, id)?;
    Ok(())
}
