//! `den commit`: a container's writable layer becomes one new layer on top of its image.
//!
//! Inside den's user namespace, the upper layer is written as an uncompressed OCI layer
//! tarball (whiteouts as `.wh.NAME`, opaque directories as `.wh..wh..opq`) into a temp file in
//! `tmp/`, hashed on the way (for an uncompressed layer, blob digest and diff id are the same),
//! fsynced and renamed under its digest; then unpacked by the same unpacker as every loaded
//! layer (staged in `tmp/`, renamed into `layers/`). Back outside, the new config (the image's
//! with the diff id, a history entry and the `--change` settings) and a manifest are stored,
//! and the index is written last, under the store lock held throughout: a den killed at any
//! point leaves no image, only unreferenced blobs and layers or stale `tmp/` entries, which
//! the next load, import, commit or rmi cleans.

use std::fs;
use std::io::{self, BufWriter, Write};

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::image::change::ImageSettings;
use crate::image::reference::Reference;
use crate::store::container_fs::{
    FsLayers, MountTargets, Owners, TarOut, write_layer_tar, write_rootfs_tar, write_squashed_tar,
};
use crate::store::containers::FsContainer;
use crate::store::index::{ImageRecord, LayerRecord};
use crate::store::layers::{LayerJob, clean_tmp, policy_for, unpack_one};
use crate::store::load::{commit_images, synthesize_manifest};
use crate::store::{Store, sync_dir, time};

/// The media type of the layers den commits (uncompressed, as podman keeps them locally).
pub const LAYER_MEDIA_TYPE: &str = "application/vnd.oci.image.layer.v1.tar";

/// What `den commit` was asked for.
#[derive(Debug, Clone, Default)]
pub struct CommitOptions {
    pub name: Option<Reference>,
    pub message: Option<String>,
    pub author: Option<String>,
    pub settings: Vec<String>,
}

/// A writer that hashes and counts what goes through it.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    count: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// What of `FsLayers` a layer blob holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tree {
    /// The upper layer's changes, with den's mount targets as it says.
    Upper(MountTargets),
    /// The merged tree of every layer (`--squash-all`).
    Whole,
    /// The top N lower layers as one over the others (`--squash`: the new layers of a build).
    Squashed(usize),
}

/// How a build step's image treats the layers of its base (`den build`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Squash {
    /// They stay; the step adds its layer, if any.
    None,
    /// The whole tree becomes the image's one layer, with one history entry (`--squash-all`).
    All,
    /// The layers above the first `layers` (those of the target stage's FROM image, whose
    /// config has `history` entries) become one layer, which the last history entry names;
    /// the other new entries become `empty_layer` (`--squash`, as buildah).
    New { layers: usize, history: usize },
}

/// The layer that commit stored.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Written {
    diff_id: String,
    size: u64,
}

/// Commits the container's changes as a new image and returns its id.
pub fn commit_container(
    store: &Store,
    mapping: &IdMapping,
    container: &FsContainer,
    layers: FsLayers,
    opts: &CommitOptions,
) -> Result<String> {
    let mut settings = ImageSettings::default();
    let mut touched = Vec::new();
    for change in &opts.settings {
        settings.apply(change)?;
        touched.push(
            change
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase(),
        );
    }
    let lock = store.lock()?;
    clean_tmp(store, mapping)?;
    let index = store.read_index()?;
    let image_id = container
        .image_id
        .as_deref()
        .with_context(|| format!("container {} records no image", container.shown()))?;
    let image_id = image_id.strip_prefix("sha256:").unwrap_or(image_id);
    let Some(base) = index.images.iter().find(|i| i.id == image_id).cloned() else {
        bail!(
            "the image {} of container {} is no longer in the store",
            &image_id[..12.min(image_id.len())],
            container.shown()
        );
    };

    let label = format!("the changes of container {}", container.shown());
    let written = store_layer(
        store,
        mapping,
        layers,
        label,
        Tree::Upper(MountTargets::Drop),
    )?;
    let created = time::format_rfc3339(time::now_unix());
    let base_config: Value = serde_json::from_slice(
        &fs::read(store.blob_path(&base.config))
            .with_context(|| format!("reading the config of image {}", base.id))?,
    )
    .with_context(|| format!("parsing the config of image {}", base.id))?;
    let config = commit_config(
        base_config,
        &written.diff_id,
        &created,
        &container.command,
        opts,
        &settings,
        &touched,
    );
    let config_bytes = serde_json::to_vec(&config)?;
    let config_digest = store.put_blob_bytes(&config_bytes)?;
    let mut layer_records = base.layers.clone();
    layer_records.push(LayerRecord {
        digest: written.diff_id.clone(),
        size: written.size,
        media_type: LAYER_MEDIA_TYPE.to_string(),
        diff_id: written.diff_id.clone(),
        unpacked_size: 0,
    });
    let manifest = store.put_blob_bytes(&synthesize_manifest(
        &config_digest,
        config_bytes.len(),
        &layer_records,
    ))?;
    let record = ImageRecord {
        id: config_digest["sha256:".len()..].to_string(),
        names: opts.name.iter().map(ToString::to_string).collect(),
        manifest,
        manifest_media_type: crate::image::archive::MEDIA_OCI_MANIFEST.to_string(),
        config: config_digest,
        layers: layer_records,
        created: Some(created.clone()),
        stored: created,
        size: 0,
    };
    let stored = commit_images(store, &lock, vec![record])?;
    Ok(stored[0].id.clone())
}

