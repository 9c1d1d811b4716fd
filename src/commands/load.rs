//! `den load`: images from a docker-archive or OCI archive tarball (possibly gzip or zstd
//! compressed), an OCI layout directory, or standard input.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::LoadArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::image::archive::{DirSource, Source, TarSource};
use crate::image::compress::{Compression, decompress};
use crate::store::Store;
use crate::store::load::load_archive;

pub fn run(ctx: &Ctx, args: &LoadArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let stored = open_input(&store, args.input.as_deref())
        .and_then(|source| load_archive(&store, source.as_ref(), &mapping))
        .map_err(|e| crate::error::explain_no_space(e, &ctx.paths.store))?;
    let source = args
        .input
        .as_ref()
        .map_or_else(|| "/dev/stdin".to_string(), |p| p.display().to_string());
    crate::events::image(crate::events::Status::LoadFromArchive, "", &source);
    let mut out = crate::output::stdout();
    for image in stored {
        if image.names.is_empty() {
            if args.quiet {
                writeln!(out, "sha256:{}", image.id)?;
            } else {
                writeln!(out, "Loaded image: sha256:{}", image.id)?;
            }
        }
        for name in image.names {
            if args.quiet {
                writeln!(out, "{name}")?;
            } else {
                writeln!(out, "Loaded image: {name}")?;
            }
        }
    }
    Ok(0)
}

/// Opens what `den load` reads: a layout directory in place, an uncompressed tarball file in
/// place, anything else (compressed, a pipe, stdin) spooled uncompressed into an unnamed temp
/// file in the store's tmp/ (nothing to clean up if den is killed).
fn open_input(store: &Store, input: Option<&Path>) -> Result<Box<dyn Source>> {
    let Some(path) = input else {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            return Err(hinted(
                "no archive to load: standard input is a terminal",
                "give a file with: den load -i FILE (or pipe one in: den load < FILE)",
            ));
        }
        return spool(store, stdin.lock(), "standard input".to_string());
    };
    let shown = format!("\"{}\"", path.display());
    let meta = std::fs::metadata(path).with_context(|| format!("reading {shown}"))?;
    if meta.is_dir() {
        return Ok(Box::new(DirSource::new(path)));
    }
    let file = File::open(path).with_context(|| format!("opening {shown}"))?;
    if meta.is_file() {
        let mut head = [0u8; 8];
        let n = file
            .read_at(&mut head, 0)
            .with_context(|| format!("reading {shown}"))?;
        let compression =
            Compression::detect(&head[..n]).with_context(|| format!("reading {shown}"))?;
        if compression == Compression::None {
            return Ok(Box::new(TarSource::index(file, shown)?));
        }
    }
    spool(store, file, shown)
}

fn spool(store: &Store, reader: impl Read, name: String) -> Result<Box<dyn Source>> {
    let (_, mut stream) = decompress(reader).with_context(|| format!("reading {name}"))?;
    let tmp = tempfile::tempfile_in(store.tmp_dir())
        .with_context(|| format!("creating a temp file in \"{}\"", store.tmp_dir().display()))?;
    let mut writer = BufWriter::with_capacity(1 << 20, tmp);
    io::copy(&mut stream, &mut writer).with_context(|| format!("reading {name}"))?;
    let tmp = writer
        .into_inner()
        .map_err(io::IntoInnerError::into_error)
        .context("writing a temp file")?;
    Ok(Box::new(TarSource::index(tmp, name)?))
}
