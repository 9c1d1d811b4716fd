//! Secrets of the file driver, as podman's: `<store>/secrets/secrets.json` (the index: id,
//! name, driver, times, labels), each secret's data in `<store>/secrets/filedriver/<id>`,
//! mode 0600 in directories of mode 0700. Ids are 25 hex digits, as podman's. Every change
//! holds the store lock and writes atomically (temp file in the store, fsync, rename).

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use super::{Store, StoreLock};
use crate::error::hinted;

/// podman's limit on a secret's size (512000 bytes).
pub const MAX_SIZE: usize = 512_000;

/// The one driver den has.
pub const FILE_DRIVER: &str = "file";

/// A secret's entry in the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecretRecord {
    pub id: String,
    pub name: String,
    pub driver: String,
    /// RFC 3339 with nanoseconds, UTC.
    pub created: String,
    pub updated: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub driver_options: BTreeMap<String, String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    #[serde(default)]
    secrets: Vec<SecretRecord>,
}

fn dir(store: &Store) -> PathBuf {
    store.root().join("secrets")
}

/// Where the file driver keeps its data (podman's `Spec.Driver.Options.path`).
pub fn data_dir(store: &Store) -> PathBuf {
    dir(store).join("filedriver")
}

/// The file that holds a secret's data.
pub fn data_file(store: &Store, id: &str) -> PathBuf {
    data_dir(store).join(id)
}

fn read_index(store: &Store) -> Result<Index> {
    let path = dir(store).join("secrets.json");
    match fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .with_context(|| format!("reading \"{}\"", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Index::default()),
        Err(e) => Err(e).with_context(|| format!("reading \"{}\"", path.display())),
    }
}

fn write_index(store: &Store, _lock: &StoreLock, index: &Index) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(index).context("encoding the secrets index")?;
    store.write_file_atomic(&dir(store).join("secrets.json"), "secrets-", &bytes)
}

fn ensure_dirs(store: &Store) -> Result<()> {
    let data = data_dir(store);
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&data)
        .with_context(|| format!("creating \"{}\"", data.display()))?;
    for d in [dir(store), data] {
        fs::set_permissions(&d, fs::Permissions::from_mode(0o700))
            .with_context(|| format!("setting the mode of \"{}\"", d.display()))?;
    }
    Ok(())
}

/// Every secret, oldest first.
pub fn list(store: &Store) -> Result<Vec<SecretRecord>> {
    Ok(read_index(store)?.secrets)
}

/// podman's error for a name or id that names no secret.
pub fn not_found(name: &str) -> anyhow::Error {
    hinted(
        format!("no secret with name or id \"{name}\": no such secret"),
        "list them with: den secret ls",
    )
}

/// The secret named `name`: its name, its full id, or a unique id prefix.
pub fn find(store: &Store, name: &str) -> Result<SecretRecord> {
    let secrets = list(store)?;
    if let Some(s) = secrets.iter().find(|s| s.name == name || s.id == name) {
        return Ok(s.clone());
    }
    let matches: Vec<&SecretRecord> = secrets.iter().filter(|s| s.id.starts_with(name)).collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(not_found(name)),
        _ => bail!("more than one result secret with prefix {name}: secret is ambiguous"),
    }
}

/// Checks a name as podman does.
pub fn validate_name(name: &str) -> Result<()> {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    let ends_ok = name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric());
    if name.is_empty() || name.len() > 64 || !name.chars().all(ok_char) || !ends_ok {
        bail!(
            "only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]: {name}: invalid secret name"
        );
    }
    Ok(())
}

fn new_id() -> Result<String> {
    let mut bytes = [0u8; 13];
    fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .context("reading /dev/urandom")?;
    let mut id = hex::encode(bytes);
    id.truncate(25);
    Ok(id)
}

