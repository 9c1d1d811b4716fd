//! `den restart`: stop, then start again under a new monitor.

use std::time::Duration;

use anyhow::Result;

use super::start::start_one;
use super::stop::stop_one;
use super::{existing, for_each, selected};
use crate::cli::RestartArgs;
use crate::config::Ctx;
use crate::output::say;
use crate::store::Store;
use crate::store::records;

/// `den restart`.
pub fn restart(ctx: &Ctx, args: &RestartArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let names = selected(&store, &args.selection(), |r| {
        !args.running || r.is_running()
    })?;
    let names = existing(&store, names, false)?;
    Ok(for_each(&names, |name| {
        let id = records::resolve(&store, name)?;
        stop_one(&store, &id, args.time.map(Duration::from_secs))?;
        if let Ok(record) = records::read(&store, &id) {
            crate::events::container(&record, crate::events::Status::Restart);
        }
        start_one(ctx, &store, &id)?;
        say!("{name}");
        Ok(())
    }))
}