/// Writes the files of `layers.upper` as a layer blob and unpacks it into `layers/`, inside
/// den's namespace. Call with the store lock held.
fn store_layer(
    store: &Store,
    mapping: &IdMapping,
    layers: FsLayers,
    label: String,
    tree: Tree,
) -> Result<Written> {
    // The child reports the layer it wrote through a file of ours in tmp/.
    let report = tempfile::Builder::new()
        .prefix("blob-commit-")
        .tempfile_in(store.tmp_dir())
        .with_context(|| format!("creating a temp file in \"{}\"", store.tmp_dir().display()))?;
    let report_path = report.path().to_path_buf();
    let owners = if mapping.one_id {
        Owners::Recorded
    } else {
        Owners::Stat
    };
    let policy = policy_for(mapping);
    {
        let store = store.clone();
        run_in_store_ns(mapping, move || {
            let written = write_layer_blob(&store, &layers, owners, tree)?;
            if !store.has_layer(&written.diff_id) {
                let job = LayerJob {
                    blob: store.blob_path(&written.diff_id),
                    diff_id: written.diff_id.clone(),
                    label,
                };
                unpack_one(&store, &job, policy)?;
            }
            fs::write(&report_path, serde_json::to_vec(&written)?)
                .with_context(|| format!("writing \"{}\"", report_path.display()))
        })?;
    }
    let written: Written = serde_json::from_slice(
        &fs::read(report.path()).context("reading what den's namespace helper wrote")?,
    )
    .context("reading what den's namespace helper wrote")?;
    Ok(written)
}

/// One image of a build step (`den build`): a layer of the files in `upper` (or none, for a
/// step that only changes the config) on top of `base` (`None`: scratch).
#[derive(Debug, Clone)]
pub struct StepImage {
    /// The parent image's id.
    pub base: Option<String>,
    /// The step's files (a directory laid out as an overlay upper dir); `None`: no layer.
    pub upper: Option<std::path::PathBuf>,
    /// What the layer does with den's mount targets in `upper` (a RUN's: as podman build).
    pub targets: MountTargets,
    /// The image config's new `config` object (Env, Cmd, Labels, ...).
    pub config: Value,
    /// The history entry's `created_by`.
    pub created_by: String,
    /// RFC 3339, for the config and the history entry.
    pub created: String,
    /// The image config's `author` (MAINTAINER), if any.
    pub author: Option<String>,
    /// Names for the image (none for the intermediate images of a build).
    pub names: Vec<String>,
    /// With no `upper`: what becomes of the base's layers (`--squash-all`, `--squash`).
    pub squash: Squash,
}

/// The config of an image built from scratch: this machine's platform, no layers.
pub fn scratch_config() -> Value {
    json!({
        "architecture": crate::image::archive::host_architecture(),
        "os": "linux",
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": []},
        "history": [],
    })
}

