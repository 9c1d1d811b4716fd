//! `den import`: an image from a root filesystem tarball, as `docker import`.

use std::fs::File;
use std::io;

use anyhow::{Context, Result};

use crate::cli::ImportArgs;
use crate::config::Ctx;
use crate::identity::idmap::IdMapping;
use crate::image::change::ImageSettings;
use crate::image::reference::Reference;
use crate::store::Store;
use crate::store::import::import_rootfs;

pub fn run(ctx: &Ctx, args: &ImportArgs) -> Result<i32> {
    let name = args
        .reference
        .as_deref()
        .map(Reference::parse)
        .transpose()?
        .map(|r| r.local());
    let mut settings = ImageSettings::default();
    for change in &args.change {
        settings.apply(change)?;
    }
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let id = if args.file.as_os_str() == "-" {
        import_rootfs(
            &store,
            &mapping,
            io::stdin().lock(),
            "standard input",
            name.as_ref(),
            &settings,
            args.message.as_deref(),
        )?
    } else {
        let shown = format!("\"{}\"", args.file.display());
        let file = File::open(&args.file).with_context(|| format!("opening {shown}"))?;
        import_rootfs(
            &store,
            &mapping,
            file,
            &shown,
            name.as_ref(),
            &settings,
            args.message.as_deref(),
        )?
    };
    if let Some(n) = &name {
        crate::events::image(crate::events::Status::Tag, &id, &n.to_string());
    }
    crate::output::say!("{id}");
    Ok(0)
}
