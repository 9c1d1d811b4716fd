//! Unpacked layers: unpacking blobs into `layers/<hex>/diff` inside den's user namespace (so
//! files get their image owners), removing layer trees (also inside it: they belong to
//! subordinate ids), and cleaning what a killed den left in `tmp/`.

use std::fs::{self, File};
use std::io::Read;
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::error::{HintExt, hinted};
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::image::unpack::{OwnerPolicy, UnpackError, unpack_layer};
use crate::plan::RootfsSource;
use crate::store::index::REPAIR_HINT;
use crate::store::{Store, TMP_PREFIXES, sync_dir};

/// A layer to unpack.
#[derive(Debug, Clone)]
pub struct LayerJob {
    /// The stored blob.
    pub blob: PathBuf,
    /// `sha256:<hex>`: what the uncompressed stream must hash to.
    pub diff_id: String,
    /// What to call it in messages (the archive and layer).
    pub label: String,
}

/// `layers/<hex>/layer.json`: what unpacking found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerInfo {
    pub diff_id: String,
    /// Bytes of the uncompressed tar.
    pub size: u64,
    pub entries: u64,
}

/// The owner policy for unpacking with `mapping`, inside its namespace.
pub fn policy_for(mapping: &IdMapping) -> OwnerPolicy {
    if mapping.one_id {
        OwnerPolicy::Record
    } else {
        OwnerPolicy::Chown {
            max_uid: mapping.max_uid(),
            max_gid: mapping.max_gid(),
        }
    }
}

/// Unpacks the layers that are not there yet, all in one trip into the user namespace.
pub fn unpack_layers(store: &Store, mapping: &IdMapping, jobs: Vec<LayerJob>) -> Result<()> {
    let mut jobs = jobs;
    jobs.retain(|j| !store.has_layer(&j.diff_id));
    jobs.dedup_by(|a, b| a.diff_id == b.diff_id);
    if jobs.is_empty() {
        return Ok(());
    }
    let policy = policy_for(mapping);
    let store = store.clone();
    run_in_store_ns(mapping, move || {
        for job in &jobs {
            unpack_one(&store, job, policy)?;
        }
        Ok(())
    })
}

/// Unpacks one layer into `tmp/layer-*`, checks its diff id, syncs the filesystem once, and
/// renames the directory into `layers/`. Another den may have done the same meanwhile: then
/// its copy stays and ours goes.
pub fn unpack_one(store: &Store, job: &LayerJob, policy: OwnerPolicy) -> Result<()> {
    let staged = stage_from_blob(store, job, policy)?;
    sync_staged(&staged)?;
    commit_staged(store, staged)
}

/// A layer unpacked into `tmp/`, its diff id checked, not yet in `layers/`. Dropping it
/// removes the tree (inside the namespace, where its files can be removed).
#[derive(Debug)]
pub struct Staged {
    dir: tempfile::TempDir,
    diff_id: String,
}

/// Unpacks the stored blob of `job` into `tmp/`.
pub fn stage_from_blob(store: &Store, job: &LayerJob, policy: OwnerPolicy) -> Result<Staged> {
    let blob =
        File::open(&job.blob).with_context(|| format!("opening \"{}\"", job.blob.display()))?;
    stage_layer(store, blob, job, policy)
}

