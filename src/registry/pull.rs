//! `den pull`'s work: resolve the name (registries.conf, policy.json), fetch the manifest
//! (following an index to this platform's image), then the config, then the missing layer
//! blobs in parallel, each verified against its digest as it streams into the store and,
//! at the same time, unpacked from a pipe by den's namespace child (started before the
//! downloads). The child renames the unpacked layers into the store only when the parent
//! says every blob arrived intact and the image checks out (`store::load::ingest_image`);
//! then the image is recorded, all under the store lock. Blobs already in the store are not
//! fetched again, so a pull that was interrupted resumes where it stopped.

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::error::{HintExt, hinted};
use crate::identity::idmap::IdMapping;
use crate::identity::userns::{in_den_userns, spawn_in_store_ns};
use crate::image::archive::{
    Descriptor, LoadPlan, MEDIA_OCI_INDEX, MEDIA_OCI_MANIFEST, Source, host_architecture,
    plan_oci_manifest,
};
use crate::image::compress::sha256_digest;
use crate::image::reference::{Reference, is_sha256_digest};
use crate::registry::auth::find_credentials;
use crate::registry::client::{Client, MAX_CONFIG, Options, http_status};
use crate::registry::conf::{Endpoint, Registries, check_policy};
use crate::registry::progress::{Progress, Tee, name_stall};
use crate::store::Store;
use crate::store::index::ImageRecord;
use crate::store::ingest::{Expect, ingest_blob};
use crate::store::layers::{
    COMMIT, LayerJob, StreamJob, clean_tmp, policy_for, unpack_layers, unpack_streamed,
};
use crate::store::load::{Stored, commit_images, ingest_image};

const MEDIA_DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
const MEDIA_DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
const MEDIA_DOCKER_V1: &str = "application/vnd.docker.distribution.manifest.v1";
/// Layers fetched at once.
const PARALLEL: usize = 4;
/// Tries of one blob whose transfer broke off.
const BLOB_ATTEMPTS: u32 = 4;

/// What `den pull` was asked for.
#[derive(Debug, Clone, Default)]
pub struct PullOptions {
    pub registry: Options,
    /// `os/arch[/variant]`; default this machine's.
    pub platform: Option<String>,
    pub quiet: bool,
}

/// The platform to choose from an index.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Wanted {
    os: String,
    arch: String,
    variant: Option<String>,
}

impl Wanted {
    fn parse(platform: Option<&str>) -> Result<Wanted> {
        let Some(p) = platform else {
            return Ok(Wanted {
                os: "linux".into(),
                arch: host_architecture().into(),
                variant: None,
            });
        };
        let parts: Vec<&str> = p.split('/').collect();
        match parts.as_slice() {
            [os, arch] if !os.is_empty() && !arch.is_empty() => Ok(Wanted {
                os: (*os).into(),
                arch: (*arch).into(),
                variant: None,
            }),
            [os, arch, variant] if !os.is_empty() && !arch.is_empty() => Ok(Wanted {
                os: (*os).into(),
                arch: (*arch).into(),
                variant: Some((*variant).into()),
            }),
            _ => Err(hinted(
                format!("invalid platform \"{p}\""),
                "give OS/ARCH[/VARIANT], e.g. --platform linux/arm64",
            )),
        }
    }

    fn matches(&self, d: &Descriptor) -> bool {
        d.platform.as_ref().is_some_and(|p| {
            p.os == self.os
                && p.architecture == self.arch
                && (self.variant.is_none() || p.variant == self.variant)
        })
    }
}

impl std::fmt::Display for Wanted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.arch)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
struct IndexDoc {
    manifests: Vec<Descriptor>,
}

