//! den's store: blobs, images, unpacked layers, containers; locks and atomic writes.
//!
//! Layout under the root (default `~/.local/share/den`):
//!
//! ```text
//! lock                     flock(2) file: held around every read-modify-write of the index
//! images.json              the index (see `index`), replaced atomically
//! blobs/sha256/<hex>       manifests, configs and layer blobs exactly as received
//! layers/<hex>/diff/       an unpacked layer (hex of its diff id), an overlayfs lowerdir
//! layers/<hex>/layer.json  what unpacking found (diff id, uncompressed size)
//! tmp/                     staging on the same filesystem; stale entries are removed by the
//!                          next load/import/rmi
//! containers/            container records (see `records`)
//! volumes/NAME/            a volume: volume.json and _data/ (see `volumes`)
//! ```
//!
//! Crash safety: a blob appears under its digest only complete and fsynced (temp file +
//! rename); a layer appears under `layers/` only complete (unpacked in `tmp/`, one syncfs,
//! then one rename of its directory); the index is written last and refers only to what
//! exists. A den killed at any point leaves at worst unreferenced blobs and layers (reused by
//! the next load, removed by `rmi`) and stale `tmp/` entries.

use std::fs::{self, File};
use std::io::Write;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::fcntl::{Flock, FlockArg};

pub mod check;
pub mod commit;
pub mod container_cp;
pub mod container_fs;
pub mod container_tar;
pub mod containers;
pub mod import;
pub mod index;
pub mod ingest;
pub mod layers;
pub mod load;
pub mod manifest;
pub(crate) mod names;
pub mod networks;
pub mod pods;
pub mod prune;
pub mod records;
pub mod remove;
pub mod save;
pub mod secrets;
pub mod tag;
pub mod time;
pub mod volumes;

use crate::error::HintExt;
use index::{INDEX_VERSION, ImageRecord, Index};

/// Prefixes of the `tmp/` entries the store creates; only these are cleaned up.
pub(crate) const TMP_PREFIXES: &[&str] = &["blob-", "index-", "layer-", "rmi-", "volume-"];

/// den's store of images and layers.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

/// An image as the runtime needs it.
#[derive(Debug, Clone)]
pub struct Image {
    /// 64 hex: sha256 of the config.
    pub id: String,
    pub names: Vec<String>,
    pub config: oci_spec::image::ImageConfiguration,
    /// `sha256:<hex>`, bottom layer first.
    pub diff_ids: Vec<String>,
    pub created: Option<String>,
    /// Uncompressed size of the layers.
    pub size: u64,
}

/// The exclusive lock of the store, released on drop.
#[derive(Debug)]
pub struct StoreLock {
    _lock: Flock<File>,
}

fn create_private_dir(path: &Path) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
        .with_context(|| format!("creating \"{}\"", path.display()))
}

impl Store {
    /// Opens the store at `paths.store`, creating its directories (mode 0700).
    pub fn open(paths: &crate::config::Paths) -> Result<Store> {
        Store::open_at(&paths.store)
    }