/// Unpacks the (compressed or not) layer `blob` into `tmp/layer-*`, checks its diff id and
/// writes `layer.json`.
pub fn stage_layer(
    store: &Store,
    blob: impl Read + Send,
    job: &LayerJob,
    policy: OwnerPolicy,
) -> Result<Staged> {
    let hex = job.diff_id.strip_prefix("sha256:").unwrap_or(&job.diff_id);
    let staging = tempfile::Builder::new()
        .prefix(&format!("layer-{}-", &hex[..hex.len().min(12)]))
        .tempdir_in(store.tmp_dir())
        .with_context(|| format!("creating a directory in \"{}\"", store.tmp_dir().display()))?;
    let diff = staging.path().join("diff");
    fs::create_dir(&diff).with_context(|| format!("creating \"{}\"", diff.display()))?;
    let unpacked = match unpack_layer(blob, &diff, policy) {
        Ok(u) => u,
        Err(e) => {
            let hint = match &e {
                UnpackError::Owner { id, .. } => Some(format!(
                    "the image needs container ids up to {id}: make the first range of your user \
                     in /etc/subuid and /etc/subgid at least {id} ids long (e.g. USER:100000:{})",
                    (id + 1).max(65536)
                )),
                _ => None,
            };
            let err = Err::<Staged, _>(e).with_context(|| format!("unpacking {}", job.label));
            // TempDir's drop removes the partial tree (we are root of the namespace).
            return match hint {
                Some(h) => err.hint(h),
                None => err,
            };
        }
    };
    if unpacked.diff_id != job.diff_id {
        bail!(
            "{} has diff id {}, its image config says {}: it is corrupt",
            job.label,
            unpacked.diff_id,
            job.diff_id
        );
    }
    let info = LayerInfo {
        diff_id: job.diff_id.clone(),
        size: unpacked.size,
        entries: unpacked.entries,
    };
    fs::write(
        staging.path().join("layer.json"),
        serde_json::to_vec(&info).context("encoding layer.json")?,
    )
    .context("writing layer.json")?;
    Ok(Staged {
        dir: staging,
        diff_id: job.diff_id.clone(),
    })
}

/// Syncs the filesystem a staged layer is on (once covers every layer staged there).
pub fn sync_staged(staged: &Staged) -> Result<()> {
    let dir = File::open(staged.dir.path()).context("opening the staging directory")?;
    crate::sys::syncfs(dir.as_fd()).context("syncing the unpacked layer")
}

/// Renames a staged (and synced) layer into `layers/`. Another den may have done the same
/// meanwhile: then its copy stays and ours goes.
pub fn commit_staged(store: &Store, staged: Staged) -> Result<()> {
    let dest = store.layer_dir(&staged.diff_id);
    let staging = staged.dir.keep();
    match fs::rename(&staging, &dest) {
        Ok(()) => sync_dir(&store.layers_dir()),
        Err(e)
            if e.raw_os_error() == Some(libc::ENOTEMPTY)
                || e.raw_os_error() == Some(libc::EEXIST) =>
        {
            let _ = fs::remove_dir_all(&staging);
            Ok(())
        }
        Err(e) => Err(e).with_context(|| format!("renaming into \"{}\"", dest.display())),
    }
}

/// A layer for `unpack_streamed`: its bytes come through `pipe` while they download, or,
/// without one, from its stored blob.
#[derive(Debug)]
pub struct StreamJob {
    pub job: LayerJob,
    pub pipe: Option<File>,
}

/// The byte the parent writes to the verdict pipe when every blob arrived and was verified
/// and the image checked out: only then are the staged layers renamed into `layers/`.
pub const COMMIT: u8 = b'c';

