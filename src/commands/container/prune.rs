//! `den container prune`: removes every container that is not running.

use std::io::BufRead;

use anyhow::Result;

use super::rm::remove_one;
use crate::cli::PruneArgs;
use crate::config::Ctx;
use crate::output::say;
use crate::runtime::state;
use crate::store::Store;
use crate::store::records;

/// `den container prune`.
pub fn prune(ctx: &Ctx, args: &PruneArgs) -> Result<i32> {
    if !args.force {
        eprint!(
            "WARNING! This will remove all non running containers.\nAre you sure you want to continue? [y/N] "
        );
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer).ok();
        if !answer.trim().eq_ignore_ascii_case("y") && !answer.trim().eq_ignore_ascii_case("yes") {
            return Ok(0);
        }
    }
    let store = Store::open(&ctx.paths)?;
    let (removed, code) = prune_stopped(&store);
    for id in removed {
        say!("{id}");
    }
    Ok(code)
}

/// Removes every container that is not running; returns their ids and the exit code of the
/// worst failure (each failure is reported as it happens).
pub fn prune_stopped(store: &Store) -> (Vec<String>, i32) {
    let mut code = 0;
    let mut removed = Vec::new();
    for record in state::list(store) {
        // A pod's infra goes with its pod only (`den pod rm`, `den pod prune`).
        if record.is_running() || super::rm::refuse_infra(store, &record.id).is_err() {
            continue;
        }
        match remove_one(store, &record.id, false) {
            Ok(()) => removed.push(record.id),
            // Removed meanwhile by another den: nothing left to prune.
            Err(_) if !records::container_dir(store, &record.id).exists() => {}
            Err(e) => code = crate::error::report(&e).max(code),
        }
    }
    (removed, code)
}