/// Pulls `input` into the store; returns the stored image and the name it was pulled as.
pub fn pull_image(
    store: &Store,
    mapping: &IdMapping,
    input: &str,
    opts: &PullOptions,
) -> Result<(Stored, Reference)> {
    let wanted = Wanted::parse(opts.platform.as_deref())?;
    let registries = Registries::load()?;
    let candidates = registries.candidates(input)?;
    let mut errors = Vec::new();
    for candidate in &candidates {
        let reference = &candidate.reference;
        if let (Some(note), false) = (&candidate.note, opts.quiet) {
            eprintln!("{note}");
        }
        check_policy(reference)?;
        if !opts.quiet {
            eprintln!("Trying to pull {reference}...");
        }
        for endpoint in registries.endpoints(reference)? {
            match pull_from(store, mapping, reference, &endpoint, &wanted, opts) {
                Ok(stored) => return Ok((stored, reference.clone())),
                Err(e) => errors.push((reference.clone(), e)),
            }
        }
    }
    let (reference, err) = errors.pop().context("no registry to pull from")?;
    let hint = match http_status(&err) {
        Some(404) => Some(format!(
            "check the name and tag; \"{reference}\" is not in the registry"
        )),
        Some(429) => Some("the registry limits requests: wait a while and try again".into()),
        _ => None,
    };
    let mut msg = format!("pulling \"{reference}\"");
    if !errors.is_empty() {
        let others: Vec<String> = errors.iter().map(|(r, e)| format!("{r} ({e:#})")).collect();
        msg = format!("{msg} (also tried: {})", others.join("; "));
    }
    let result: Result<(Stored, Reference)> = Err(err).context(msg);
    match hint {
        Some(h) => result.hint(h),
        None => result,
    }
}

/// The registry end of a load: blobs come from `client`, or from the store when there.
struct RegistrySource<'a> {
    client: &'a Client,
    store: &'a Store,
    name: String,
}

impl Source for RegistrySource<'_> {
    fn open(&self, path: &str) -> Result<Box<dyn Read + '_>> {
        let digest = format!("sha256:{}", path.rsplit('/').next().unwrap_or_default());
        let local = self.store.blob_path(&digest);
        if local.is_file() {
            return Ok(Box::new(fs_err::File::open(local)?));
        }
        self.client
            .get_blob(&digest)
            .with_context(|| format!("fetching blob {digest}"))
            .map(|r| Box::new(r) as Box<dyn Read>)
    }

    fn exists(&self, _path: &str) -> bool {
        true
    }

    fn describe(&self) -> String {
        self.name.clone()
    }
}

const ACCEPT: &str = "application/vnd.oci.image.manifest.v1+json, \
    application/vnd.docker.distribution.manifest.v2+json, \
    application/vnd.oci.image.index.v1+json, \
    application/vnd.docker.distribution.manifest.list.v2+json";

fn pull_from(
    store: &Store,
    mapping: &IdMapping,
    reference: &Reference,
    endpoint: &Endpoint,
    wanted: &Wanted,
    opts: &PullOptions,
) -> Result<Stored> {
    let creds = match &opts.registry.creds {
        Some(c) => Some(c.clone()),
        None => find_credentials(
            &endpoint.auth_host,
            &endpoint.repo,
            opts.registry.authfile.as_deref(),
        )?,
    };
    let client = Client::connect(
        &endpoint.host,
        &endpoint.repo,
        endpoint.insecure,
        &opts.registry,
        creds,
        false,
    )?;
    let (bytes, digest) = fetch_manifest(&client, reference, wanted)?;
    let source = RegistrySource {
        client: &client,
        store,
        name: format!("\"{reference}\""),
    };
    let mut plan = plan_oci_manifest(&source, &bytes, &digest)?;
    plan.names = vec![reference.to_string()];

    let lock = store.lock()?;
    clean_tmp(store, mapping)?;
    if !opts.quiet {
        eprintln!("Getting image source signatures");
    }
    fetch_config(&client, store, &plan)?;
    let finish = |record| -> Result<Stored> {
        let mut stored = commit_images(store, &lock, vec![record])?;
        stored.pop().context("the pulled image was not recorded")
    };
    let unpack = layers_to_unpack(store, &plan);
    if in_den_userns() || unpack.is_empty() {
        // Nothing to unpack, or no namespace child to start (den already runs in its
        // namespace): download, then unpack in-process.
        fetch_layers(&client, store, &plan, opts.quiet, &Mutex::default())?;
        let (record, jobs) = ingest_checked(store, &source, &plan, opts.quiet)?;
        unpack_layers(store, mapping, jobs)?;
        return finish(record);
    }

    // Unpack while downloading: the namespace child starts first (den must be
    // single-threaded when it forks), with a pipe per layer to download; the download
    // threads copy each blob's bytes into its pipe as well as into the store.
    let (verdict_read, verdict_write) = pipe()?;
    let shared = Arc::new(Mutex::new(Writers {
        layers: HashMap::new(),
        verdict: Some(verdict_write),
    }));
    let mut jobs = Vec::new();
    for (digest, job) in unpack {
        let read = if store.blob_path(&digest).is_file() {
            None
        } else {
            let (read, write) = pipe()?;
            if let Ok(mut w) = shared.lock() {
                w.layers.insert(digest, write);
            }
            Some(read)
        };
        jobs.push(StreamJob { job, pipe: read });
    }
    let policy = policy_for(mapping);
    let child_store = store.clone();
    let child_shared = Arc::clone(&shared);
    let child = spawn_in_store_ns(mapping, move || {
        // The child's copies of the write ends: closed, so that its pipes end when the
        // parent's do.
        if let Ok(mut w) = child_shared.lock() {
            *w = Writers::default();
        }
        unpack_streamed(&child_store, policy, jobs, verdict_read)
    })?;
    let ingested = fetch_layers(&client, store, &plan, opts.quiet, &shared)
        .and_then(|()| ingest_checked(store, &source, &plan, opts.quiet));
    let verdict = shared.lock().ok().and_then(|mut w| {
        w.layers.clear();
        w.verdict.take()
    });
    if let (Ok(_), Some(mut v)) = (&ingested, verdict) {
        // A failure to write ends the child's wait without the verdict: it stores nothing.
        let _ = v.write_all(&[COMMIT]);
    }
    let unpacked = child.wait();
    let (record, _) = ingested?;
    unpacked?;
    finish(record)
}

