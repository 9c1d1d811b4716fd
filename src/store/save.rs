//! Saving images out of the store (`den save`): a docker-archive (the format of `docker save`
//! and `podman save`: manifest.json, `<config hex>.json`, one uncompressed `<diff id hex>.tar`
//! per layer), an OCI archive or an OCI layout directory (index.json, oci-layout,
//! blobs/sha256/ with the manifest, config and layer blobs exactly as the store keeps them).
//!
//! Every blob an image needs is opened under the store lock and read after it is released:
//! an `rmi` running meanwhile cannot pull a blob away from under a save (an unlinked file
//! stays readable through its open descriptor), and the save does not block other dens.
//! docker-archive layers are decompressed while they are written, and their length and
//! digest checked against the diff id, so a damaged blob fails the save instead of producing
//! an archive that `load` would refuse.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::error::hinted;
use crate::image::archive::{MEDIA_OCI_INDEX, MEDIA_OCI_MANIFEST};
use crate::image::compress::decompress;
use crate::store::index::{ImageRecord, resolve};
use crate::store::layers::layer_info;
use crate::store::{Store, sync_dir};

/// The archive formats `den save` writes (podman's `--format` names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFormat {
    DockerArchive,
    OciArchive,
    OciDir,
}

/// The annotation an OCI index entry names its image with.
const REF_NAME: &str = "org.opencontainers.image.ref.name";

/// A blob opened under the lock.
struct OpenBlob {
    digest: String,
    file: File,
    size: u64,
}

/// An image to save, with its blobs open.
struct SaveImage {
    record: ImageRecord,
    /// The name to record in the archive: the one the user named the image by; none when
    /// the image was given by id (as podman and docker).
    name: Option<String>,
    manifest: OpenBlob,
    config: OpenBlob,
    layers: Vec<OpenBlob>,
}

const MISSING_HINT: &str = "load the image again (den load -i FILE), then save it";

fn open_blob(store: &Store, digest: &str, image: &ImageRecord) -> Result<OpenBlob> {
    let path = store.blob_path(digest);
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(hinted(
                format!(
                    "blob {digest} of image {} is missing from the store",
                    &image.id[..12]
                ),
                MISSING_HINT,
            ));
        }
        Err(e) => return Err(e).with_context(|| format!("opening \"{}\"", path.display())),
    };
    let size = file
        .metadata()
        .with_context(|| format!("reading \"{}\"", path.display()))?
        .len();
    Ok(OpenBlob {
        digest: digest.to_string(),
        file,
        size,
    })
}

/// Finds the images `queries` name and opens their blobs, under the store lock.
fn open_images(store: &Store, queries: &[String]) -> Result<Vec<SaveImage>> {
    let _lock = store.lock()?;
    let index = store.read_index()?;
    let mut out: Vec<SaveImage> = Vec::new();
    for query in queries {
        let resolved = resolve(&index.images, query)?;
        let record = index.images[resolved.index].clone();
        if out
            .iter()
            .any(|i| i.record.id == record.id && i.name == resolved.name)
        {
            continue;
        }
        let manifest = open_blob(store, &record.manifest, &record)?;
        let config = open_blob(store, &record.config, &record)?;
        let layers = record
            .layers
            .iter()
            .map(|l| open_blob(store, &l.digest, &record))
            .collect::<Result<Vec<_>>>()?;
        out.push(SaveImage {
            record,
            name: resolved.name,
            manifest,
            config,
            layers,
        });
    }
    Ok(out)
}

/// Where archive members go: a tar stream, or a directory.
trait Sink {
    /// Writes the member `path` of `size` bytes read from `data`, unless already written.
    fn put(&mut self, path: &str, size: u64, data: &mut dyn Read) -> Result<()>;
}

/// Members of a tar stream: regular files, mode 0644, owned by 0:0, time 0 (as podman,
/// so that saving the same image twice gives the same bytes).
struct TarSink<W: Write> {
    builder: tar::Builder<W>,
    written: HashSet<String>,
}

impl<W: Write> TarSink<W> {
    fn new(out: W) -> Self {
        TarSink {
            builder: tar::Builder::new(out),
            written: HashSet::new(),
        }
    }

