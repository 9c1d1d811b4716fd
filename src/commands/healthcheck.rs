//! `den healthcheck run`: the container's health check once (`runtime::health`), with
//! podman's output: nothing and exit 0 when it passes, "unhealthy" and exit 1 when it fails.

use anyhow::Result;

use crate::cli::HealthcheckRunArgs;
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt};
use crate::output::say;
use crate::runtime::health;
use crate::store::Store;
use crate::store::records;

pub fn run(ctx: &Ctx, args: &HealthcheckRunArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let name = &args.container;
    let id = records::resolve(&store, name)
        .map_err(|e| {
            e.context(format!(
                "unable to look up {name} to perform a health check"
            ))
        })
        .exit_code(EXIT_DEN)?;
    if health::check_now(ctx, &store, &id)? {
        Ok(0)
    } else {
        say!("{}", health::UNHEALTHY);
        Ok(1)
    }
}
