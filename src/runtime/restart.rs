//! Restart policies (`--restart`), carried out by the container's monitor: after each exit
//! it asks `again`, which decides under the container's lock and, when the container is to
//! run again, records the exit (the `died` event) and one more restart. As podman 4.3 there is
//! no back-off: the container starts again at once. A `stop` or `kill` by the user
//! (`stopped_by_user` in the record) ends the policy; `--health-on-failure=restart` asks for a
//! restart whatever the policy.

use anyhow::Result;

use crate::error::Remote;
use crate::events;
use crate::plan::RunPlan;
use crate::runtime::monitor::set_monitor;
use crate::store::Store;
use crate::store::records;

/// Whether the monitor runs the container again after `result`; when it does, the exit and
/// the restart are recorded. A setup failure (an error) is not retried.
pub fn again(store: &Store, plan: &RunPlan, result: &Result<i32>) -> Result<bool> {
    let Ok(code) = result else {
        return Ok(false);
    };
    if plan.remove {
        return Ok(false);
    }
    let _lock = records::lock(store, &plan.id)?;
    let mut record = records::read(store, &plan.id)?;
    let wanted = record.restart_requested
        || (!record.stopped_by_user && plan.restart.restarts_after(*code, record.restart_count));
    if !wanted {
        return Ok(false);
    }
    record.set_exited(Some(*code));
    // This process stays the container's monitor between the two runs.
    set_monitor(&mut record);
    record.restart_count += 1;
    record.restart_requested = false;
    records::write(store, &record)?;
    events::container_died(&record, *code);
    events::container(&record, events::Status::Restart);
    Ok(true)
}

/// The exit code a run's result stands for.
pub fn code_of(result: &Result<i32>) -> i32 {
    match result {
        Ok(c) => *c,
        Err(e) => Remote::capture(e).exit_code,
    }
}
