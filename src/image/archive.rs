//! Image archives: docker-archive (`docker save`/`podman save`: manifest.json with Config,
//! RepoTags and Layers), OCI image layouts (index.json, blobs/sha256/), either as a directory
//! or as a tarball, and which images such an archive holds. An archive is read through a
//! `Source`, which opens its members by path; tarballs are indexed once so members can be read
//! in any order.
//!
//! The result is a `LoadPlan` per image: the config and each layer as a `BlobRef` (where to
//! read it, and the digest/size it must have when the archive says so), and its names. The
//! store verifies and ingests them.

use std::collections::HashMap;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::image::reference::{is_full_id, is_sha256_digest, local_name};

/// Manifests, configs and indexes larger than this are refused (nothing legitimate comes
/// close; a hostile archive could otherwise make den read gigabytes into memory).
pub const MAX_JSON: u64 = 64 * 1024 * 1024;

pub const MEDIA_OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const MEDIA_OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const MEDIA_OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
const MEDIA_DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
const MEDIA_DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";

pub(crate) use crate::image::source::clean_member_path;
pub use crate::image::source::{DirSource, Source, TarSource, read_json_member, read_limited};

/// A blob of an archive: where to read it and what the archive says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobRef {
    /// Member path in the archive.
    pub path: String,
    /// `sha256:<hex>` when the archive states it (OCI descriptors, blobs/sha256 paths).
    pub digest: Option<String>,
    /// Size from the descriptor, when stated.
    pub size: Option<u64>,
    /// Media type from the descriptor, when stated.
    pub media_type: Option<String>,
}

/// One image of an archive, ready to be verified and ingested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadPlan {
    pub config: BlobRef,
    pub layers: Vec<BlobRef>,
    /// The manifest as found in the archive (OCI), with its digest; docker archives have none
    /// and the store writes one.
    pub manifest: Option<(Vec<u8>, String)>,
    /// Normalized names.
    pub names: Vec<String>,
}

/// docker-archive's manifest.json: one object per image.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DockerManifestEntry {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    layers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: Option<String>,
    pub digest: String,
    pub size: u64,
    #[serde(default)]
    pub annotations: Option<HashMap<String, String>>,
    #[serde(default)]
    pub platform: Option<Platform>,
}

#[derive(Debug, Deserialize)]
pub struct Platform {
    pub architecture: String,
    pub os: String,
    #[serde(default)]
    pub variant: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OciIndex {
    #[serde(default)]
    media_type: Option<String>,
    manifests: Vec<Descriptor>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OciManifest {
    #[serde(default)]
    media_type: Option<String>,
    config: Descriptor,
    layers: Vec<Descriptor>,
}

/// The Go architecture name of this machine, as OCI configs spell it.
pub fn host_architecture() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "x86" => "386",
        "aarch64" => "arm64",
        "powerpc64" => {
            if cfg!(target_endian = "little") {
                "ppc64le"
            } else {
                "ppc64"
            }
        }
        "loongarch64" => "loong64",
        other => other,
    }
}

/// Finds the images of an archive: docker-archive when it has manifest.json, else an OCI
/// layout (index.json).
pub fn plan_archive(source: &dyn Source) -> Result<Vec<LoadPlan>> {
    if source.exists("manifest.json") {
        let bytes = read_json_member(source, "manifest.json")?;
        return plan_docker_archive(&bytes)
            .with_context(|| format!("reading manifest.json of {}", source.describe()));
    }
    if source.exists("index.json") {
        return plan_oci_layout(source)
            .with_context(|| format!("reading the OCI layout {}", source.describe()));
    }
    bail!(
        "{} is neither a docker-archive (no manifest.json) nor an OCI layout (no index.json)",
        source.describe()
    )
}

/// The images of a docker-archive manifest.json.
pub fn plan_docker_archive(bytes: &[u8]) -> Result<Vec<LoadPlan>> {
    let entries: Vec<DockerManifestEntry> =
        serde_json::from_slice(bytes).context("manifest.json does not parse")?;
    if entries.is_empty() {
        bail!("manifest.json lists no images");
    }
    entries
        .into_iter()
        .map(|e| {
            let names = e
                .repo_tags
                .unwrap_or_default()
                .iter()
                .map(|t| normalize_name(t))
                .collect::<Result<Vec<_>>>()?;
            Ok(LoadPlan {
                config: blob_from_path(&e.config, true),
                layers: e.layers.iter().map(|p| blob_from_path(p, false)).collect(),
                manifest: None,
                names,
            })
        })
        .collect()
}

