//! `den commit`: a new image from a container's changes, as `podman commit`.

use anyhow::Result;

use crate::cli::CommitArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::image::change::ImageSettings;
use crate::image::reference::Reference;
use crate::runtime::state;
use crate::store::Store;
use crate::store::commit::{CommitOptions, commit_container};
use crate::store::containers::FsContainer;

pub fn run(ctx: &Ctx, args: &CommitArgs) -> Result<i32> {
    // Bad flags fail before any work.
    let mut check = ImageSettings::default();
    for change in &args.change {
        check.apply(change)?;
    }
    let name = args
        .image
        .as_deref()
        .map(Reference::parse)
        .transpose()?
        .map(|r| r.local());
    let store = Store::open(&ctx.paths)?;
    let container = FsContainer::from_record(&store, state::find(&store, &args.container)?);
    if container.is_vfs() {
        return Err(hinted(
            format!(
                "container {} uses the vfs storage driver: den cannot commit it (it keeps a full copy, not a layer of changes)",
                container.shown()
            ),
            "export it and import the tarball instead: den export -o ctr.tar CTR && den import ctr.tar IMAGE",
        ));
    }
    let layers = container.layers(&store)?;
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let opts = CommitOptions {
        name,
        message: args.message.clone(),
        author: args.author.clone(),
        settings: args.change.clone(),
    };
    let id = commit_container(&store, &mapping, &container, layers, &opts)?;
    if let Ok(record) = state::find(&store, &args.container) {
        crate::events::container(&record, crate::events::Status::Commit);
    }
    crate::output::say!("{id}");
    Ok(0)
}