/// Runs inside the namespace: unpacks every layer at once (a thread each), those with a pipe
/// from the bytes as they download. Then waits for the parent's verdict: `COMMIT` renames
/// them all into `layers/`; anything else (the pipe closed without it: a download failed)
/// removes them. A layer whose stream broke off (the parent retried its download) is
/// unpacked again from its blob, which the parent has verified by then.
pub fn unpack_streamed(
    store: &Store,
    policy: OwnerPolicy,
    jobs: Vec<StreamJob>,
    mut verdict: File,
) -> Result<()> {
    let (results, answer) = std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .into_iter()
            .map(|StreamJob { job, pipe }| {
                s.spawn(move || {
                    let result = match pipe {
                        Some(mut pipe) => {
                            tracing::debug!("unpacking layer {} while it downloads", job.diff_id);
                            let r = stage_layer(store, &mut pipe, &job, policy);
                            // What the unpacker left unread (the compressed stream's end):
                            // read it so that the parent's writes do not fail.
                            let _ = std::io::copy(&mut pipe, &mut std::io::sink());
                            r.map_err(|e| (true, e))
                        }
                        None => stage_from_blob(store, &job, policy).map_err(|e| (false, e)),
                    };
                    (job, result)
                })
            })
            .collect();
        let mut answer = Vec::new();
        let read = verdict.read_to_end(&mut answer);
        let results: Vec<_> = handles
            .into_iter()
            .map(std::thread::ScopedJoinHandle::join)
            .collect();
        (results, read.map(|_| answer))
    });
    let committed = matches!(answer.as_deref(), Ok([COMMIT]));
    let mut staged = Vec::new();
    for result in results {
        let Ok((job, result)) = result else {
            bail!("a thread unpacking a layer panicked");
        };
        match result {
            Ok(s) => staged.push(s),
            Err(_) if !committed => {}
            // The stream broke off, or the parent retried: the blob is stored and verified now.
            Err((true, e)) => {
                tracing::debug!("{}: {e:#}: unpacking it again from its blob", job.label);
                staged.push(stage_from_blob(store, &job, policy)?);
            }
            Err((false, e)) => return Err(e),
        }
    }
    if !committed {
        bail!("the download of the image's layers failed: nothing was stored");
    }
    if let Some(first) = staged.first() {
        sync_staged(first)?;
    }
    for s in staged {
        commit_staged(store, s)?;
    }
    Ok(())
}

/// What `layers/<hex>/layer.json` says, if it can be read.
pub fn layer_info(store: &Store, diff_id: &str) -> Option<LayerInfo> {
    let bytes = fs::read(store.layer_dir(diff_id).join("layer.json")).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Removes directory trees owned by subordinate ids, inside the user namespace.
pub fn remove_trees(mapping: &IdMapping, paths: Vec<PathBuf>) -> Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    run_in_store_ns(mapping, move || {
        for path in &paths {
            match fs::remove_dir_all(path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(e).with_context(|| format!("removing \"{}\"", path.display()));
                }
            }
        }
        Ok(())
    })
}

/// Removes what earlier dens left in `tmp/` (killed in the middle of a write). Call with the
/// store lock held: every den creates its staging entries under it.
pub fn clean_tmp(store: &Store, mapping: &IdMapping) -> Result<()> {
    let tmp = store.tmp_dir();
    let entries = fs::read_dir(&tmp).with_context(|| format!("reading \"{}\"", tmp.display()))?;
    let mut dirs = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !TMP_PREFIXES.iter().any(|p| name.starts_with(p)) {
            continue;
        }
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            dirs.push(path);
        } else {
            let _ = fs::remove_file(&path);
        }
    }
    if !dirs.is_empty() {
        tracing::info!("removing {} stale staging directories", dirs.len());
    }
    remove_trees(mapping, dirs)
}

/// Moves a layer out of `layers/` into `tmp/` (one atomic rename), so that it is gone at once
/// even if removing its files is interrupted. Returns where it went.
pub fn detach_layer(store: &Store, dir: &Path) -> Result<Option<PathBuf>> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dest = store
        .tmp_dir()
        .join(format!("rmi-{name}-{}", std::process::id()));
    match fs::rename(dir, &dest) {
        Ok(()) => Ok(Some(dest)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("moving \"{}\" aside", dir.display())),
    }
}

/// Fails, naming the first missing one, when a layer directory a container's root filesystem
/// needs is not in the store (removed by hand, a damaged store): mounting would otherwise fail
/// with a bare ENOENT, or a copy lack the layer's files ("executable file not found").
pub fn check_layer_dirs(source: &RootfsSource, image: &str) -> Result<()> {
    let RootfsSource::Layers { lower, .. } = source else {
        return Ok(());
    };
    match lower.iter().find(|dir| !dir.is_dir()) {
        None => Ok(()),
        Some(dir) => {
            let hex = dir
                .parent()
                .and_then(Path::file_name)
                .map(|h| h.to_string_lossy().into_owned())
                .unwrap_or_default();
            Err(hinted(
                format!(
                    "layer sha256:{hex} of image \"{image}\" is missing from the store: \"{}\" \
                     does not exist",
                    dir.display()
                ),
                REPAIR_HINT,
            ))
        }
    }
}
