//! `den save`: images to a docker-archive (podman's default), an OCI archive, or an OCI
//! layout directory; to `-o FILE` or to standard output when it is not a terminal.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{SaveArgs, SaveFormat};
use crate::config::Ctx;
use crate::error::hinted;
use crate::store::Store;
use crate::store::save::{self, save_archive, save_oci_dir};

pub fn run(ctx: &Ctx, args: &SaveArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let format = match args.format {
        SaveFormat::DockerArchive => save::SaveFormat::DockerArchive,
        SaveFormat::OciArchive => save::SaveFormat::OciArchive,
        SaveFormat::OciDir => save::SaveFormat::OciDir,
    };
    match (&args.output, format) {
        (Some(dir), save::SaveFormat::OciDir) => save_oci_dir(&store, &args.images, dir)?,
        (None, save::SaveFormat::OciDir) => {
            return Err(hinted(
                "--format oci-dir writes a directory: it needs -o",
                "name the directory: den save --format oci-dir -o DIR IMAGE",
            ));
        }
        (Some(path), _) => save_to_file(&store, &args.images, format, path)?,
        (None, _) => {
            let stdout = io::stdout();
            if stdout.is_terminal() {
                return Err(hinted(
                    "refusing to write an image archive to a terminal",
                    "use -o FILE, or redirect the output: den save IMAGE > FILE",
                ));
            }
            let out = BufWriter::with_capacity(1 << 20, crate::output::stdout());
            let mut out = save_archive(&store, &args.images, format, out)?;
            out.flush().context("writing to standard output")?;
        }
    }
    let path = args
        .output
        .as_ref()
        .map_or_else(String::new, |p| p.display().to_string());
    for image in &args.images {
        let id = store.find_image(image).map(|i| i.id).unwrap_or_default();
        crate::events::image(crate::events::Status::Save, &id, &path);
    }
    Ok(0)
}

/// Writes the archive to a temp file next to `path` and renames it into place, so that
/// `path` is never left half-written. An existing file is replaced, as `docker save` does
/// (podman refuses to overwrite a docker-archive).
fn save_to_file(
    store: &Store,
    images: &[String],
    format: save::SaveFormat,
    path: &Path,
) -> Result<()> {
    let shown = path.display();
    // A device or a pipe (/dev/null, /dev/stdout, a fifo) is written as it is.
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
        && !meta.is_dir()
    {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .with_context(|| format!("opening \"{shown}\""))?;
        let out = BufWriter::with_capacity(1 << 20, file);
        let mut out = save_archive(store, images, format, out)?;
        out.flush()
            .with_context(|| format!("writing \"{shown}\""))?;
        return Ok(());
    }
    if path.is_dir() {
        return Err(hinted(
            format!("\"{shown}\" is a directory"),
            "give a file name with -o, or use --format oci-dir for a directory",
        ));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".den-save-")
        .tempfile_in(dir)
        .with_context(|| format!("creating a temp file in \"{}\"", dir.display()))?;
    let out = BufWriter::with_capacity(1 << 20, tmp.as_file());
    let mut out = save_archive(store, images, format, out)
        .with_context(|| format!("saving to \"{shown}\""))?;
    out.flush()
        .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
    drop(out);
    save::set_umask_mode(tmp.as_file())?;
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
    tmp.persist(path)
        .with_context(|| format!("renaming into \"{shown}\""))?;
    Ok(())
}
