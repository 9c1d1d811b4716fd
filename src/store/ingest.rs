//! Ingesting blobs: streamed into `tmp/`, hashed on the way (and, for layers whose content
//! den needs to know, decompressed and hashed again for the diff id), checked against what
//! the archive claims, fsynced, and renamed under their digest.

use std::io::{BufWriter, Read, Write};

use anyhow::{Context, Result, bail};

use crate::image::compress::{Compression, HashingReader, TeeReader, decompress};
use crate::store::{Store, sync_dir};

/// What the archive says a blob is.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    pub digest: Option<String>,
    pub size: Option<u64>,
}

/// A stored blob.
#[derive(Debug, Clone)]
pub struct Ingested {
    pub digest: String,
    pub size: u64,
    pub compression: Compression,
    /// The diff id and uncompressed size, when asked for.
    pub diff_id: Option<(String, u64)>,
}

/// Streams `reader` into the store as a blob. `what` names it in errors.
pub fn ingest_blob(
    store: &Store,
    reader: impl Read,
    expect: &Expect,
    what: &str,
    want_diff_id: bool,
) -> Result<Ingested> {
    let tmp = tempfile::Builder::new()
        .prefix("blob-")
        .tempfile_in(store.tmp_dir())
        .with_context(|| format!("creating a temp file in \"{}\"", store.tmp_dir().display()))?;
    let writer = BufWriter::with_capacity(1 << 20, tmp.as_file());
    let mut tee = TeeReader::new(reader, writer);
    let mut diff_id = None;
    let mut compression = None;
    if want_diff_id {
        let (c, stream) = decompress(&mut tee).with_context(|| format!("reading {what}"))?;
        let hashing = HashingReader::new(stream);
        diff_id = Some(
            hashing
                .finish()
                .with_context(|| format!("decompressing {what}"))?,
        );
        compression = Some(c);
    }
    let (digest, size, mut writer) = tee.finish().with_context(|| format!("reading {what}"))?;
    writer
        .flush()
        .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
    drop(writer);
    if let Some(want) = expect.size
        && want != size
    {
        bail!("{what} is {size} bytes, the archive says {want}: it is truncated or corrupt");
    }
    if let Some(want) = &expect.digest
        && *want != digest
    {
        bail!("{what} has digest {digest}, the archive says {want}: it is corrupt");
    }
    let compression = if let Some(c) = compression {
        c
    } else {
        let mut head = [0u8; 8];
        let mut file = tmp.reopen().context("reopening a temp file")?;
        let n = file.read(&mut head).unwrap_or(0);
        Compression::detect(&head[..n]).with_context(|| format!("reading {what}"))?
    };
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
    let dest = store.blob_path(&digest);
    tmp.persist(&dest)
        .with_context(|| format!("renaming into \"{}\"", dest.display()))?;
    sync_dir(dest.parent().unwrap_or(store.root()))?;
    Ok(Ingested {
        digest,
        size,
        compression,
        diff_id,
    })
}
