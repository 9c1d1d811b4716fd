//! Unpacked layers: unpacking blobs into `layers/<hex>/diff` inside den's user namespace (so
//! files get their image owners), removing layer trees (also inside it: they belong to
//! subordinate ids), and cleaning what a killed den left in `tmp/`.

use std::fs::{self, File};
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::error::HintExt;
use crate::image::compress::decompress;
use crate::image::unpack::{OwnerPolicy, UnpackError, unpack_layer};
use crate::runtime::idmap::IdMapping;
use crate::runtime::userns::run_in_store_ns;
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
    let hex = job.diff_id.strip_prefix("sha256:").unwrap_or(&job.diff_id);
    let staging = tempfile::Builder::new()
        .prefix(&format!("layer-{}-", &hex[..hex.len().min(12)]))
        .tempdir_in(store.tmp_dir())
        .with_context(|| format!("creating a directory in \"{}\"", store.tmp_dir().display()))?;
    let diff = staging.path().join("diff");
    fs::create_dir(&diff).with_context(|| format!("creating \"{}\"", diff.display()))?;
    let blob =
        File::open(&job.blob).with_context(|| format!("opening \"{}\"", job.blob.display()))?;
    let result = decompress(blob)
        .map_err(UnpackError::Read)
        .and_then(|(_, stream)| unpack_layer(stream, &diff, policy));
    let unpacked = match result {
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
            let err = Err::<(), _>(e).with_context(|| format!("unpacking {}", job.label));
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
    let dir = File::open(staging.path()).context("opening the staging directory")?;
    crate::sys::syncfs(dir.as_fd()).context("syncing the unpacked layer")?;
    let dest = store.layer_dir(&job.diff_id);
    let staging = staging.keep();
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