    fn finish(self) -> Result<W> {
        self.builder
            .into_inner()
            .context("writing the end of the archive")
    }
}

impl<W: Write> Sink for TarSink<W> {
    fn put(&mut self, path: &str, size: u64, data: &mut dyn Read) -> Result<()> {
        if !self.written.insert(path.to_string()) {
            return Ok(());
        }
        let mut header = tar::Header::new_ustar();
        header.set_entry_type(tar::EntryType::Regular);
        header.set_size(size);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_uid(0);
        header.set_gid(0);
        self.builder
            .append_data(&mut header, path, data)
            .with_context(|| format!("writing \"{path}\" into the archive"))
    }
}

/// Files of an OCI layout directory, each written to a temp file and renamed into place.
struct DirSink {
    root: PathBuf,
}

impl Sink for DirSink {
    fn put(&mut self, path: &str, size: u64, data: &mut dyn Read) -> Result<()> {
        let dest = self.root.join(path);
        // Blobs are content-addressed: one already there is the same blob.
        if path.starts_with("blobs/") && dest.metadata().is_ok_and(|m| m.len() == size) {
            return Ok(());
        }
        let dir = dest.parent().unwrap_or(&self.root);
        fs::create_dir_all(dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".den-save-")
            .tempfile_in(dir)
            .with_context(|| format!("creating a temp file in \"{}\"", dir.display()))?;
        let n =
            io::copy(data, &mut tmp).with_context(|| format!("writing \"{}\"", dest.display()))?;
        if n != size {
            bail!("\"{path}\" came out {n} bytes, expected {size}");
        }
        set_umask_mode(tmp.as_file())?;
        tmp.as_file()
            .sync_all()
            .with_context(|| format!("writing \"{}\"", dest.display()))?;
        tmp.persist(&dest)
            .with_context(|| format!("renaming into \"{}\"", dest.display()))?;
        Ok(())
    }
}

/// Gives a file created by tempfile (mode 0600) the mode a plain create would have given it:
/// 0666 minus the umask, as podman's output files get.
pub fn set_umask_mode(file: &File) -> Result<()> {
    use nix::sys::stat::{Mode, umask};
    use std::os::unix::fs::PermissionsExt;
    let mask = umask(Mode::from_bits_truncate(0o022));
    umask(mask);
    let mode = 0o666 & !mask.bits();
    file.set_permissions(fs::Permissions::from_mode(mode))
        .context("setting the mode of the output file")
}

/// Reads a layer blob decompressed, failing when the stream is not exactly `size` bytes
/// hashing to `diff_id`.
struct VerifyingReader<R> {
    inner: R,
    hasher: Sha256,
    left: u64,
    diff_id: String,
    what: String,
}

impl<R: Read> Read for VerifyingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let bad = |msg: String| io::Error::new(io::ErrorKind::InvalidData, msg);
        if self.left == 0 {
            let mut extra = [0u8; 1];
            if self.inner.read(&mut extra)? != 0 {
                return Err(bad(format!(
                    "{} is longer than its recorded size: the stored blob is damaged",
                    self.what
                )));
            }
            let digest = format!("sha256:{}", hex::encode(self.hasher.clone().finalize()));
            if digest != self.diff_id {
                return Err(bad(format!(
                    "{} has diff id {digest}, expected {}: the stored blob is damaged",
                    self.what, self.diff_id
                )));
            }
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n == 0 {
            return Err(bad(format!(
                "{} ends {} bytes early: the stored blob is damaged",
                self.what, self.left
            )));
        }
        self.hasher.update(&buf[..n]);
        self.left -= n as u64;
        Ok(n)
    }
}

/// The uncompressed size of a layer: recorded in the index, else in the unpacked layer's
/// layer.json, else counted by decompressing the blob once.
fn uncompressed_size(store: &Store, image: &SaveImage, i: usize) -> Result<u64> {
    let layer = &image.record.layers[i];
    if layer.unpacked_size > 0 {
        return Ok(layer.unpacked_size);
    }
    if let Some(info) = layer_info(store, &layer.diff_id) {
        return Ok(info.size);
    }
    let file = image.layers[i]
        .file
        .try_clone()
        .context("reopening a blob")?;
    let (_, mut stream) = decompress(PositionedReader::new(file))
        .with_context(|| format!("reading blob {}", layer.digest))?;
    io::copy(&mut stream, &mut io::sink()).with_context(|| format!("reading blob {}", layer.digest))
}