/// The digest a docker-archive member's path implies: `blobs/sha256/<hex>` (docker 25+), or
/// `<hex>.json` for the config (docker and podman name it by its digest).
fn blob_from_path(path: &str, is_config: bool) -> BlobRef {
    let clean = clean_member_path(path).map(|p| p.to_string_lossy().into_owned());
    let clean = clean.as_deref().unwrap_or(path);
    let digest = if let Some(hex) = clean.strip_prefix("blobs/sha256/") {
        is_full_id(hex).then(|| format!("sha256:{hex}"))
    } else if is_config {
        clean
            .strip_suffix(".json")
            .filter(|h| is_full_id(h))
            .map(|h| format!("sha256:{h}"))
    } else {
        None
    };
    BlobRef {
        path: clean.to_string(),
        digest,
        size: None,
        media_type: None,
    }
}

/// A name an archive gives its image, stored as podman stores it (`busybox:latest` ->
/// `localhost/busybox:latest`; a name with a registry part stays as given).
fn normalize_name(name: &str) -> Result<String> {
    Ok(local_name(name)?)
}

fn blob_path(digest: &str) -> Result<String> {
    if !is_sha256_digest(digest) {
        bail!("unsupported or malformed digest \"{digest}\" (den knows sha256 only)");
    }
    Ok(format!("blobs/sha256/{}", &digest["sha256:".len()..]))
}

fn descriptor_blob(d: &Descriptor) -> Result<BlobRef> {
    Ok(BlobRef {
        path: blob_path(&d.digest)?,
        digest: Some(d.digest.clone()),
        size: Some(d.size),
        media_type: d.media_type.clone(),
    })
}

/// The name an OCI index entry gives its image: containerd's `io.containerd.image.name`, or
/// `org.opencontainers.image.ref.name` when that is a full reference (it may also be just a
/// tag such as `latest`, which names nothing).
fn oci_name(annotations: Option<&HashMap<String, String>>) -> Result<Option<String>> {
    let Some(a) = annotations else {
        return Ok(None);
    };
    if let Some(name) = a.get("io.containerd.image.name") {
        return normalize_name(name).map(Some);
    }
    match a.get("org.opencontainers.image.ref.name") {
        Some(name) if name.contains(['/', ':']) => normalize_name(name).map(Some),
        _ => Ok(None),
    }
}

fn is_index_type(media_type: Option<&str>) -> bool {
    matches!(media_type, Some(MEDIA_OCI_INDEX | MEDIA_DOCKER_LIST))
}

/// The images of an OCI layout: each entry of index.json (a manifest, or an index whose entry
/// for this machine's platform is taken).
fn plan_oci_layout(source: &dyn Source) -> Result<Vec<LoadPlan>> {
    let bytes = read_json_member(source, "index.json")?;
    let index: OciIndex = serde_json::from_slice(&bytes).context("index.json does not parse")?;
    let mut plans: Vec<LoadPlan> = Vec::new();
    for d in &index.manifests {
        let name = oci_name(d.annotations.as_ref())?;
        let manifest = resolve_manifest(source, d, 0)?;
        let mut plan = plan_oci_manifest(source, &manifest.0, &manifest.1)?;
        // One manifest may be listed under several names.
        if let Some(existing) = plans.iter_mut().find(|p| p.manifest == plan.manifest) {
            existing.names.extend(name);
            continue;
        }
        plan.names.extend(name);
        plans.push(plan);
    }
    if plans.is_empty() {
        bail!("index.json lists no images");
    }
    let _ = index.media_type;
    Ok(plans)
}

/// Reads the manifest a descriptor points to, following image indexes to the entry for this
/// machine. Returns the manifest's bytes and digest.
fn resolve_manifest(source: &dyn Source, d: &Descriptor, depth: u32) -> Result<(Vec<u8>, String)> {
    if depth > 4 {
        bail!("image indexes nested too deeply");
    }
    let bytes = read_verified_json(source, d)?;
    let media_type = d.media_type.clone().or_else(|| {
        serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|v| v.get("mediaType")?.as_str().map(str::to_string))
    });
    if !is_index_type(media_type.as_deref()) {
        return Ok((bytes, d.digest.clone()));
    }
    let index: OciIndex = serde_json::from_slice(&bytes)
        .with_context(|| format!("image index {} does not parse", d.digest))?;
    let arch = host_architecture();
    let chosen = index
        .manifests
        .iter()
        .find(|m| {
            m.platform
                .as_ref()
                .is_some_and(|p| p.os == "linux" && p.architecture == arch)
        })
        .with_context(|| {
            let have: Vec<String> = index
                .manifests
                .iter()
                .filter_map(|m| m.platform.as_ref())
                .map(|p| format!("{}/{}", p.os, p.architecture))
                .collect();
            format!(
                "image index {} has no image for linux/{arch} (it has: {})",
                d.digest,
                have.join(", ")
            )
        })?;
    resolve_manifest(source, chosen, depth + 1)
}