/// Stores one build step's image (unnamed unless `names`) and returns its id.
pub fn commit_step(store: &Store, mapping: &IdMapping, step: &StepImage) -> Result<String> {
    let lock = store.lock()?;
    clean_tmp(store, mapping)?;
    let index = store.read_index()?;
    let base = match &step.base {
        Some(id) => Some(
            index
                .images
                .iter()
                .find(|i| &i.id == id)
                .cloned()
                .with_context(|| {
                    format!(
                        "the image {} is no longer in the store",
                        &id[..12.min(id.len())]
                    )
                })?,
        ),
        None => None,
    };
    let mut config = match &base {
        Some(b) => serde_json::from_slice(
            &fs::read(store.blob_path(&b.config))
                .with_context(|| format!("reading the config of image {}", b.id))?,
        )
        .with_context(|| format!("parsing the config of image {}", b.id))?,
        None => scratch_config(),
    };
    let base_layers = || -> Vec<std::path::PathBuf> {
        base.iter()
            .flat_map(|b| b.layers.iter().rev())
            .map(|l| store.layer_path(&l.diff_id))
            .collect()
    };
    let (lowers, tree, label) = match (&step.upper, step.squash) {
        (Some(upper), _) => (
            Some(FsLayers {
                upper: Some(upper.clone()),
                lowers: base_layers(),
            }),
            Tree::Upper(step.targets),
            format!("the files of \"{}\"", step.created_by),
        ),
        (None, Squash::All) => (
            Some(FsLayers {
                upper: None,
                lowers: base_layers(),
            }),
            Tree::Whole,
            "the squashed image".to_string(),
        ),
        (None, Squash::New { layers, .. }) => (
            Some(FsLayers {
                upper: None,
                lowers: base_layers(),
            }),
            Tree::Squashed(
                base.as_ref()
                    .map_or(0, |b| b.layers.len().saturating_sub(layers)),
            ),
            "the squashed new layers".to_string(),
        ),
        (None, Squash::None) => (None, Tree::Upper(MountTargets::Drop), String::new()),
    };
    let written = match lowers {
        Some(layers) => Some(store_layer(store, mapping, layers, label, tree)?),
        None => None,
    };
    let keep = match step.squash {
        Squash::None => usize::MAX,
        Squash::All => {
            squash_config(&mut config, 0, None);
            0
        }
        Squash::New { layers, history } => {
            squash_config(&mut config, layers, Some(history));
            layers
        }
    };
    match (step.squash, &written) {
        (Squash::New { history, .. }, Some(w)) => {
            squash_step_config(&mut config, step, &w.diff_id, history);
        }
        _ => step_config(
            &mut config,
            step,
            written.as_ref().map(|w| w.diff_id.as_str()),
        ),
    }
    let config_bytes = serde_json::to_vec(&config)?;
    let config_digest = store.put_blob_bytes(&config_bytes)?;
    let mut layer_records = base.as_ref().map(|b| b.layers.clone()).unwrap_or_default();
    layer_records.truncate(keep);
    if let Some(w) = &written {
        layer_records.push(LayerRecord {
            digest: w.diff_id.clone(),
            size: w.size,
            media_type: LAYER_MEDIA_TYPE.to_string(),
            diff_id: w.diff_id.clone(),
            unpacked_size: 0,
        });
    }
    let manifest = store.put_blob_bytes(&synthesize_manifest(
        &config_digest,
        config_bytes.len(),
        &layer_records,
    ))?;
    let record = ImageRecord {
        id: config_digest["sha256:".len()..].to_string(),
        names: step.names.clone(),
        manifest,
        manifest_media_type: crate::image::archive::MEDIA_OCI_MANIFEST.to_string(),
        config: config_digest,
        layers: layer_records,
        created: Some(step.created.clone()),
        stored: time::format_rfc3339(time::now_unix()),
        size: 0,
    };
    let stored = commit_images(store, &lock, vec![record])?;
    Ok(stored[0].id.clone())
}

/// The base config's layers and history cut for a squash: the layers to the first `layers`;
/// the history emptied (`--squash-all`, `None`) or its entries after the first `history`
/// marked `empty_layer` (`--squash`). Pure.
fn squash_config(config: &mut Value, layers: usize, history: Option<usize>) {
    let Some(obj) = config.as_object_mut() else {
        return;
    };
    if let Some(ids) = obj
        .get_mut("rootfs")
        .and_then(|r| r.get_mut("diff_ids"))
        .and_then(Value::as_array_mut)
    {
        ids.truncate(layers);
    }
    if let Some(list) = obj.get_mut("history").and_then(Value::as_array_mut) {
        let Some(history) = history else {
            list.clear();
            return;
        };
        for entry in list.iter_mut().skip(history) {
            entry["empty_layer"] = json!(true);
        }
    }
}