    /// Opens the store at `root`.
    pub fn open_at(root: &Path) -> Result<Store> {
        let store = Store {
            root: root.to_path_buf(),
        };
        for dir in [
            store.root.clone(),
            store.root.join("blobs/sha256"),
            store.root.join("layers"),
            store.tmp_dir(),
            store.containers_dir(),
            store.volumes_dir(),
        ] {
            create_private_dir(&dir)?;
        }
        Ok(store)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `<root>/layers/<hex>/diff` for a diff id `sha256:<hex>`.
    pub fn layer_path(&self, diff_id: &str) -> PathBuf {
        self.layer_dir(diff_id).join("diff")
    }

    /// `<root>/layers/<hex>`.
    pub(crate) fn layer_dir(&self, diff_id: &str) -> PathBuf {
        let hex = diff_id.strip_prefix("sha256:").unwrap_or(diff_id);
        self.root.join("layers").join(hex)
    }

    pub(crate) fn layers_dir(&self) -> PathBuf {
        self.root.join("layers")
    }

    /// Whether the layer with this diff id is unpacked (its directory appears only complete).
    pub fn has_layer(&self, diff_id: &str) -> bool {
        self.layer_path(diff_id).is_dir()
    }

    pub fn containers_dir(&self) -> PathBuf {
        self.root.join("containers")
    }

    pub fn volumes_dir(&self) -> PathBuf {
        self.root.join("volumes")
    }

    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// `<root>/blobs/sha256/<hex>` for a digest `sha256:<hex>`.
    pub fn blob_path(&self, digest: &str) -> PathBuf {
        let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
        self.root.join("blobs/sha256").join(hex)
    }

    pub(crate) fn index_path(&self) -> PathBuf {
        self.root.join("images.json")
    }

    /// Takes the exclusive lock of the store, waiting (and saying so) while another den
    /// holds it.
    pub fn lock(&self) -> Result<StoreLock> {
        let path = self.root.join("lock");
        let file = open_lock_file(&path)?;
        let file = match Flock::lock(file, FlockArg::LockExclusiveNonblock) {
            Ok(lock) => return Ok(StoreLock { _lock: lock }),
            Err((file, nix::errno::Errno::EWOULDBLOCK)) => file,
            Err((_, e)) => {
                return Err(e).with_context(|| format!("locking \"{}\"", path.display()));
            }
        };
        eprintln!("waiting for another den to finish with the store...");
        match Flock::lock(file, FlockArg::LockExclusive) {
            Ok(lock) => Ok(StoreLock { _lock: lock }),
            Err((_, e)) => Err(e).with_context(|| format!("locking \"{}\"", path.display())),
        }
    }

    /// Reads the index; a missing index is an empty store.
    pub fn read_index(&self) -> Result<Index> {
        let path = self.index_path();
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Index {
                    version: INDEX_VERSION,
                    images: Vec::new(),
                });
            }
            Err(e) => return Err(e).with_context(|| format!("reading \"{}\"", path.display())),
        };
        let index: Index = serde_json::from_slice(&bytes)
            .with_context(|| {
                format!(
                    "the image index \"{}\" is broken (truncated or not den's JSON)",
                    path.display()
                )
            })
            .hint(index::REPAIR_HINT)?;
        if index.version != INDEX_VERSION {
            bail!(
                "the image index \"{}\" has version {}, this den knows {INDEX_VERSION}",
                path.display(),
                index.version
            );
        }
        Ok(index)
    }

    /// Replaces the index atomically. The lock must be held.
    pub fn write_index(&self, _lock: &StoreLock, index: &Index) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(index).context("encoding the image index")?;
        self.write_file_atomic(&self.index_path(), "index-", &bytes)
    }

    /// Writes `bytes` to `dest` through a temp file in `tmp/`: fsync, rename, fsync of the
    /// directory.
    pub(crate) fn write_file_atomic(&self, dest: &Path, prefix: &str, bytes: &[u8]) -> Result<()> {
        let mut tmp = tempfile::Builder::new()
            .prefix(prefix)
            .tempfile_in(self.tmp_dir())
            .with_context(|| format!("creating a temp file in \"{}\"", self.tmp_dir().display()))?;
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
        tmp.persist(dest)
            .with_context(|| format!("renaming into \"{}\"", dest.display()))?;
        sync_dir(dest.parent().unwrap_or(Path::new(".")))
    }

    /// Replaces `dest` atomically (temp file + rename) without fsync: for files a crash may
    /// lose, because what reads them checks them against the machine anyway.
    pub(crate) fn write_file_replace(&self, dest: &Path, prefix: &str, bytes: &[u8]) -> Result<()> {
        let mut tmp = tempfile::Builder::new()
            .prefix(prefix)
            .tempfile_in(self.tmp_dir())
            .with_context(|| format!("creating a temp file in \"{}\"", self.tmp_dir().display()))?;
        tmp.write_all(bytes)
            .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
        tmp.persist(dest)
            .with_context(|| format!("renaming into \"{}\"", dest.display()))?;
        Ok(())
    }

    /// Stores a small blob (manifest, config) under its digest and returns the digest.
    pub fn put_blob_bytes(&self, bytes: &[u8]) -> Result<String> {
        let digest = crate::image::compress::sha256_digest(bytes);
        let dest = self.blob_path(&digest);
        if !dest.exists() {
            self.write_file_atomic(&dest, "blob-", bytes)?;
        }
        Ok(digest)
    }

    /// The image `reference` names (see `index::resolve` for the rules).
    pub fn find_image(&self, reference: &str) -> Result<Image> {
        let index = self.read_index()?;
        let resolved = index::resolve(&index.images, reference)?;
        self.image_from_record(&index.images[resolved.index])
    }

    /// Every image of the store.
    pub fn images(&self) -> Result<Vec<ImageRecord>> {
        Ok(self.read_index()?.images)
    }

    /// Reads an image's config and builds the runtime's view of it.
    pub fn image_from_record(&self, record: &ImageRecord) -> Result<Image> {
        let path = self.blob_path(&record.config);
        let bytes = fs::read(&path)
            .with_context(|| format!("reading the config of image {}", record.id))?;
        let config: oci_spec::image::ImageConfiguration = serde_json::from_slice(&bytes)
            .with_context(|| format!("parsing the config of image {}", record.id))?;
        Ok(Image {
            id: record.id.clone(),
            names: record.names.clone(),
            config,
            diff_ids: record.diff_ids(),
            created: record.created.clone(),
            size: record.size,
        })
    }

    /// Image ids used by containers (their records' `image_id`), with the container ids
    /// using each.
    pub fn containers_by_image(&self) -> Vec<(String, String)> {
        records::all_ids(self)
            .into_iter()
            .filter_map(|id| {
                let image = records::read(self, &id).ok()?.image_id?;
                let image = image.strip_prefix("sha256:").unwrap_or(&image).to_string();
                Some((image, id))
            })
            .collect()
    }
}

/// Opens (creating it) a file that is only ever flock'ed: the store's lock and each
/// container's.
pub(crate) fn open_lock_file(path: &Path) -> Result<File> {
    fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .with_context(|| format!("opening \"{}\"", path.display()))
}

/// fsyncs a directory, making renames in it durable.
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("syncing \"{}\"", dir.display()))
}

/// One of `items` by full id or name, else by a unique id prefix (pods' and networks' rule);
/// `None` when nothing matches, podman-style error when the prefix is ambiguous. `what`
/// names the kind ("pod", "network").
pub fn find_by_id_or_name<'a, T>(
    items: &'a [T],
    name_or_id: &str,
    id_and_name: impl Fn(&T) -> (&str, &str),
    what: &str,
) -> Result<Option<&'a T>> {
    if let Some(found) = items.iter().find(|i| {
        let (id, name) = id_and_name(i);
        id == name_or_id || name == name_or_id
    }) {
        return Ok(Some(found));
    }
    if name_or_id.is_empty() {
        return Ok(None);
    }
    let matches: Vec<&T> = items
        .iter()
        .filter(|i| id_and_name(i).0.starts_with(name_or_id))
        .collect();
    match matches.as_slice() {
        [one] => Ok(Some(*one)),
        [] => Ok(None),
        many => Err(crate::error::hinted(
            format!(
                "more than one {what} matches \"{name_or_id}\" ({} of them)",
                many.len()
            ),
            "give more characters of the id, or the name",
        )),
    }
}