/// Reads a JSON blob a descriptor points to and checks its size and digest.
fn read_verified_json(source: &dyn Source, d: &Descriptor) -> Result<Vec<u8>> {
    let path = blob_path(&d.digest)?;
    if !source.exists(&path) {
        bail!(
            "blob {} is referenced but missing from the archive",
            d.digest
        );
    }
    let bytes = read_json_member(source, &path)?;
    if bytes.len() as u64 != d.size {
        bail!(
            "blob {} is {} bytes, its descriptor says {}",
            d.digest,
            bytes.len(),
            d.size
        );
    }
    let actual = crate::image::compress::sha256_digest(&bytes);
    if actual != d.digest {
        bail!("blob {} has digest {actual}: it is corrupt", d.digest);
    }
    Ok(bytes)
}

/// The blobs of one OCI (or docker schema 2) image manifest.
pub fn plan_oci_manifest(_source: &dyn Source, bytes: &[u8], digest: &str) -> Result<LoadPlan> {
    let manifest: OciManifest = serde_json::from_slice(bytes)
        .with_context(|| format!("manifest {digest} does not parse"))?;
    match manifest.media_type.as_deref() {
        None | Some(MEDIA_OCI_MANIFEST | MEDIA_DOCKER_MANIFEST) => {}
        Some(other) => bail!("manifest {digest} has unsupported media type \"{other}\""),
    }
    Ok(LoadPlan {
        config: descriptor_blob(&manifest.config)?,
        layers: manifest
            .layers
            .iter()
            .map(descriptor_blob)
            .collect::<Result<_>>()?,
        manifest: Some((bytes.to_vec(), digest.to_string())),
        names: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use std::io::Read;
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn oci_ref_names_are_stored_as_podman_names_local_images() {
        let one = |k: &str, v: &str| HashMap::from([(k.to_string(), v.to_string())]);
        let name = |a: HashMap<String, String>| oci_name(Some(&a)).unwrap();
        let ref_name = "org.opencontainers.image.ref.name";
        assert_eq!(
            name(one(ref_name, "busybox:1")).as_deref(),
            Some("localhost/busybox:1")
        );
        assert_eq!(
            name(one(ref_name, "quay.io/x/y:2")).as_deref(),
            Some("quay.io/x/y:2")
        );
        assert_eq!(
            name(one(ref_name, "latest")),
            None,
            "a bare tag names nothing"
        );
        assert_eq!(
            name(one("io.containerd.image.name", "docker.io/library/a:1")).as_deref(),
            Some("docker.io/library/a:1")
        );
    }

    #[test]
    fn docker_archive_manifest_gives_names_and_paths() {
        let json = br#"[{"Config":"c6693348261a763d1d1d88ae6eb1df2b3d4eb25280d2d8c10e0e1ab6d0995334.json","Layers":["913f/layer.tar","blobs/sha256/4079b5ac08cac5e67f2d800e45f317d60a3d7504834e5d69b87c6d083db7eb8a"],"RepoTags":["busybox:latest","localhost/x:1"]}]"#;
        let plans = plan_docker_archive(json).unwrap();
        assert_eq!(plans.len(), 1);
        let p = &plans[0];
        assert_eq!(
            p.names,
            ["localhost/busybox:latest", "localhost/x:1"],
            "a short RepoTag goes under localhost/, as podman load"
        );
        assert_eq!(
            p.config.digest.as_deref(),
            Some("sha256:c6693348261a763d1d1d88ae6eb1df2b3d4eb25280d2d8c10e0e1ab6d0995334")
        );
        assert_eq!(p.layers[0].digest, None);
        assert_eq!(p.layers[0].path, "913f/layer.tar");
        assert!(p.layers[1].digest.as_deref().unwrap().ends_with("7eb8a"));
    }

    #[test]
    fn docker_archive_rejects_garbage_and_bad_names() {
        assert!(plan_docker_archive(b"{").is_err());
        assert!(plan_docker_archive(b"[]").is_err());
        let err = plan_docker_archive(br#"[{"Config":"a.json","Layers":[],"RepoTags":["Bad:x"]}]"#)
            .unwrap_err();
        assert!(format!("{err:#}").contains("\"Bad:x\""), "{err:#}");
        // No RepoTags: a nameless image.
        let p =
            plan_docker_archive(br#"[{"Config":"a.json","Layers":[],"RepoTags":null}]"#).unwrap();
        assert!(p[0].names.is_empty());
    }

    fn layout(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, data) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, data).unwrap();
        }
        dir
    }

    fn blob(data: &[u8]) -> (String, String) {
        let d = crate::image::compress::sha256_digest(data);
        let path = format!("blobs/sha256/{}", &d[7..]);
        (d, path)
    }

    #[test]
    fn oci_layout_follows_index_to_manifest_and_names() {
        let config =
            br#"{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}"#;
        let (cd, cp) = blob(config);
        let manifest = format!(
            r#"{{"schemaVersion":2,"mediaType":"{MEDIA_OCI_MANIFEST}","config":{{"mediaType":"{MEDIA_OCI_CONFIG}","digest":"{cd}","size":{}}},"layers":[{{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:{}","size":5}}]}}"#,
            config.len(),
            "e".repeat(64)
        );
        let (md, mp) = blob(manifest.as_bytes());
        let index = format!(
            r#"{{"schemaVersion":2,"manifests":[{{"mediaType":"{MEDIA_OCI_MANIFEST}","digest":"{md}","size":{},"annotations":{{"org.opencontainers.image.ref.name":"localhost/busybox-oci:latest"}}}},{{"mediaType":"{MEDIA_OCI_MANIFEST}","digest":"{md}","size":{},"annotations":{{"org.opencontainers.image.ref.name":"latest"}}}}]}}"#,
            manifest.len(),
            manifest.len()
        );
        let dir = layout(&[
            ("index.json", index.into_bytes()),
            (&cp, config.to_vec()),
            (&mp, manifest.clone().into_bytes()),
        ]);
        let plans = plan_archive(&DirSource::new(dir.path())).unwrap();
        assert_eq!(plans.len(), 1);
        assert_eq!(plans[0].names, ["localhost/busybox-oci:latest"]);
        assert_eq!(plans[0].config.digest.as_deref(), Some(cd.as_str()));
        assert_eq!(plans[0].layers[0].size, Some(5));
        assert_eq!(plans[0].manifest.as_ref().unwrap().1, md);
    }

    #[test]
    fn oci_layout_refuses_corrupt_or_missing_manifest() {
        let manifest =
            br#"{"schemaVersion":2,"config":{"digest":"sha256:00","size":1},"layers":[]}"#;
        let (md, mp) = blob(manifest);
        let index = |size: usize| {
            format!(r#"{{"manifests":[{{"digest":"{md}","size":{size}}}]}}"#).into_bytes()
        };
        // Wrong size in the descriptor.
        let dir = layout(&[("index.json", index(3)), (&mp, manifest.to_vec())]);
        let err = plan_archive(&DirSource::new(dir.path())).unwrap_err();
        assert!(format!("{err:#}").contains("bytes"), "{err:#}");
        // Missing blob.
        let dir = layout(&[("index.json", index(manifest.len()))]);
        let err = plan_archive(&DirSource::new(dir.path())).unwrap_err();
        assert!(format!("{err:#}").contains("missing"), "{err:#}");
        // Content does not match the digest.
        let mut bad = manifest.to_vec();
        bad[0] = b' ';
        let dir = layout(&[("index.json", index(manifest.len())), (&mp, bad)]);
        let err = plan_archive(&DirSource::new(dir.path())).unwrap_err();
        assert!(format!("{err:#}").contains("corrupt"), "{err:#}");
        // Malformed config digest in a valid manifest.
        let dir = layout(&[
            ("index.json", index(manifest.len())),
            (&mp, manifest.to_vec()),
        ]);
        let err = plan_archive(&DirSource::new(dir.path())).unwrap_err();
        assert!(format!("{err:#}").contains("malformed digest"), "{err:#}");
        // Neither format.
        let dir = layout(&[("foo", vec![])]);
        assert!(plan_archive(&DirSource::new(dir.path())).is_err());
    }

    #[test]
    fn tar_source_indexes_members_and_links() {
        let mut builder = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(3);
        h.set_mode(0o644);
        h.set_cksum();
        builder
            .append_data(&mut h, "./a/x.tar", &b"abc"[..])
            .unwrap();
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_size(0);
        builder
            .append_link(&mut h, "b/y.tar", "../a/x.tar")
            .unwrap();
        let bytes = builder.into_inner().unwrap();
        let mut file = tempfile::tempfile().unwrap();
        std::io::Write::write_all(&mut file, &bytes).unwrap();
        let src = TarSource::index(file, "t".into()).unwrap();
        let mut out = String::new();
        src.open("b/y.tar")
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "abc");
        assert!(src.exists("a/x.tar") && !src.exists("a/z"));
    }

    #[test]
    fn json_larger_than_the_limit_is_refused() {
        let huge = std::io::repeat(b' ').take(MAX_JSON + 1);
        let err = read_limited(huge, "index.json").unwrap_err().to_string();
        assert!(
            err.contains("\"index.json\" is larger than 64 MiB"),
            "{err}"
        );
        assert_eq!(read_limited(&b"{}"[..], "x").unwrap(), b"{}");
    }

    #[test]
    fn member_paths_cannot_leave_the_archive() {
        assert_eq!(clean_member_path("./a//b"), Some(PathBuf::from("a/b")));
        assert_eq!(clean_member_path("../a"), None);
        assert_eq!(clean_member_path("a/../../b"), None);
    }
}