/// `--squash`: the build's last history entry names the squashed layer (a new entry when the
/// stage added none), as buildah's. Pure.
fn squash_step_config(config: &mut Value, step: &StepImage, diff_id: &str, history: usize) {
    let count = config["history"].as_array().map_or(0, Vec::len);
    if count <= history {
        step_config(config, step, Some(diff_id));
        return;
    }
    let obj = config.as_object_mut().expect("an object");
    obj.insert("created".into(), json!(step.created));
    obj.insert("config".into(), step.config.clone());
    if let Some(ids) = obj
        .get_mut("rootfs")
        .and_then(|r| r.get_mut("diff_ids"))
        .and_then(Value::as_array_mut)
    {
        ids.push(json!(diff_id));
    } else {
        obj.insert(
            "rootfs".into(),
            json!({"type": "layers", "diff_ids": [diff_id]}),
        );
    }
    if let Some(last) = obj
        .get_mut("history")
        .and_then(Value::as_array_mut)
        .and_then(|l| l.last_mut())
        .and_then(Value::as_object_mut)
    {
        last.remove("empty_layer");
    }
}

/// A build step's config: the new `config` object, the layer, the history entry (marked
/// `empty_layer` without one). Pure.
pub fn step_config(config: &mut Value, step: &StepImage, diff_id: Option<&str>) {
    if !config.is_object() {
        *config = scratch_config();
    }
    let obj = config.as_object_mut().expect("an object");
    obj.insert("created".into(), json!(step.created));
    if let Some(a) = &step.author {
        obj.insert("author".into(), json!(a));
    }
    obj.insert("config".into(), step.config.clone());
    if let Some(d) = diff_id {
        let rootfs = obj
            .entry("rootfs")
            .or_insert_with(|| json!({"type": "layers", "diff_ids": []}));
        if let Some(ids) = rootfs.get_mut("diff_ids").and_then(Value::as_array_mut) {
            ids.push(json!(d));
        } else {
            *rootfs = json!({"type": "layers", "diff_ids": [d]});
        }
    }
    let mut entry = Map::new();
    entry.insert("created".into(), json!(step.created));
    entry.insert("created_by".into(), json!(step.created_by));
    // As buildah: the entry's author is the image's, MAINTAINER's or the base's.
    if let Some(a) = obj.get("author").and_then(Value::as_str) {
        entry.insert("author".into(), json!(a));
    }
    if diff_id.is_none() {
        entry.insert("empty_layer".into(), json!(true));
    }
    let history = obj.entry("history").or_insert_with(|| json!([]));
    if !history.is_array() {
        *history = json!([]);
    }
    if let Some(list) = history.as_array_mut() {
        list.push(Value::Object(entry));
    }
}

/// Writes the upper layer as a tarball blob (inside the namespace).
fn write_layer_blob(
    store: &Store,
    layers: &FsLayers,
    owners: Owners,
    tree: Tree,
) -> Result<Written> {
    let tmp = tempfile::Builder::new()
        .prefix("blob-")
        .tempfile_in(store.tmp_dir())
        .with_context(|| format!("creating a temp file in \"{}\"", store.tmp_dir().display()))?;
    let hashing = HashingWriter {
        inner: BufWriter::with_capacity(
            1 << 20,
            tmp.as_file().try_clone().context("opening a temp file")?,
        ),
        hasher: Sha256::new(),
        count: 0,
    };
    let mut out = TarOut::new(hashing, owners);
    match tree {
        Tree::Upper(targets) => write_layer_tar(layers, targets, &mut out)?,
        Tree::Whole => write_rootfs_tar(layers, &mut out)?,
        Tree::Squashed(new) => write_squashed_tar(layers, new, &mut out)?,
    }
    let mut hashing = out.finish()?;
    hashing
        .flush()
        .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
    let HashingWriter {
        inner,
        hasher,
        count: size,
    } = hashing;
    drop(inner);
    let diff_id = format!("sha256:{}", hex::encode(hasher.finalize()));
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("writing \"{}\"", tmp.path().display()))?;
    let dest = store.blob_path(&diff_id);
    tmp.persist(&dest)
        .with_context(|| format!("renaming into \"{}\"", dest.display()))?;
    sync_dir(dest.parent().unwrap_or(store.root()))?;
    Ok(Written { diff_id, size })
}

