//! `den kill`: a signal to the container's init.

use anyhow::Result;

use super::{existing, for_each, selected, signal_init};
use crate::cli::KillArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::say;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::ContainerRecord;

/// `den kill`.
pub fn kill_command(ctx: &Ctx, args: &KillArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let sig = parse_signal(&args.signal)?;
    let names = selected(&store, &args.selection(), ContainerRecord::is_running)?;
    let names = existing(&store, names, false)?;
    Ok(for_each(&names, |name| {
        let record = state::find(&store, name)?;
        let id = record.id.clone();
        if !state::init_alive(&record) {
            return Err(hinted(
                format!(
                    "can only kill running containers: \"{name}\" is not running (state {})",
                    record.state
                ),
                format!("start it first: den start {name}"),
            ));
        }
        super::mark_stopped_by_user(&store, &id)?;
        signal_init(&record, sig)?;
        crate::events::container(&record, crate::events::Status::Kill);
        say!("{name}");
        Ok(())
    }))
}

pub use crate::plan::parse_signal;
