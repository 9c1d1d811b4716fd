//! Volumes, laid out as podman's: `volumes/NAME/volume.json` (the record) and
//! `volumes/NAME/_data` (what containers mount). Records are written atomically under the
//! store's lock; which containers use a volume is read from the containers' plans, so a
//! volume cannot be in use without a container record saying so.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::{Store, StoreLock, records};
use crate::error::{ExitCodeExt, hinted};
use crate::identity::idmap::IdMapping;

/// A file next to `_data` while the volume waits to be seeded: the container that mounts it
/// first copies the image's content in and removes the file, so a later start, or another
/// container, never seeds it again (podman's NeedsCopyUp).
pub const COPY_UP_MARKER: &str = "copy-up";

/// The one volume driver den has.
pub const LOCAL: &str = "local";

/// A volume's record (`volume.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumeRecord {
    pub name: String,
    pub driver: String,
    /// RFC 3339, UTC.
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// The `-o` options as given (`type`, `device`, `o`), and `UID`/`GID` from `o=uid=,gid=`
    /// as podman records them.
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    /// Made for one container (`-v /path`, an image VOLUME); removed with it by `rm -v` and
    /// `--rm`.
    #[serde(default)]
    pub anonymous: bool,
    /// The first container that mounts it seeds it with the image's content there.
    #[serde(default)]
    pub needs_copy_up: bool,
    #[serde(default)]
    pub uid: Option<u32>,
    #[serde(default)]
    pub gid: Option<u32>,
}

impl VolumeRecord {
    /// A new local volume with no options.
    pub fn new(name: &str, anonymous: bool) -> VolumeRecord {
        VolumeRecord {
            name: name.to_string(),
            driver: LOCAL.to_string(),
            created: now_with_nanos(),
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
            anonymous,
            needs_copy_up: true,
            uid: None,
            gid: None,
        }
    }

    /// `-o type=tmpfs`: the volume is a tmpfs mounted afresh in each container.
    pub fn is_tmpfs(&self) -> bool {
        self.options.get("type").is_some_and(|t| t == "tmpfs")
    }

    /// The mount(8) options of a tmpfs volume (`o=`), with uid/gid kept.
    pub fn tmpfs_options(&self) -> String {
        self.options.get("o").cloned().unwrap_or_default()
    }
}

/// Now, RFC 3339 with nanoseconds (as podman's volume times).
pub(crate) fn now_with_nanos() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = super::time::format_rfc3339(i64::try_from(now.as_secs()).unwrap_or(0));
    match secs.strip_suffix('Z') {
        Some(base) => format!("{base}.{:09}Z", now.subsec_nanos()),
        None => secs,
    }
}

/// `volumes/NAME`.
pub fn dir(store: &Store, name: &str) -> PathBuf {
    store.volumes_dir().join(name)
}

/// `volumes/NAME/_data`: the mount point's source.
pub fn data_dir(store: &Store, name: &str) -> PathBuf {
    dir(store, name).join("_data")
}

pub fn exists(store: &Store, name: &str) -> bool {
    data_dir(store, name).is_dir()
}

/// "no such volume", exit 1 (podman's code for `volume rm` and `exists`; `inspect` uses 125).
pub fn not_found(name: &str) -> anyhow::Error {
    hinted(
        format!("no volume with name \"{name}\" found: no such volume"),
        "see the volumes with: den volume ls",
    )
}

/// Reads a volume's record. A directory without one (a volume of an older den) reads as a
/// named volume created when its directory was.
pub fn read(store: &Store, name: &str) -> Result<VolumeRecord> {
    if crate::plan::validate_volume_name(name).is_err() || !exists(store, name) {
        return Err(not_found(name)).exit_code(1);
    }
    let path = dir(store, name).join("volume.json");
    match fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .with_context(|| format!("parsing \"{}\"", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let created = fs::metadata(dir(store, name))
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or_else(records::now_rfc3339, |d| {
                    super::time::format_rfc3339(i64::try_from(d.as_secs()).unwrap_or(0))
                });
            let mut record = VolumeRecord::new(name, false);
            record.created = created;
            record.needs_copy_up = false;
            Ok(record)
        }
        Err(e) => Err(e).with_context(|| format!("reading \"{}\"", path.display())),
    }
}