/// Reads a file from the start with pread(2), so that clones of one descriptor (shared
/// offsets) can be read more than once.
struct PositionedReader {
    file: File,
    pos: u64,
}

impl PositionedReader {
    fn new(file: File) -> Self {
        PositionedReader { file, pos: 0 }
    }
}

impl Read for PositionedReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use std::os::unix::fs::FileExt;
        let n = self.file.read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

fn blob_reader(blob: &OpenBlob) -> Result<PositionedReader> {
    Ok(PositionedReader::new(
        blob.file.try_clone().context("reopening a blob")?,
    ))
}

fn hex_of(digest: &str) -> &str {
    digest.strip_prefix("sha256:").unwrap_or(digest)
}

/// Writes a docker-archive of `images` to `sink`.
fn write_docker_archive(store: &Store, images: &[SaveImage], sink: &mut dyn Sink) -> Result<()> {
    let mut entries: Vec<Value> = Vec::new();
    for image in images {
        let config_path = format!("{}.json", hex_of(&image.config.digest));
        sink.put(
            &config_path,
            image.config.size,
            &mut blob_reader(&image.config)?,
        )?;
        let mut layer_paths = Vec::new();
        for (i, layer) in image.record.layers.iter().enumerate() {
            let path = format!("{}.tar", hex_of(&layer.diff_id));
            let size = uncompressed_size(store, image, i)?;
            let what = format!(
                "layer {} of image {}",
                layer.diff_id,
                &image.record.id[..12]
            );
            let (_, stream) = decompress(blob_reader(&image.layers[i])?)
                .with_context(|| format!("reading {what}"))?;
            let mut verifying = VerifyingReader {
                inner: stream,
                hasher: Sha256::new(),
                left: size,
                diff_id: layer.diff_id.clone(),
                what,
            };
            sink.put(&path, size, &mut verifying)?;
            layer_paths.push(path);
        }
        // Several names of one image share an entry, as docker writes them.
        if let Some(entry) = entries
            .iter_mut()
            .find(|e| e["Config"].as_str() == Some(config_path.as_str()))
        {
            if let Some(name) = &image.name {
                let tags = entry["RepoTags"].as_array_mut();
                match tags {
                    Some(tags) => tags.push(json!(name)),
                    None => entry["RepoTags"] = json!([name]),
                }
            }
            continue;
        }
        entries.push(json!({
            "Config": config_path,
            "RepoTags": image.name.as_ref().map(|n| vec![n.clone()]),
            "Layers": layer_paths,
        }));
    }
    let manifest = serde_json::to_vec(&entries).context("encoding manifest.json")?;
    sink.put("manifest.json", manifest.len() as u64, &mut &manifest[..])
}

/// Writes the blobs of `images` and returns their index.json entries.
fn write_oci_blobs(images: &[SaveImage], sink: &mut dyn Sink) -> Result<Vec<Value>> {
    let mut entries = Vec::new();
    for image in images {
        for blob in std::iter::once(&image.config)
            .chain(&image.layers)
            .chain(std::iter::once(&image.manifest))
        {
            let path = format!("blobs/sha256/{}", hex_of(&blob.digest));
            sink.put(&path, blob.size, &mut blob_reader(blob)?)?;
        }
        let media_type = if image.record.manifest_media_type.is_empty() {
            MEDIA_OCI_MANIFEST
        } else {
            &image.record.manifest_media_type
        };
        let mut entry = json!({
            "mediaType": media_type,
            "digest": image.manifest.digest,
            "size": image.manifest.size,
        });
        if let Some(name) = &image.name {
            entry["annotations"] = json!({ REF_NAME: name });
        }
        entries.push(entry);
    }
    Ok(entries)
}

fn layout_files(entries: &[Value]) -> Result<(Vec<u8>, Vec<u8>)> {
    let index = json!({
        "schemaVersion": 2,
        "mediaType": MEDIA_OCI_INDEX,
        "manifests": entries,
    });
    Ok((
        serde_json::to_vec(&index).context("encoding index.json")?,
        br#"{"imageLayoutVersion":"1.0.0"}"#.to_vec(),
    ))
}