/// The write ends of the pipes to the unpacking child: one per layer blob still to download
/// (taken by its download), and the verdict.
#[derive(Debug, Default)]
struct Writers {
    layers: HashMap<String, File>,
    verdict: Option<File>,
}

/// A pipe (close-on-exec: the id-map helpers must not keep it open), as read and write end.
pub(crate) fn pipe() -> Result<(File, File)> {
    let (read, write) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .context("creating a pipe for unpacking layers")?;
    // A larger buffer means fewer round trips between downloader and unpacker.
    let _ = nix::fcntl::fcntl(&write, nix::fcntl::FcntlArg::F_SETPIPE_SZ(1 << 20));
    Ok((File::from(read), File::from(write)))
}

/// The layers of `plan` that the store lacks (each once), with their blob digests; empty
/// when the config cannot be read (`ingest_image` then says what is wrong with it).
fn layers_to_unpack(store: &Store, plan: &LoadPlan) -> Vec<(String, LayerJob)> {
    let config_digest = plan.config.digest.as_deref().unwrap_or_default();
    let Ok(bytes) = std::fs::read(store.blob_path(config_digest)) else {
        return Vec::new();
    };
    let Ok(config) = serde_json::from_slice::<oci_spec::image::ImageConfiguration>(&bytes) else {
        return Vec::new();
    };
    let diff_ids = config.rootfs().diff_ids();
    if diff_ids.len() != plan.layers.len() || !diff_ids.iter().all(|d| is_sha256_digest(d)) {
        return Vec::new();
    }
    let mut out: Vec<(String, LayerJob)> = Vec::new();
    for (i, (blob, diff_id)) in plan.layers.iter().zip(diff_ids).enumerate() {
        let Some(digest) = blob.digest.clone() else {
            return Vec::new();
        };
        if store.has_layer(diff_id)
            || out
                .iter()
                .any(|(d, j)| *d == digest || j.diff_id == *diff_id)
        {
            continue;
        }
        out.push((
            digest.clone(),
            LayerJob {
                blob: store.blob_path(&digest),
                diff_id: diff_id.clone(),
                label: format!("layer {} ({digest}) of the image", i + 1),
            },
        ));
    }
    out
}

/// `ingest_image` once the blobs are in the store, with podman's closing lines.
fn ingest_checked(
    store: &Store,
    source: &RegistrySource<'_>,
    plan: &LoadPlan,
    quiet: bool,
) -> Result<(ImageRecord, Vec<LayerJob>)> {
    if !quiet {
        eprintln!(
            "Copying config {}",
            plan.config.digest.as_deref().unwrap_or_default()
        );
        eprintln!("Writing manifest to image destination");
    }
    ingest_image(store, source, plan)
}