/// The new image's config: the base image's, plus the layer, a history entry, the author
/// and the `--change` settings.
fn commit_config(
    mut config: Value,
    diff_id: &str,
    created: &str,
    command: &[String],
    opts: &CommitOptions,
    settings: &ImageSettings,
    touched: &[String],
) -> Value {
    if !config.is_object() {
        config = json!({});
    }
    let obj = config.as_object_mut().expect("an object");
    obj.insert("created".into(), json!(created));
    if let Some(author) = &opts.author {
        obj.insert("author".into(), json!(author));
    }
    let rootfs = obj
        .entry("rootfs")
        .or_insert_with(|| json!({"type": "layers", "diff_ids": []}));
    if let Some(ids) = rootfs.get_mut("diff_ids").and_then(Value::as_array_mut) {
        ids.push(json!(diff_id));
    } else {
        *rootfs = json!({"type": "layers", "diff_ids": [diff_id]});
    }
    let mut entry = Map::new();
    entry.insert("created".into(), json!(created));
    let created_by = if command.is_empty() {
        "den commit".to_string()
    } else {
        command.join(" ")
    };
    entry.insert("created_by".into(), json!(created_by));
    if let Some(author) = &opts.author {
        entry.insert("author".into(), json!(author));
    }
    if let Some(m) = &opts.message {
        entry.insert("comment".into(), json!(m));
    }
    let history = obj.entry("history").or_insert_with(|| json!([]));
    if let Some(list) = history.as_array_mut() {
        list.push(Value::Object(entry));
    }
    let c = obj.entry("config").or_insert_with(|| json!({}));
    if !c.is_object() {
        *c = json!({});
    }
    let c = c.as_object_mut().expect("an object");
    let new = settings.to_config_json();
    for key in touched {
        match key.as_str() {
            "CMD" => set_or_remove(c, "Cmd", new.get("Cmd")),
            "ENTRYPOINT" => set_or_remove(c, "Entrypoint", new.get("Entrypoint")),
            "WORKDIR" => set_or_remove(c, "WorkingDir", new.get("WorkingDir")),
            "USER" => set_or_remove(c, "User", new.get("User")),
            _ => {}
        }
    }
    if !settings.env.is_empty() {
        let mut env: Vec<String> = c
            .get("Env")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        for kv in &settings.env {
            let key = kv.split('=').next().unwrap_or("");
            env.retain(|e| e.split('=').next() != Some(key));
            env.push(kv.clone());
        }
        c.insert("Env".into(), json!(env));
    }
    if !settings.labels.is_empty() {
        let labels = c.entry("Labels").or_insert_with(|| json!({}));
        if !labels.is_object() {
            *labels = json!({});
        }
        if let Some(l) = labels.as_object_mut() {
            for (k, v) in &settings.labels {
                l.insert(k.clone(), json!(v));
            }
        }
    }
    if !settings.volumes.is_empty() {
        let volumes = c.entry("Volumes").or_insert_with(|| json!({}));
        if !volumes.is_object() {
            *volumes = json!({});
        }
        if let Some(map) = volumes.as_object_mut() {
            for v in &settings.volumes {
                map.insert(v.clone(), json!({}));
            }
        }
    }
    config
}