/// Saves the images `queries` name as an archive (docker-archive or oci-archive) written to
/// `out`, and returns `out`.
pub fn save_archive<W: Write>(
    store: &Store,
    queries: &[String],
    format: SaveFormat,
    out: W,
) -> Result<W> {
    let images = open_images(store, queries)?;
    let mut sink = TarSink::new(out);
    match format {
        SaveFormat::DockerArchive => write_docker_archive(store, &images, &mut sink)?,
        SaveFormat::OciArchive => {
            let entries = write_oci_blobs(&images, &mut sink)?;
            let (index, layout) = layout_files(&entries)?;
            sink.put("oci-layout", layout.len() as u64, &mut &layout[..])?;
            sink.put("index.json", index.len() as u64, &mut &index[..])?;
        }
        SaveFormat::OciDir => bail!("an OCI layout directory is not an archive"),
    }
    sink.finish()
}

/// Saves the images `queries` name into the OCI layout directory `dir`: created when
/// missing; an existing layout keeps its other images (an entry with the same name is
/// replaced). index.json is written last, so an interrupted save leaves the layout as it was
/// plus unreferenced blobs.
pub fn save_oci_dir(store: &Store, queries: &[String], dir: &Path) -> Result<()> {
    let shown = dir.display();
    let existing_index = dir.join("index.json");
    let mut kept: Vec<Value> = Vec::new();
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if existing_index.is_file() {
                let bytes = fs::read(&existing_index)
                    .with_context(|| format!("reading \"{}\"", existing_index.display()))?;
                let index: Value = serde_json::from_slice(&bytes)
                    .with_context(|| format!("\"{}\" does not parse", existing_index.display()))?;
                kept = index["manifests"].as_array().cloned().unwrap_or_default();
            } else if entries.next().is_some() {
                return Err(hinted(
                    format!("\"{shown}\" exists and is not an OCI layout"),
                    "give a new or empty directory with -o",
                ));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).with_context(|| format!("creating \"{shown}\""))?;
        }
        Err(e) => return Err(e).with_context(|| format!("reading \"{shown}\"")),
    }
    let images = open_images(store, queries)?;
    let mut sink = DirSink {
        root: dir.to_path_buf(),
    };
    let entries = write_oci_blobs(&images, &mut sink)?;
    let new_names: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["annotations"][REF_NAME].as_str())
        .collect();
    kept.retain(|e| {
        e["annotations"][REF_NAME]
            .as_str()
            .is_none_or(|n| !new_names.contains(&n))
    });
    kept.extend(entries);
    let (index, layout) = layout_files(&kept)?;
    sink.put("oci-layout", layout.len() as u64, &mut &layout[..])?;
    sink.put("index.json", index.len() as u64, &mut &index[..])?;
    sync_dir(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifying_reader_checks_length_and_digest() {
        let data = b"hello world".to_vec();
        let digest = crate::image::compress::sha256_digest(&data);
        let read = |bytes: &[u8], size: u64| {
            let mut r = VerifyingReader {
                inner: bytes,
                hasher: Sha256::new(),
                left: size,
                diff_id: digest.clone(),
                what: "layer x".into(),
            };
            let mut out = Vec::new();
            r.read_to_end(&mut out).map(|_| out)
        };
        assert_eq!(read(&data, 11).unwrap(), data);
        let short = read(&data[..5], 11).unwrap_err().to_string();
        assert!(short.contains("6 bytes early"), "{short}");
        let long = read(&data, 5).unwrap_err().to_string();
        assert!(long.contains("longer"), "{long}");
        let other = read(b"hello WORLD", 11).unwrap_err().to_string();
        assert!(
            other.contains("damaged") && other.contains("diff id"),
            "{other}"
        );
    }

    #[test]
    fn oci_index_lists_entries() {
        let (index, layout) = layout_files(&[json!({"digest": "sha256:00"})]).unwrap();
        let index: Value = serde_json::from_slice(&index).unwrap();
        assert_eq!(index["schemaVersion"], 2);
        assert_eq!(index["manifests"][0]["digest"], "sha256:00");
        assert!(String::from_utf8(layout).unwrap().contains("1.0.0"));
    }
}