/// Fetches the manifest of `reference` (by digest when it has one, verified), following an
/// index or manifest list to `wanted`'s entry. Returns its bytes and digest.
fn fetch_manifest(
    client: &Client,
    reference: &Reference,
    wanted: &Wanted,
) -> Result<(Vec<u8>, String)> {
    let want = reference
        .digest
        .clone()
        .or_else(|| reference.tag.clone())
        .unwrap_or_else(|| "latest".into());
    let (bytes, content_type) = client
        .get_manifest(&want, ACCEPT)
        .with_context(|| format!("reading manifest {want}"))?;
    let digest = sha256_digest(&bytes);
    if let Some(d) = &reference.digest
        && *d != digest
    {
        bail!("manifest {d} has digest {digest}: the registry sent something else");
    }
    match media_type_of(&bytes, &content_type).as_str() {
        MEDIA_OCI_INDEX | MEDIA_DOCKER_LIST => {}
        MEDIA_OCI_MANIFEST | MEDIA_DOCKER_MANIFEST => return Ok((bytes, digest)),
        t if t.starts_with(MEDIA_DOCKER_V1) => bail!(
            "manifest {want} is docker schema 1, which den does not support (push the image again with a current tool)"
        ),
        other => bail!("manifest {want} has unsupported media type \"{other}\""),
    }
    let index: IndexDoc = serde_json::from_slice(&bytes)
        .with_context(|| format!("image index {want} does not parse"))?;
    let chosen = index
        .manifests
        .iter()
        .find(|m| wanted.matches(m))
        .with_context(|| {
            let have: Vec<String> = index
                .manifests
                .iter()
                .filter_map(|m| m.platform.as_ref())
                .map(|p| {
                    let mut s = format!("{}/{}", p.os, p.architecture);
                    if let Some(v) = &p.variant {
                        s.push('/');
                        s.push_str(v);
                    }
                    s
                })
                .collect();
            format!(
                "image index {want} has no image for {wanted} (it has: {})",
                have.join(", ")
            )
        })
        .hint("choose one with --platform OS/ARCH")?;
    let (child, child_type) = client
        .get_manifest(&chosen.digest, ACCEPT)
        .with_context(|| format!("reading manifest {}", chosen.digest))?;
    let child_digest = sha256_digest(&child);
    if child_digest != chosen.digest {
        bail!(
            "manifest {} has digest {child_digest}: the registry sent something else",
            chosen.digest
        );
    }
    match media_type_of(&child, &child_type).as_str() {
        MEDIA_OCI_MANIFEST | MEDIA_DOCKER_MANIFEST => Ok((child, child_digest)),
        other => bail!(
            "manifest {} has unsupported media type \"{other}\"",
            chosen.digest
        ),
    }
}

/// The `mediaType` of a manifest, else the Content-Type the registry sent when it names a
/// manifest type, else what the document's shape says (OCI allows leaving it out).
fn media_type_of(bytes: &[u8], content_type: &str) -> String {
    let value = serde_json::from_slice::<serde_json::Value>(bytes).ok();
    if let Some(t) = value
        .as_ref()
        .and_then(|v| v.get("mediaType")?.as_str().map(str::to_string))
    {
        return t;
    }
    let header = content_type.split(';').next().unwrap_or_default().trim();
    if header.starts_with("application/vnd.") {
        return header.to_string();
    }
    match value {
        Some(v) if v.get("manifests").is_some() => MEDIA_OCI_INDEX.to_string(),
        Some(v) if v.get("config").is_some() => MEDIA_OCI_MANIFEST.to_string(),
        _ => header.to_string(),
    }
}

