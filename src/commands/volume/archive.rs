//! `den volume export` and `den volume import`: a volume's `_data` as a tarball. Both run in
//! den's namespace, so files of subordinate ids are read, and written, with their container
//! owners.

use std::fs::File;
use std::io::{self, Read, Write};

use anyhow::{Context, Result};

use crate::cli::{VolumeExportArgs, VolumeImportArgs};
use crate::config::Ctx;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::store::Store;
use crate::store::volumes;

/// podman's phrase for a missing volume here (exit 125).
fn missing(name: &str) -> anyhow::Error {
    hinted(
        format!("no such volume {name}"),
        "see the volumes with: den volume ls",
    )
}

pub(super) fn export(ctx: &Ctx, args: &VolumeExportArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    if !volumes::exists(&store, &args.volume) {
        return Err(missing(&args.volume));
    }
    let data = volumes::data_dir(&store, &args.volume);
    let out: Box<dyn Write + Send> = if let Some(path) = &args.output {
        Box::new(File::create(path).with_context(|| format!("creating \"{}\"", path.display()))?)
    } else {
        if std::io::IsTerminal::is_terminal(&io::stdout()) {
            return Err(hinted(
                "refusing to write a tarball to a terminal",
                "redirect standard output, or use -o FILE",
            ));
        }
        Box::new(io::stdout())
    };
    let mapping = IdMapping::for_current_user()?;
    crate::identity::userns::run_in_store_ns(&mapping, move || {
        let mut tar = tar::Builder::new(io::BufWriter::new(out));
        tar.follow_symlinks(false);
        tar.mode(tar::HeaderMode::Complete);
        tar.append_dir_all(".", &data)
            .with_context(|| format!("archiving \"{}\"", data.display()))?;
        tar.into_inner()?.flush().context("writing the tarball")
    })?;
    Ok(0)
}

pub(super) fn import(ctx: &Ctx, args: &VolumeImportArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    if !volumes::exists(&store, &args.volume) {
        return Err(missing(&args.volume));
    }
    let data = volumes::data_dir(&store, &args.volume);
    let input: Box<dyn Read + Send> = if args.source == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(&args.source).with_context(|| format!("opening \"{}\"", args.source))?)
    };
    let mapping = IdMapping::for_current_user()?;
    let keep_owners = !mapping.one_id;
    let source = args.source.clone();
    crate::identity::userns::run_in_store_ns(&mapping, move || {
        let mut archive = tar::Archive::new(io::BufReader::new(input));
        archive.set_preserve_permissions(true);
        archive.set_preserve_mtime(true);
        archive.set_preserve_ownerships(keep_owners);
        archive.set_overwrite(true);
        archive
            .unpack(&data)
            .with_context(|| format!("unpacking \"{source}\" into the volume"))
    })?;
    Ok(0)
}
