//! Pod records, owned here: one per pod in `<store>/pods/<id>/pod.json`, written atomically
//! under the store's lock (which makes pod names unique). Which containers belong to a pod
//! is read from the containers' own plans (`ContainerConfig::pod`), as volumes' users are, so
//! a pod can never list a container whose record says otherwise. A pod's infra container is
//! an ordinary container record whose plan says `infra`.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::{Store, StoreLock, records};
use crate::error::{ExitCodeExt, hinted};

/// podman's phrase for a pod that does not exist (scripts grep for it).
pub const NO_SUCH_POD: &str = "no such pod";

/// The namespaces a pod's containers may share (podman's `--share` words).
pub const SHAREABLE: [&str; 3] = ["ipc", "net", "uts"];

/// A pod's record (`pod.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PodRecord {
    pub id: String,
    pub name: String,
    /// RFC 3339, UTC.
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// `--hostname`; empty: the pod's name is the infra's hostname.
    #[serde(default)]
    pub hostname: String,
    /// The namespaces the infra holds for the pod's containers (`--share`).
    #[serde(default)]
    pub share: Vec<String>,
    /// The infra container's id; none with `--infra=false`.
    #[serde(default)]
    pub infra_id: Option<String>,
    /// `--dns` and `--add-host` (the infra's /etc files have them; kept for inspect).
    #[serde(default)]
    pub dns: Vec<String>,
    #[serde(default)]
    pub add_host: Vec<String>,
    /// The command line that made the pod (podman's `CreateCommand`).
    #[serde(default)]
    pub create_command: Vec<String>,
}

impl PodRecord {
    #[must_use]
    pub fn short_id(&self) -> &str {
        &self.id[..12.min(self.id.len())]
    }

    /// Whether the pod's containers share namespace `kind` (ipc, net, uts) through its infra.
    #[must_use]
    pub fn shares(&self, kind: &str) -> bool {
        self.infra_id.is_some() && self.share.iter().any(|s| s == kind)
    }
}

/// `<store>/pods`.
#[must_use]
pub fn pods_dir(store: &Store) -> PathBuf {
    store.root().join("pods")
}

/// `<store>/pods/<id>`.
#[must_use]
pub fn dir(store: &Store, id: &str) -> PathBuf {
    pods_dir(store).join(id)
}

/// podman's error for a pod name or id that matches none (exit 125).
pub fn not_found(name: &str) -> anyhow::Error {
    hinted(
        format!("no pod with name or ID {name} found: {NO_SUCH_POD}"),
        "list pods with `den pod ps`",
    )
}

/// Reads pod `id`'s record.
pub fn read(store: &Store, id: &str) -> Result<PodRecord> {
    let path = dir(store, id).join("pod.json");
    let bytes = fs::read(&path).with_context(|| format!("reading \"{}\"", path.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("parsing \"{}\"", path.display()))
}

/// Every pod, newest first.
#[must_use]
pub fn list(store: &Store) -> Vec<PodRecord> {
    let Ok(entries) = fs::read_dir(pods_dir(store)) else {
        return Vec::new();
    };
    let mut out: Vec<PodRecord> = entries
        .flatten()
        .filter_map(|e| read(store, &e.file_name().to_string_lossy()).ok())
        .collect();
    out.sort_by(|a, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
    out
}

/// Finds a pod by full id, name, or unique id prefix; podman's error (125) otherwise.
pub fn resolve(store: &Store, name_or_id: &str) -> Result<PodRecord> {
    let all = list(store);
    match super::find_by_id_or_name(
        &all,
        name_or_id,
        |r| (r.id.as_str(), r.name.as_str()),
        "pod",
    )? {
        Some(r) => Ok(r.clone()),
        None => Err(not_found(name_or_id)).exit_code(crate::error::EXIT_DEN),
    }
}

/// Writes a pod's record atomically. The store's lock is held.
pub fn write(store: &Store, _lock: &StoreLock, record: &PodRecord) -> Result<()> {
    let d = dir(store, &record.id);
    fs::create_dir_all(&d).with_context(|| format!("creating \"{}\"", d.display()))?;
    let bytes = serde_json::to_vec_pretty(record).context("encoding a pod record")?;
    store.write_file_atomic(&d.join("pod.json"), "pod-", &bytes)
}

/// Removes a pod's directory (its record and the infra's empty root). The store's lock is
/// held and the pod has no containers left.
pub fn remove(store: &Store, _lock: &StoreLock, id: &str) -> Result<()> {
    let d = dir(store, id);
    fs::remove_dir_all(&d).with_context(|| format!("removing \"{}\"", d.display()))
}

/// Pod `pod_id`'s containers: the infra first, then the others oldest first.
#[must_use]
pub fn members(store: &Store, pod_id: &str) -> Vec<records::ContainerRecord> {
    let mut out: Vec<records::ContainerRecord> = records::all_ids(store)
        .into_iter()
        .filter_map(|id| records::read(store, &id).ok())
        .filter(|r| pod_of(r) == Some(pod_id))
        .collect();
    out.sort_by(|a, b| (!is_infra(a), &a.created, &a.id).cmp(&(!is_infra(b), &b.created, &b.id)));
    out
}

/// The pod a container belongs to, from its plan.
#[must_use]
pub fn pod_of(r: &records::ContainerRecord) -> Option<&str> {
    r.plan.as_ref()?.config.pod.as_deref()
}

/// Whether the container is a pod's infra.
#[must_use]
pub fn is_infra(r: &records::ContainerRecord) -> bool {
    r.plan.as_ref().is_some_and(|p| p.config.infra)
}
