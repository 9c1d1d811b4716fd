//! `den image ...`: podman's image command group, each subcommand the same code as its
//! top-level twin (`den image ls` is `den images`), plus `den image prune`.

use std::io::{self, BufRead, Write};

use anyhow::Result;

use crate::cli::{ImageCommand, ImagePruneArgs, InspectArgs, InspectType};
use crate::commands::{history, images, import, inspect, load, rmi, save, tag};
use crate::config::Ctx;
use crate::identity::idmap::IdMapping;
use crate::store::Store;
use crate::store::index::resolve;
use crate::store::prune::prune_images;

pub fn run(ctx: &Ctx, command: ImageCommand) -> Result<i32> {
    match command {
        ImageCommand::Build(args) => crate::commands::build::run(ctx, &args),
        ImageCommand::Ls(args) => images::run(ctx, &args),
        ImageCommand::Rm(args) => rmi::run(ctx, &args),
        ImageCommand::Inspect(args) => inspect::run(
            ctx,
            &InspectArgs {
                kind: InspectType::Image,
                ..args
            },
        ),
        ImageCommand::Tag(args) => tag::tag(ctx, &args),
        ImageCommand::Untag(args) => tag::untag(ctx, &args),
        ImageCommand::Save(args) => save::run(ctx, &args),
        ImageCommand::Load(args) => load::run(ctx, &args),
        ImageCommand::Import(args) => import::run(ctx, &args),
        ImageCommand::Prune(args) => prune(ctx, &args),
        ImageCommand::History(args) => history::run(ctx, &args),
        ImageCommand::Exists(args) => exists(ctx, &args.image),
    }
}

/// podman's `image exists`: silent, exit 0 or 1; a name that does not parse or an ambiguous
/// one is still an error (125), as podman.
fn exists(ctx: &Ctx, image: &str) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let index = store.read_index()?;
    match resolve(&index.images, image) {
        Ok(_) => Ok(0),
        Err(e) if e.to_string().contains("not found in local storage") => Ok(1),
        Err(e) => Err(e),
    }
}

/// Asks podman's question; anything but y/yes (including end of input) is no.
fn confirm(all: bool) -> Result<bool> {
    let mut out = crate::output::stdout();
    if all {
        writeln!(
            out,
            "WARNING! This command removes all images without at least one container associated with them."
        )?;
    } else {
        writeln!(out, "WARNING! This command removes all dangling images.")?;
    }
    write!(out, "Are you sure you want to continue? [y/N] ")?;
    out.flush()?;
    let mut answer = String::new();
    if io::stdin().lock().read_line(&mut answer)? == 0 {
        // End of input: finish the prompt's line.
        writeln!(out)?;
    }
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

fn prune(ctx: &Ctx, args: &ImagePruneArgs) -> Result<i32> {
    if !args.force && !confirm(args.all)? {
        return Ok(0);
    }
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    let removed = prune_images(&store, &mapping, args.all)?;
    let mut out = crate::output::stdout();
    for id in removed {
        writeln!(out, "{id}")?;
    }
    Ok(0)
}