/// Every volume, by name.
pub fn list(store: &Store) -> Vec<VolumeRecord> {
    let Ok(entries) = fs::read_dir(store.volumes_dir()) else {
        return Vec::new();
    };
    let mut out: Vec<VolumeRecord> = entries
        .flatten()
        .filter_map(|e| read(store, &e.file_name().to_string_lossy()).ok())
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Writes a volume's record atomically. The store's lock is held.
pub fn write(store: &Store, _lock: &StoreLock, record: &VolumeRecord) -> Result<()> {
    let path = dir(store, &record.name).join("volume.json");
    let bytes = serde_json::to_vec_pretty(record).context("encoding a volume record")?;
    store.write_file_atomic(&path, "volume-", &bytes)
}

/// Creates a volume: its directory, `_data` (owned by `uid`/`gid` of the container's
/// namespace when given) and its record. Refuses a name in use, as podman.
pub fn create(
    store: &Store,
    lock: &StoreLock,
    record: &VolumeRecord,
    mapping: &IdMapping,
) -> Result<()> {
    crate::plan::validate_volume_name(&record.name)?;
    let dir = dir(store, &record.name);
    if dir.exists() {
        return Err(hinted(
            format!(
                "volume with name {} already exists: volume already exists",
                record.name
            ),
            "choose another name, or use the volume that is there",
        ));
    }
    fs::create_dir(&dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
    let data = dir.join("_data");
    let made = fs::create_dir(&data)
        .with_context(|| format!("creating \"{}\"", data.display()))
        .and_then(|()| write(store, lock, record))
        .and_then(|()| chown_data(&data, record, mapping));
    if made.is_err() {
        let _ = fs::remove_dir_all(&dir);
    }
    made
}

/// Gives `_data` the owner of `o=uid=,gid=` (ids inside the containers' namespace).
fn chown_data(data: &Path, record: &VolumeRecord, mapping: &IdMapping) -> Result<()> {
    if record.uid.is_none() && record.gid.is_none() {
        return Ok(());
    }
    let data = data.to_path_buf();
    let (uid, gid) = (record.uid, record.gid);
    crate::identity::userns::run_in_store_ns(mapping, move || {
        std::os::unix::fs::chown(&data, uid, gid)
            .with_context(|| format!("giving \"{}\" its owner", data.display()))
    })
}

/// Which containers use each volume (their plans' mounts), container ids sorted.
pub fn users(store: &Store) -> HashMap<String, Vec<String>> {
    let mut users: HashMap<String, Vec<String>> = HashMap::new();
    for id in records::all_ids(store) {
        let Some(plan) = records::read(store, &id).ok().and_then(|r| r.plan) else {
            continue;
        };
        for m in &plan.mounts {
            if let Some(name) = m.volume() {
                let list = users.entry(name.to_string()).or_default();
                if !list.contains(&id) {
                    list.push(id.clone());
                }
            }
        }
    }
    for list in users.values_mut() {
        list.sort();
    }
    users
}

/// Removes a volume's directory: plainly, or in den's namespace when containers left files
/// owned by subordinate ids. The caller holds the store's lock and has checked it is unused.
pub fn remove(store: &Store, _lock: &StoreLock, name: &str, mapping: &IdMapping) -> Result<()> {
    let dir = dir(store, name);
    if fs::remove_dir_all(&dir).is_ok() || !dir.exists() {
        return Ok(());
    }
    crate::identity::userns::run_in_store_ns(mapping, move || {
        fs::remove_dir_all(&dir).with_context(|| format!("removing volume \"{}\"", dir.display()))
    })
}

/// Removes the anonymous volumes among `mounts` that no other container uses (`rm -v`,
/// `run --rm`): the container `id` is gone or going. Named volumes stay.
pub fn remove_anonymous(
    store: &Store,
    lock: &StoreLock,
    id: &str,
    mounts: &[crate::plan::UserMount],
    mapping: &IdMapping,
) -> Result<()> {
    let names: Vec<&str> = mounts.iter().filter_map(|m| m.volume()).collect();
    if names.is_empty() {
        return Ok(());
    }
    let users = users(store);
    for name in names {
        let Ok(record) = read(store, name) else {
            continue;
        };
        let others = users
            .get(name)
            .is_some_and(|list| list.iter().any(|c| c != id));
        if record.anonymous && !others {
            remove(store, lock, name, mapping)?;
        }
    }
    Ok(())
}

/// podman's `volume inspect` object.
pub fn inspect_json(store: &Store, record: &VolumeRecord) -> serde_json::Value {
    let mut v = serde_json::json!({
        "Name": record.name,
        "Driver": record.driver,
        "Mountpoint": data_dir(store, &record.name),
        "CreatedAt": record.created,
        "Labels": record.labels,
        "Scope": "local",
        "Options": record.options,
    });
    let map = v.as_object_mut().expect("an object");
    if let Some(uid) = record.uid {
        map.insert("UID".into(), uid.into());
    }
    if let Some(gid) = record.gid {
        map.insert("GID".into(), gid.into());
    }
    // Rootless podman reports 0 even while a container runs with it: the mount is made
    // in the container's namespace, as den's is.
    map.insert("MountCount".into(), 0.into());
    map.insert("NeedsCopyUp".into(), record.needs_copy_up.into());
    if record.uid.is_none() && record.gid.is_none() {
        map.insert("NeedsChown".into(), true.into());
    }
    if record.anonymous {
        map.insert("Anonymous".into(), true.into());
    }
    v
}

/// Go's `time.Time` text (`2006-01-02 15:04:05.999999999 +0000 UTC`) of an RFC 3339 UTC time,
/// as podman's templates print `.CreatedAt`.
pub fn go_time(rfc3339: &str) -> String {
    let t = rfc3339.trim_end_matches('Z').replacen('T', " ", 1);
    format!("{t} +0000 UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_old_ones_read() {
        let r = VolumeRecord::new("v", true);
        let text = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<VolumeRecord>(&text).unwrap(), r);
        let old: VolumeRecord =
            serde_json::from_str(r#"{"name":"v","driver":"local","created":"x"}"#).unwrap();
        assert!(!old.anonymous && old.labels.is_empty());
    }

    #[test]
    fn inspect_has_podmans_keys_in_order() {
        let store = Store { root: "/s".into() };
        let mut r = VolumeRecord::new("v", false);
        let keys = |r: &VolumeRecord| -> Vec<String> {
            inspect_json(&store, r)
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect()
        };
        assert_eq!(
            keys(&r),
            [
                "Name",
                "Driver",
                "Mountpoint",
                "CreatedAt",
                "Labels",
                "Scope",
                "Options",
                "MountCount",
                "NeedsCopyUp",
                "NeedsChown"
            ]
        );
        r.uid = Some(1);
        assert!(keys(&r).contains(&"UID".to_string()) && !keys(&r).contains(&"NeedsChown".into()));
        assert_eq!(inspect_json(&store, &r)["Mountpoint"], "/s/volumes/v/_data");
    }

    #[test]
    fn go_time_text() {
        assert_eq!(
            go_time("2026-12-02T19:47:51Z"),
            "2026-12-02 19:47:51 +0000 UTC"
        );
    }
}
