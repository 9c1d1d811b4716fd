//! `den rmi`: remove images (podman's output: `Untagged: NAME`, `Deleted: ID`). With `-f`,
//! the containers that use a deleted image are removed first, as `den rm -f` removes them.

use std::io::Write;

use anyhow::{Context, Result};

use crate::cli::RmiArgs;
use crate::commands::container::rm::remove_one;
use crate::config::Ctx;
use crate::error::hinted;
use crate::events::{self, Status};
use crate::identity::idmap::IdMapping;
use crate::store::Store;
use crate::store::index::resolve;
use crate::store::records;
use crate::store::remove::{Removal, containers_to_remove, remove_images};

/// podman's exit code when an image to remove is not in the store.
const EXIT_NO_IMAGE: i32 = 1;

/// `den rmi`: the images found are removed; then each one not found is an error with
/// podman's phrase "image not known", and the exit code is 1 (0 with `-i` or `-f`).
pub fn run(ctx: &Ctx, args: &RmiArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    let index = store.read_index()?;
    let (found, missing): (Vec<String>, Vec<String>) = args
        .images
        .iter()
        .cloned()
        .partition(|q| resolve(&index.images, q).is_ok());
    remove_containers(
        &store,
        &containers_to_remove(&store, &found, args.all, args.force)?,
    )?;
    let before = store.images().unwrap_or_default();
    let done = if found.is_empty() && !args.all {
        Vec::new()
    } else {
        remove_images(&store, &mapping, &found, args.all, args.force)?
    };
    let mut out = crate::output::stdout();
    let mut last_name = String::new();
    for removal in done {
        match removal {
            Removal::Untagged(name) => {
                writeln!(out, "Untagged: {name}")?;
                let id = before.iter().find(|i| i.names.contains(&name));
                events::image(Status::Untag, id.map_or("", |i| i.id.as_str()), &name);
                last_name = name;
            }
            Removal::Deleted(id) => {
                writeln!(out, "Deleted: {id}")?;
                events::image(Status::Remove, &id, &std::mem::take(&mut last_name));
            }
        }
    }
    if args.ignore || args.force {
        return Ok(0);
    }
    for query in &missing {
        crate::error::report(&hinted(
            format!("{query}: image not known"),
            "list images with: den images",
        ));
    }
    Ok(if missing.is_empty() { 0 } else { EXIT_NO_IMAGE })
}

/// Removes the containers that use an image about to be deleted, as `den rm -f` does, and
/// says so (podman says nothing; den says it on stderr, so that stdout stays podman's lines).
pub(crate) fn remove_containers(store: &Store, ids: &[String]) -> Result<()> {
    for id in ids {
        let name = records::read(store, id).map_or_else(|_| id.clone(), |r| r.name);
        remove_one(store, id, true)
            .with_context(|| format!("removing container \"{name}\", which uses the image"))?;
        let _ = writeln!(
            std::io::stderr(),
            "removed container \"{name}\" ({}): it used the image",
            &id[..12.min(id.len())]
        );
    }
    Ok(())
}
