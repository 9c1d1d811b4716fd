//! `den rm`: removes stopped containers (running ones with `-f`, after SIGKILL).

use anyhow::{Result, bail};
use nix::sys::signal::Signal;

use std::time::Duration;

use super::stop::stop_one;
use super::{existing, is_missing, selected, signal_init, wait_recorded};
use crate::cli::RmArgs;
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::output::say;
use crate::runtime::monitor;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records;

/// `den rm`: exit code 1 when a container does not exist (0 with `--ignore` or `-f`), 2 when one
/// runs (without -f). `--volumes` is carried for the anonymous volumes of the container: the
/// store has none yet, so there is nothing more to remove.
pub fn rm(ctx: &Ctx, args: &RmArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    // As podman: -f and --ignore pass over missing containers; else one missing name is
    // exit 1 before anything is removed.
    let names = match existing(
        &store,
        selected(&store, &args.selection(), |_| true)?,
        args.ignore || args.force,
    ) {
        Ok(names) => names,
        Err(e) if is_missing(&e) => {
            crate::error::report(&e);
            return Ok(1);
        }
        Err(e) => return Err(e),
    };
    let stop_first = args.time.map(Duration::from_secs);
    let mut code = 0;
    for name in &names {
        let id = match records::resolve(&store, name) {
            Ok(id) => id,
            Err(_) if args.ignore => continue,
            Err(e) => {
                crate::error::report(&e);
                code = code.max(1);
                continue;
            }
        };
        // -v: the anonymous volumes go with the container (read before its record goes).
        let mounts = if args.volumes {
            records::read(&store, &id)
                .ok()
                .and_then(|r| r.plan)
                .map(|p| (p.mounts.clone(), p.store_mapping().clone()))
        } else {
            None
        };
        if let Err(e) = refuse_infra(&store, &id) {
            crate::error::report(&e);
            code = code.max(EXIT_DEN);
            continue;
        }
        let removed = match stop_first {
            Some(timeout) if args.force => {
                stop_one(&store, &id, Some(timeout)).and_then(|()| remove_one(&store, &id, true))
            }
            _ => remove_one(&store, &id, args.force),
        }
        .and_then(|()| match &mounts {
            Some((mounts, mapping)) => {
                let lock = store.lock()?;
                crate::store::volumes::remove_anonymous(&store, &lock, &id, mounts, mapping)
            }
            None => Ok(()),
        });
        match removed {
            Ok(()) => say!("{name}"),
            Err(e) if args.ignore && is_missing(&e) => {}
            Err(e) => {
                let c = crate::error::report(&e);
                code = code.max(if c == 2 { 2 } else { EXIT_DEN });
            }
        }
    }
    Ok(code)
}

/// podman's rule: a pod's infra goes only with its pod (`den pod rm`), which holds the
/// namespaces the pod's other containers join.
pub(crate) fn refuse_infra(store: &Store, id: &str) -> Result<()> {
    let Ok(record) = records::read(store, id) else {
        return Ok(());
    };
    match crate::store::pods::pod_of(&record) {
        Some(pod)
            if crate::store::pods::is_infra(&record)
                && crate::store::pods::dir(store, pod).exists() =>
        {
            Err(hinted(
                format!(
                    "container {id} is the infra container of pod {pod} and cannot be removed without removing the pod"
                ),
                format!("remove the pod: den pod rm {}", &pod[..12.min(pod.len())]),
            ))
        }
        _ => Ok(()),
    }
}

/// Removes one container (`den rm`); with `force` a running one is killed first.
pub(crate) fn remove_one(store: &Store, id: &str, force: bool) -> Result<()> {
    let record = state::load(store, id)?;
    if record.is_running() {
        if !force {
            return Err(hinted(
                format!(
                    "cannot remove container \"{}\" as it is running - running or paused \
                     containers cannot be removed without force",
                    record.name
                ),
                "stop it first, or use den rm -f",
            ))
            .exit_code(2);
        }
        super::mark_stopped_by_user(store, id)?;
        signal_init(&record, Signal::SIGKILL)?;
        if wait_recorded(store, id)?.is_none() {
            return Ok(());
        }
    }
    let dir = records::container_dir(store, id);
    let mapping = match &record.plan {
        Some(p) => p.store_mapping().clone(),
        None => crate::identity::idmap::IdMapping::for_current_user()?,
    };
    {
        let _store_lock = store.lock()?;
        if !records::exists(store, id) {
            return Ok(());
        }
        let _lock = records::lock(store, id)?;
        let again = records::read(store, id)?;
        if again.is_running() && state::alive(&again) {
            bail!(
                "container \"{}\" started again while being removed",
                record.name
            );
        }
        monitor::remove_dir(&dir, &mapping)?;
        records::forget(store, &again.name, id);
    }
    crate::events::container(&record, crate::events::Status::Remove);
    Ok(())
}
