//! `den rmi`: remove images (podman's output: `Untagged: NAME`, `Deleted: ID`).

use std::io::Write;

use anyhow::Result;

use crate::cli::RmiArgs;
use crate::config::Ctx;
use crate::runtime::idmap::IdMapping;
use crate::store::Store;
use crate::store::remove::{Removal, remove_images};

pub fn run(ctx: &Ctx, args: &RmiArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    let done = remove_images(&store, &mapping, &args.images, args.all, args.force)?;
    let mut out = crate::output::stdout();
    for removal in done {
        match removal {
            Removal::Untagged(name) => writeln!(out, "Untagged: {name}")?,
            Removal::Deleted(id) => writeln!(out, "Deleted: {id}")?,
        }
    }
    Ok(0)
}
