//! `den rm`: removes stopped containers (running ones with `-f`, after SIGKILL).

use anyhow::{Result, bail};
use nix::sys::signal::Signal;

use super::{names_or_all, signal_init, wait_recorded};
use crate::cli::RmArgs;
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::output::say;
use crate::runtime::monitor;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records;

/// `den rm`: exit code 1 when a container does not exist, 2 when one runs (without -f).
pub fn rm(ctx: &Ctx, args: &RmArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let names = names_or_all(&store, &args.containers, args.all, false);
    let mut code = 0;
    for name in &names {
        let id = match records::resolve(&store, name) {
            Ok(id) => id,
            Err(e) => {
                crate::error::report(&e);
                code = code.max(1);
                continue;
            }
        };
        match remove_one(&store, &id, args.force) {
            Ok(()) => say!("{name}"),
            Err(e) => {
                let c = crate::error::report(&e);
                code = code.max(if c == 2 { 2 } else { EXIT_DEN });
            }
        }
    }
    Ok(code)
}

/// Removes one container (`den rm`); with `force` a running one is killed first.
pub(crate) fn remove_one(store: &Store, id: &str, force: bool) -> Result<()> {
    let record = state::load(store, id)?;
    if record.is_running() {
        if !force {
            return Err(hinted(
                format!("cannot remove container \"{}\": it is running", record.name),
                "stop it first, or use den rm -f",
            ))
            .exit_code(2);
        }
        signal_init(&record, Signal::SIGKILL)?;
        if wait_recorded(store, id)?.is_none() {
            return Ok(());
        }
    }
    let dir = records::container_dir(store, id);
    let mapping = match &record.plan {
        Some(p) => p.mapping.clone(),
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
    }
    crate::events::container(&record, crate::events::Status::Remove);
    Ok(())
}