/// Fetches the config into the store (verified), unless it is there.
fn fetch_config(client: &Client, store: &Store, plan: &LoadPlan) -> Result<()> {
    let digest = plan.config.digest.clone().unwrap_or_default();
    if store.blob_path(&digest).is_file() {
        return Ok(());
    }
    let reader = client
        .get_blob(&digest)
        .with_context(|| format!("fetching config {digest}"))?;
    let mut bytes = Vec::new();
    reader
        .take(MAX_CONFIG + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading config {digest}"))?;
    if bytes.len() as u64 > MAX_CONFIG {
        bail!("config {digest} is larger than {} MiB", MAX_CONFIG >> 20);
    }
    let actual = sha256_digest(&bytes);
    if actual != digest {
        bail!("config {digest} has digest {actual}: it is corrupt");
    }
    store.put_blob_bytes(&bytes)?;
    Ok(())
}

/// Fetches the layer blobs the store lacks, `PARALLEL` at a time, each verified as it
/// streams in; a transfer that breaks off is tried again from the start.
fn fetch_layers(
    client: &Client,
    store: &Store,
    plan: &LoadPlan,
    quiet: bool,
    writers: &Mutex<Writers>,
) -> Result<()> {
    let progress = Progress::new(quiet);
    let mut todo = Vec::new();
    for blob in &plan.layers {
        let digest = blob.digest.clone().unwrap_or_default();
        if store.blob_path(&digest).is_file() {
            progress.skipped(&digest);
        } else if !todo.iter().any(|(d, _)| *d == digest) {
            todo.push((digest, blob.size));
        }
    }
    let queue = Mutex::new(todo);
    let failure: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    let workers = PARALLEL.min(queue.lock().map_or(1, |q| q.len())).max(1);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let next = queue.lock().ok().and_then(|mut q| {
                        if q.is_empty() {
                            None
                        } else {
                            Some(q.remove(0))
                        }
                    });
                    let Some((digest, size)) = next else { break };
                    if failure.lock().map_or(true, |f| f.is_some()) {
                        break;
                    }
                    let pipe = writers
                        .lock()
                        .ok()
                        .and_then(|mut w| w.layers.remove(&digest));
                    if let Err(e) = fetch_blob(client, store, &digest, size, &progress, pipe) {
                        if let Ok(mut f) = failure.lock() {
                            f.get_or_insert(e);
                        }
                        break;
                    }
                }
            });
        }
    });
    progress.finish();
    match failure.into_inner().ok().flatten() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn fetch_blob(
    client: &Client,
    store: &Store,
    digest: &str,
    size: Option<u64>,
    progress: &Progress,
    pipe: Option<File>,
) -> Result<()> {
    let bar = progress.start(digest, size);
    let label = format!("blob {digest}");
    let expect = Expect {
        digest: Some(digest.to_string()),
        size,
    };
    let mut attempt = 0;
    // The first try that gets an answer also feeds the unpacker (the pipe closes when that
    // try ends); a later one only the store (the unpacker then unpacks the stored blob).
    let mut pipe = pipe;
    loop {
        attempt += 1;
        bar.set_position(0);
        let result = client
            .get_blob(digest)
            .with_context(|| format!("fetching {label}"))
            .and_then(|reader| {
                let reader = Tee {
                    inner: bar.wrap_read(reader),
                    pipe: pipe.take(),
                };
                ingest_blob(store, reader, &expect, &label, false).map(drop)
            });
        match result {
            Ok(()) => {
                progress.done(&bar, digest);
                return Ok(());
            }
            // A broken transfer (an I/O error at the bottom) is worth another try; a wrong
            // digest or size is not.
            Err(e)
                if attempt < BLOB_ATTEMPTS
                    && e.root_cause().downcast_ref::<std::io::Error>().is_some()
                    && http_status(&e).is_none() =>
            {
                tracing::info!("{label}: {e:#}: trying again");
                std::thread::sleep(Duration::from_millis(500 << attempt));
            }
            Err(e) => return Err(name_stall(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms_parse_and_match_variants() {
        assert_eq!(Wanted::parse(None).unwrap().os, "linux");
        let w = Wanted::parse(Some("linux/arm/v7")).unwrap();
        assert_eq!(w.to_string(), "linux/arm/v7");
        assert!(Wanted::parse(Some("linux")).is_err());
        assert!(Wanted::parse(Some("a/b/c/d")).is_err());
        let d: Descriptor = serde_json::from_str(
            r#"{"digest":"sha256:00","size":1,"platform":{"os":"linux","architecture":"arm","variant":"v6"}}"#,
        )
        .unwrap();
        assert!(!w.matches(&d));
        assert!(Wanted::parse(Some("linux/arm")).unwrap().matches(&d));
    }

    #[test]
    fn media_type_comes_from_the_body_then_the_header() {
        assert_eq!(media_type_of(br#"{"mediaType":"x"}"#, "y"), "x");
        assert_eq!(
            media_type_of(b"{}", "application/vnd.y; charset=utf-8"),
            "application/vnd.y"
        );
        assert_eq!(
            media_type_of(br#"{"manifests":[]}"#, "application/json"),
            MEDIA_OCI_INDEX
        );
    }
}
