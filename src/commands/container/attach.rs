//! `den attach`: the container's terminal or stdin through its monitor, else its output.

use std::fs;

use anyhow::Result;

use super::logs::{LogFilter, follow_log};
use super::wait::wait_exit;
use crate::cli::AttachArgs;
use crate::config::Ctx;
use crate::error::{EXIT_DEN, hinted};
use crate::runtime::state;
use crate::store::Store;

/// `den attach`: the container's terminal or stdin through its monitor (`runtime::attach`),
/// else the output from now on; then the exit status (0 after detaching).
pub fn attach(ctx: &Ctx, args: &AttachArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let record = state::find(&store, &args.container)?;
    let id = record.id.clone();
    if !record.is_running() {
        return Err(hinted(
            format!(
                "you can only attach to running containers: \"{}\" is not running (state {})",
                args.container, record.state
            ),
            format!("start it and attach: den start -a {}", args.container),
        ));
    }
    let keys = crate::runtime::attach::parse_detach_keys(&args.detach_keys)?;
    crate::events::container(&record, crate::events::Status::Attach);
    let (tty, interactive) = record
        .plan
        .as_ref()
        .map_or((false, false), |p| (p.process.tty, p.process.interactive));
    if (tty || interactive) && crate::runtime::attach::available(&ctx.paths.runtime, &id) {
        let forward = interactive && !args.no_stdin;
        return match crate::runtime::attach::attach(&ctx.paths.runtime, &id, tty, forward, keys)? {
            crate::runtime::attach::Ended::Detached => Ok(0),
            // The recorded status once the monitor wrote it; the code the monitor sent when
            // there is no record (--rm).
            crate::runtime::attach::Ended::Exited(sent) => {
                Ok(wait_exit(&store, &id)?.or(sent).unwrap_or(EXIT_DEN))
            }
        };
    }
    // No terminal or stdin to attach (no -t/-i, or run in the foreground of another den):
    // the output from now on.
    let log = super::logs::log_path(&store, &id);
    let offset = fs::metadata(&log).map_or(0, |m| m.len());
    follow_log(&store, &id, offset, &LogFilter::default())?;
    Ok(wait_exit(&store, &id)?.unwrap_or(EXIT_DEN))
}
