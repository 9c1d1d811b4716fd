//! `den start`: detached under a monitor, or attached in the foreground (`-a`).

use anyhow::{Context, Result, bail};

use super::{existing, for_each, selected};
use crate::cli::StartArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::say;
use crate::runtime::monitor;
use crate::runtime::state;
use crate::store::Store;
use crate::store::layers::check_layer_dirs;
use crate::store::records;

/// `den start`.
pub fn start(ctx: &Ctx, args: &StartArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let names = existing(
        &store,
        selected(&store, &args.selection(), |_| true)?,
        false,
    )?;
    if args.attach || args.interactive {
        if names.len() != 1 {
            bail!("start --attach takes exactly one container");
        }
        crate::runtime::attach::parse_detach_keys(&args.detach_keys)?;
        return start_attached(ctx, &store, &names[0], args.interactive);
    }
    Ok(for_each(&names, |name| {
        let id = records::resolve(&store, name)?;
        start_one(ctx, &store, &id)?;
        say!("{name}");
        Ok(())
    }))
}

/// `start -a`: the container runs in the foreground with this den as its parent, as
/// `den run` (so `create -it` then `start -ai` gives a terminal).
fn start_attached(ctx: &Ctx, store: &Store, name: &str, interactive: bool) -> Result<i32> {
    let id = records::resolve(store, name)?;
    state::load_settled(store, &id)?;
    let plan = {
        let _lock = records::lock(store, &id)?;
        let mut record = records::read(store, &id)?;
        if (record.is_running() && state::alive(&record)) || state::monitor_alive(&record) {
            return Err(hinted(
                format!("container \"{name}\" is already running"),
                format!("follow its output with: den attach {name}"),
            ));
        }
        let mut plan = record
            .plan
            .clone()
            .context("the container's record has no run plan (made by an older den)")?;
        plan.process.interactive = interactive;
        check_layer_dirs(&plan.rootfs, &plan.image_name)?;
        crate::commands::pod::start_infra_for(ctx, store, &plan.config)?;
        monitor::set_monitor(&mut record);
        records::write(store, &record)?;
        plan
    };
    crate::commands::run::run_foreground(ctx, store, &plan)
}

pub(crate) fn start_one(ctx: &Ctx, store: &Store, id: &str) -> Result<()> {
    let record = state::load_settled(store, id)?;
    if record.is_running() {
        return Ok(());
    }
    if let Some(plan) = &record.plan {
        check_layer_dirs(&plan.rootfs, &plan.image_name)?;
        crate::commands::pod::start_infra_for(ctx, store, &plan.config)?;
    }
    monitor::start_detached(ctx, id)?;
    Ok(())
}
