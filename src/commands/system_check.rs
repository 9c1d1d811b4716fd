//! `den system check [-r [-f]]`: reports the store's problems (`store::check`); with
//! `--repair` rebuilds a broken index and unpacks missing layers again, then removes the
//! images that cannot be repaired through `rmi`'s removal, with `--force` after removing the
//! containers that use them (as `rmi -f`). Modelled on later podman's `system check`.

use std::io::{self, Write};

use anyhow::Result;

use crate::cli::SystemCheckArgs;
use crate::commands::rmi::remove_containers;
use crate::config::Ctx;
use crate::error::{hinted, report};
use crate::identity::idmap::IdMapping;
use crate::store::Store;
use crate::store::check::{Rebuilt, find_problems, repair};
use crate::store::remove::{containers_to_remove, remove_images};

pub fn run(ctx: &Ctx, args: &SystemCheckArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let problems = find_problems(&store);
    let mut out = io::stdout().lock();
    for problem in &problems {
        writeln!(out, "{problem}")?;
    }
    if problems.is_empty() {
        writeln!(
            out,
            "the store \"{}\" is consistent",
            store.root().display()
        )?;
        return Ok(0);
    }
    if !args.repair {
        return Err(hinted(
            format!(
                "found {} problem(s) in the store \"{}\"",
                problems.len(),
                store.root().display()
            ),
            "repair them with: den system check --repair",
        ));
    }
    let mapping = IdMapping::for_current_user()?;
    let repaired = repair(&store, &mapping)?;
    if let Some(rebuilt) = &repaired.rebuilt {
        print_rebuilt(&mut out, rebuilt)?;
    }
    for diff_id in &repaired.unpacked {
        writeln!(out, "unpacked layer {diff_id} again from its blob")?;
    }
    let mut left = 0;
    for image in &repaired.damaged {
        let ids = [image.clone()];
        let removed = containers_to_remove(&store, &ids, false, args.force)
            .and_then(|containers| remove_containers(&store, &containers))
            .and_then(|()| remove_images(&store, &mapping, &ids, false, true));
        match removed {
            Ok(_) => writeln!(out, "removed damaged image {}", &image[..12])?,
            Err(e) => {
                report(&e);
                left += 1;
            }
        }
    }
    if left > 0 {
        return Err(hinted(
            format!("{left} damaged image(s) were left in the store"),
            "remove them and the containers that use them with: den system check --repair --force",
        ));
    }
    writeln!(out, "repaired the store \"{}\"", store.root().display())?;
    Ok(0)
}

fn print_rebuilt(out: &mut impl Write, rebuilt: &Rebuilt) -> Result<()> {
    writeln!(
        out,
        "rebuilt the image index from the blobs on disk: {} image(s); the broken index is kept as \"{}\"",
        rebuilt.images.len(),
        rebuilt.kept.display()
    )?;
    for (id, names) in &rebuilt.images {
        if names.is_empty() {
            writeln!(
                out,
                "image {}: its names could not be recovered and are lost (name it again with: den tag {} NAME)",
                &id[..12],
                &id[..12]
            )?;
        } else {
            writeln!(out, "image {}: {}", &id[..12], names.join(", "))?;
        }
    }
    Ok(())
}
