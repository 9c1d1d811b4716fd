//! `den wait`: blocks until containers exit and prints their exit codes.

use std::time::Duration;

use anyhow::Result;

use super::for_each;
use crate::cli::WaitArgs;
use crate::config::Ctx;
use crate::output::say;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, State};

/// Waits until the container has exited; its exit code (`None` when it was removed).
pub(super) fn wait_exit(store: &Store, id: &str) -> Result<Option<i32>> {
    loop {
        if !records::exists(store, id) {
            return Ok(None);
        }
        let r = state::load(store, id)?;
        if r.state == State::Exited {
            return Ok(r.exit_code);
        }
        // As podman 4.3: a container that was created and is not starting has stopped.
        if r.state == State::Created && !state::monitor_alive(&r) {
            return Ok(Some(r.exit_code.unwrap_or(0)));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `den wait`.
pub fn wait(ctx: &Ctx, args: &WaitArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    Ok(for_each(&args.containers, |name| {
        let id = records::resolve(&store, name)?;
        let code = wait_exit(&store, &id)?;
        say!("{}", code.unwrap_or(-1));
        Ok(())
    }))
}