fn set_or_remove(c: &mut Map<String, Value>, key: &str, value: Option<&Value>) {
    match value {
        Some(v) => {
            c.insert(key.into(), v.clone());
        }
        None => {
            c.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_gets_layer_history_author_and_changes() {
        let base = json!({
            "architecture": "amd64", "os": "linux",
            "config": {"Env": ["PATH=/bin", "A=1"], "Cmd": ["sh"], "Labels": {"x": "1"}},
            "rootfs": {"type": "layers", "diff_ids": ["sha256:aa"]},
            "history": [{"created_by": "base"}],
        });
        let mut s = ImageSettings::default();
        let changes = ["CMD [\"echo\", \"hi\"]", "ENV A=2 B=3", "LABEL y=2"];
        for c in changes {
            s.apply(c).unwrap();
        }
        let opts = CommitOptions {
            message: Some("msg".into()),
            author: Some("me".into()),
            ..CommitOptions::default()
        };
        let touched: Vec<String> = vec!["CMD".into(), "ENV".into(), "LABEL".into()];
        let c = commit_config(
            base,
            "sha256:bb",
            "2025-01-01T00:00:00Z",
            &["sh".into(), "-c".into(), "x".into()],
            &opts,
            &s,
            &touched,
        );
        assert_eq!(c["rootfs"]["diff_ids"], json!(["sha256:aa", "sha256:bb"]));
        assert_eq!(c["history"][1]["comment"], "msg");
        assert_eq!(c["history"][1]["author"], "me");
        assert_eq!(c["history"][1]["created_by"], "sh -c x");
        assert_eq!(c["author"], "me");
        assert_eq!(c["config"]["Cmd"], json!(["echo", "hi"]));
        assert_eq!(c["config"]["Env"], json!(["PATH=/bin", "A=2", "B=3"]));
        assert_eq!(c["config"]["Labels"], json!({"x": "1", "y": "2"}));
        let parsed: oci_spec::image::ImageConfiguration = serde_json::from_value(c).unwrap();
        assert_eq!(parsed.rootfs().diff_ids().len(), 2);
    }

    #[test]
    fn squash_keeps_the_base_and_names_the_new_layer_in_the_last_entry() {
        let step = StepImage {
            base: None,
            upper: None,
            targets: MountTargets::None,
            config: json!({"Cmd": ["sh"]}),
            created_by: "/bin/sh -c #(nop) den build --squash".into(),
            created: "2024-01-01T00:00:00Z".into(),
            author: None,
            names: Vec::new(),
            squash: Squash::New {
                layers: 1,
                history: 2,
            },
        };
        let mut c = json!({
            "config": {},
            "rootfs": {"type": "layers", "diff_ids": ["sha256:base", "sha256:run1", "sha256:run2"]},
            "history": [
                {"created_by": "base"},
                {"created_by": "CMD", "empty_layer": true},
                {"created_by": "RUN 1"},
                {"created_by": "ENV", "empty_layer": true},
                {"created_by": "RUN 2"},
                {"created_by": "CMD [\"sh\"]", "empty_layer": true},
            ],
        });
        squash_config(&mut c, 1, Some(2));
        squash_step_config(&mut c, &step, "sha256:sq", 2);
        assert_eq!(c["rootfs"]["diff_ids"], json!(["sha256:base", "sha256:sq"]));
        let empty: Vec<bool> = c["history"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.get("empty_layer").is_some())
            .collect();
        assert_eq!(empty, [false, true, true, true, true, false]);
        assert_eq!(c["history"][5]["created_by"], "CMD [\"sh\"]");
        assert_eq!(c["config"], json!({"Cmd": ["sh"]}));
        // A stage with no step of its own gets an entry for the (empty) squashed layer.
        let mut c = json!({
            "rootfs": {"type": "layers", "diff_ids": ["sha256:base"]},
            "history": [{"created_by": "base"}],
        });
        squash_config(&mut c, 1, Some(1));
        squash_step_config(&mut c, &step, "sha256:empty", 1);
        assert_eq!(
            c["rootfs"]["diff_ids"],
            json!(["sha256:base", "sha256:empty"])
        );
        assert_eq!(c["history"].as_array().unwrap().len(), 2);
        assert!(c["history"][1].get("empty_layer").is_none());
        // --squash-all: no history of the base.
        let mut c = json!({"rootfs": {"diff_ids": ["sha256:a"]}, "history": [{"created_by": "x"}]});
        squash_config(&mut c, 0, None);
        assert_eq!(c["history"], json!([]));
        assert_eq!(c["rootfs"]["diff_ids"], json!([]));
    }

    #[test]
    fn build_steps_add_history_and_mark_empty_layers() {
        let step = StepImage {
            base: None,
            upper: None,
            targets: MountTargets::None,
            config: json!({"Env": ["A=1"]}),
            created_by: "/bin/sh -c #(nop) ENV A=1".into(),
            created: "2023-11-14T22:13:20Z".into(),
            author: Some("me".into()),
            names: Vec::new(),
            squash: Squash::None,
        };
        let mut c = scratch_config();
        step_config(&mut c, &step, None);
        assert_eq!(c["config"], json!({"Env": ["A=1"]}));
        assert_eq!(c["history"][0]["empty_layer"], true);
        assert_eq!(c["history"][0]["author"], "me");
        assert_eq!(c["rootfs"]["diff_ids"], json!([]));
        step_config(
            &mut c,
            &StepImage {
                created_by: "sh -c x".into(),
                ..step.clone()
            },
            Some("sha256:cc"),
        );
        assert_eq!(c["rootfs"]["diff_ids"], json!(["sha256:cc"]));
        assert!(c["history"][1].get("empty_layer").is_none());
        // Without MAINTAINER, an entry's author is the base image's.
        let mut based = json!({"author": "base", "history": []});
        step_config(
            &mut based,
            &StepImage {
                author: None,
                ..step
            },
            None,
        );
        assert_eq!(based["history"][0]["author"], "base");
        let parsed: oci_spec::image::ImageConfiguration = serde_json::from_value(c).unwrap();
        assert_eq!(parsed.history().as_ref().map(Vec::len), Some(2));
    }
}