/// Creates a secret with `data`; refuses a name in use (podman's message).
pub fn create(
    store: &Store,
    name: &str,
    data: &[u8],
    labels: BTreeMap<String, String>,
) -> Result<SecretRecord> {
    validate_name(name)?;
    if data.is_empty() {
        bail!("secret data must be larger than 0 and less than {MAX_SIZE} bytes");
    }
    if data.len() >= MAX_SIZE {
        bail!("secret data must be larger than 0 and less than {MAX_SIZE} bytes");
    }
    let lock = store.lock()?;
    let mut index = read_index(store)?;
    if index.secrets.iter().any(|s| s.name == name) {
        return Err(hinted(
            format!("{name}: secret name in use"),
            format!("remove it first: den secret rm {name}"),
        ));
    }
    ensure_dirs(store)?;
    let id = new_id()?;
    // write_file_atomic's temp file has mode 0600, which the rename keeps.
    store.write_file_atomic(&data_file(store, &id), "secret-", data)?;
    let now = super::volumes::now_with_nanos();
    let record = SecretRecord {
        id,
        name: name.to_string(),
        driver: FILE_DRIVER.to_string(),
        created: now.clone(),
        updated: now,
        labels,
        driver_options: BTreeMap::from([(
            "path".to_string(),
            data_dir(store).display().to_string(),
        )]),
    };
    index.secrets.push(record.clone());
    write_index(store, &lock, &index)?;
    Ok(record)
}

/// Removes a secret (its index entry, then its data). podman 4.3 removes a secret that
/// containers use; they keep what they read when they started.
pub fn remove(store: &Store, id: &str) -> Result<()> {
    let lock = store.lock()?;
    let mut index = read_index(store)?;
    index.secrets.retain(|s| s.id != id);
    write_index(store, &lock, &index)?;
    match fs::remove_file(data_file(store, id)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("removing the data of secret {id}")),
    }
}

/// Reads a secret's data.
pub fn read_data(path: &std::path::Path, name: &str) -> Result<Vec<u8>> {
    fs::read(path).with_context(|| format!("reading the data of secret \"{name}\""))
}

/// Fills in the id and data file of each secret a new container names (refusing one that
/// does not exist, as podman).
pub fn resolve_uses(store: &Store, uses: &mut [crate::plan::SecretUse]) -> Result<()> {
    for u in uses {
        let record = find(store, &u.name)?;
        u.data_file = data_file(store, &record.id);
        u.id = record.id;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::MetadataExt;

    #[test]
    fn names_are_checked_as_podmans() {
        for ok in ["s1", "a.b-c_d", "A9"] {
            validate_name(ok).unwrap();
        }
        for bad in ["", "bad/name", "-x", "x-", &"a".repeat(65)] {
            assert!(
                validate_name(bad)
                    .unwrap_err()
                    .to_string()
                    .ends_with("invalid secret name")
            );
        }
    }

    #[test]
    fn secrets_are_created_found_and_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        let s = create(&store, "s1", b"hunter2", BTreeMap::new()).unwrap();
        assert_eq!(s.id.len(), 25);
        assert!(s.id.chars().all(|c| c.is_ascii_hexdigit()));
        let file = data_file(&store, &s.id);
        assert_eq!(fs::read(&file).unwrap(), b"hunter2");
        assert_eq!(fs::metadata(&file).unwrap().mode() & 0o777, 0o600);
        assert_eq!(
            fs::metadata(data_dir(&store)).unwrap().mode() & 0o777,
            0o700
        );
        let e = create(&store, "s1", b"x", BTreeMap::new()).unwrap_err();
        assert_eq!(e.to_string(), "s1: secret name in use");
        assert_eq!(find(&store, "s1").unwrap(), s);
        assert_eq!(find(&store, &s.id[..5]).unwrap(), s);
        assert!(create(&store, "empty", b"", BTreeMap::new()).is_err());
        remove(&store, &s.id).unwrap();
        assert!(!file.exists());
        assert!(list(&store).unwrap().is_empty());
        assert!(
            find(&store, "s1")
                .unwrap_err()
                .to_string()
                .contains("no such secret")
        );
    }
}
