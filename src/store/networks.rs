//! User-defined network records, owned here: one per network in `<store>/networks/<name>.json`,
//! written atomically under the store's lock (which makes names and subnets unique), plus
//! podman's built-in `podman` network, which is never stored. A record is configuration only:
//! the namespace that carries a network exists only while containers use it
//! (`network::holder`). Which containers use a network is read from their plans, as volumes'
//! users are.

use std::collections::BTreeMap;
use std::fs;
use std::net::Ipv4Addr;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::{Store, StoreLock, records};
use crate::error::{ExitCodeExt, hinted};
use crate::network::subnet::Subnet;

/// podman's default network: always there, never removed, without DNS.
pub const DEFAULT_NAME: &str = "podman";
/// podman's fixed id of its default network.
pub const DEFAULT_ID: &str = "2f259bab93aaaaa2542ba43ef33eb990d0999ee1b9924b557b7be53c0b7a1bb9";
/// podman's phrase for a network that does not exist (scripts grep for it).
pub const NOT_FOUND: &str = "network not found";

/// A network's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkRecord {
    pub name: String,
    pub id: String,
    /// The bridge's name inside the network's namespace (podman's `network_interface`).
    pub interface: String,
    /// RFC 3339 with nanoseconds, UTC.
    pub created: String,
    pub subnet: Subnet,
    pub gateway: Ipv4Addr,
    /// No way out: no outbound helper, no published ports.
    #[serde(default)]
    pub internal: bool,
    /// The network's DNS server answers its containers' names.
    #[serde(default = "yes")]
    pub dns_enabled: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
}

fn yes() -> bool {
    true
}

impl NetworkRecord {
    /// podman's built-in network (its creation time is "now", as podman shows it).
    #[must_use]
    pub fn default_network() -> NetworkRecord {
        let subnet: Subnet = "10.88.0.0/16".parse().expect("a valid subnet");
        NetworkRecord {
            name: DEFAULT_NAME.into(),
            id: DEFAULT_ID.into(),
            interface: "podman0".into(),
            created: super::volumes::now_with_nanos(),
            gateway: subnet.nth(1),
            subnet,
            internal: false,
            dns_enabled: false,
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
        }
    }

    #[must_use]
    pub fn short_id(&self) -> &str {
        &self.id[..12.min(self.id.len())]
    }

    /// `network inspect`'s object, podman 4.3's fields in its order.
    #[must_use]
    pub fn inspect_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({
            "name": self.name,
            "id": self.id,
            "driver": "bridge",
            "network_interface": self.interface,
            "created": self.created,
            "subnets": [{"subnet": self.subnet.to_string(), "gateway": self.gateway.to_string()}],
            "ipv6_enabled": false,
            "internal": self.internal,
            "dns_enabled": self.dns_enabled,
        });
        if !self.labels.is_empty() {
            v["labels"] = serde_json::json!(self.labels);
        }
        if !self.options.is_empty() {
            v["options"] = serde_json::json!(self.options);
        }
        v["ipam_options"] = serde_json::json!({"driver": "host-local"});
        v
    }
}

/// `<store>/networks`.
#[must_use]
pub fn networks_dir(store: &Store) -> PathBuf {
    store.root().join("networks")
}

fn path(store: &Store, name: &str) -> PathBuf {
    networks_dir(store).join(format!("{name}.json"))
}

/// podman's error for a name or id that matches no network (exit 125).
pub fn not_found(name: &str) -> anyhow::Error {
    hinted(
        format!("unable to find network with name or ID {name}: {NOT_FOUND}"),
        "list networks with `den network ls`, or create it: den network create NAME",
    )
}

/// podman's rule for network names.
pub fn validate_name(name: &str) -> Result<()> {
    let mut chars = name.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if ok {
        Ok(())
    } else {
        Err(anyhow::anyhow!(
            "network name {name} invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument"
        ))
    }
}

fn read_file(p: &std::path::Path) -> Result<NetworkRecord> {
    let bytes = fs::read(p).with_context(|| format!("reading \"{}\"", p.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("parsing \"{}\"", p.display()))
}

/// Every network, the built-in one among them, sorted by name (as podman lists them).
#[must_use]
pub fn list(store: &Store) -> Vec<NetworkRecord> {
    let mut out: Vec<NetworkRecord> = fs::read_dir(networks_dir(store))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
                .filter_map(|e| read_file(&e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    out.push(NetworkRecord::default_network());
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Finds a network by name, full id or unique id prefix; podman's error (125) otherwise.
pub fn resolve(store: &Store, name_or_id: &str) -> Result<NetworkRecord> {
    let all = list(store);
    match super::find_by_id_or_name(
        &all,
        name_or_id,
        |r| (r.id.as_str(), r.name.as_str()),
        "network",
    )? {
        Some(r) => Ok(r.clone()),
        None => Err(not_found(name_or_id)).exit_code(crate::error::EXIT_DEN),
    }
}

/// Writes a network's record atomically. The store's lock is held.
pub fn write(store: &Store, _lock: &StoreLock, record: &NetworkRecord) -> Result<()> {
    let d = networks_dir(store);
    fs::create_dir_all(&d).with_context(|| format!("creating \"{}\"", d.display()))?;
    let bytes = serde_json::to_vec_pretty(record).context("encoding a network record")?;
    store.write_file_atomic(&path(store, &record.name), "network-", &bytes)
}

/// Removes a network's record. The store's lock is held and no container uses it.
pub fn remove(store: &Store, _lock: &StoreLock, name: &str) -> Result<()> {
    let p = path(store, name);
    fs::remove_file(&p).with_context(|| format!("removing \"{}\"", p.display()))
}

/// The containers attached to each network (by network id), from their plans.
#[must_use]
pub fn users(store: &Store) -> BTreeMap<String, Vec<records::ContainerRecord>> {
    let mut out: BTreeMap<String, Vec<records::ContainerRecord>> = BTreeMap::new();
    for id in records::all_ids(store) {
        let Ok(r) = records::read(store, &id) else {
            continue;
        };
        let Some(plan) = &r.plan else { continue };
        for a in plan.network.attachments() {
            out.entry(a.network_id.clone()).or_default().push(r.clone());
        }
    }
    out
}

/// The lock under which containers get addresses on user-defined networks (a file of its own:
/// it is held across the store's lock, which `create` takes to write the record).
pub struct IpamLock {
    _lock: nix::fcntl::Flock<fs::File>,
}

impl IpamLock {
    pub fn acquire(store: &Store) -> Result<IpamLock> {
        let d = networks_dir(store);
        fs::create_dir_all(&d).with_context(|| format!("creating \"{}\"", d.display()))?;
        let path = d.join("ipam.lock");
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("opening \"{}\"", path.display()))?;
        nix::fcntl::Flock::lock(file, nix::fcntl::FlockArg::LockExclusive)
            .map(|l| IpamLock { _lock: l })
            .map_err(|(_, e)| anyhow::anyhow!("locking \"{}\": {e}", path.display()))
    }
}
