//! Container records, owned here and nowhere else: one per container in
//! `<store>/containers/<id>/container.json`, with its typed `State`, written atomically and
//! durably under the container's own lock (`<store>/containers/<id>/lock`, flock). A record
//! says what den last knew; `runtime::state` checks a running one against the machine (is
//! its init or monitor still the process den started, in this boot) before anything trusts
//! it. Finding a container by name, id or id prefix (`resolve`) is here too.
//!
//! The record keeps the whole `RunPlan` so that `den start` runs the same container again;
//! the plan lives in `crate::plan` (pure data and its validation), which the store may import
//! without importing `runtime`.

use std::fmt;
use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result};
use nix::fcntl::{Flock, FlockArg};
use serde::{Deserialize, Serialize};

use crate::driver::Driver;
use crate::error::{ExitCodeExt, hinted};
use crate::plan::RunPlan;
use crate::store::time::{format_rfc3339, now_unix};
use crate::store::{Store, names};

/// What a container is doing, as den last recorded it. On disk (and in `ps`/`inspect`
/// output) it is the lowercase word: `"created"`, `"running"`, `"exited"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Made by `den create` (or a run not started yet).
    Created,
    /// Its init runs, or its monitor does.
    Running,
    /// Ended; `exit_code` says how.
    Exited,
}

impl State {
    /// The word on disk and in output.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Created => "created",
            State::Running => "running",
            State::Exited => "exited",
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The record of a container in `<store>/containers/<id>/container.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    pub image: String,
    pub image_id: Option<String>,
    pub command: Vec<String>,
    pub created: String,
    pub state: State,
    pub exit_code: Option<i32>,
    pub driver: Driver,
    /// Host pid of the container's init while it runs.
    #[serde(default)]
    pub pid: Option<i32>,
    /// Start time of that pid (field 22 of /proc/PID/stat), to tell it from a reused pid.
    #[serde(default)]
    pub pid_start: Option<u64>,
    /// Host pid of the monitor (`den run -d`, `den start`); none for a foreground run.
    #[serde(default)]
    pub monitor_pid: Option<i32>,
    /// Start time of the monitor's pid.
    #[serde(default)]
    pub monitor_start: Option<u64>,
    /// /proc/sys/kernel/random/boot_id when it started.
    #[serde(default)]
    pub boot_id: Option<String>,
    #[serde(default)]
    pub started: Option<String>,
    #[serde(default)]
    pub finished: Option<String>,
    /// Whether the container's output goes to its log (detached runs).
    #[serde(default)]
    pub logged: bool,
    /// The whole plan, so `den start` runs the same container again.
    #[serde(default)]
    pub plan: Option<RunPlan>,
    /// Restarts by the monitor (its restart policy) since the last `start` by the user.
    #[serde(default)]
    pub restart_count: u32,
    /// `stop` or `kill` ended the container: its monitor does not restart it.
    #[serde(default)]
    pub stopped_by_user: bool,
    /// The health check's `--health-on-failure=restart` killed it: restart it whatever the
    /// policy.
    #[serde(default)]
    pub restart_requested: bool,
    /// Labels den keeps about the container (a toolbox's den.toml hash, `commands::shell`).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub labels: std::collections::BTreeMap<String, String>,
}

impl ContainerRecord {
    /// A record of a container just created: state `created`, nothing started yet.
    pub fn new(id: &str, name: &str, image: &str, command: Vec<String>, driver: Driver) -> Self {
        ContainerRecord {
            id: id.into(),
            name: name.into(),
            image: image.into(),
            image_id: None,
            command,
            created: now_rfc3339(),
            state: State::Created,
            exit_code: None,
            driver,
            pid: None,
            pid_start: None,
            monitor_pid: None,
            monitor_start: None,
            boot_id: None,
            started: None,
            finished: None,
            logged: false,
            plan: None,
            restart_count: 0,
            stopped_by_user: false,
            restart_requested: false,
            labels: std::collections::BTreeMap::new(),
        }
    }
}

impl ContainerRecord {
    pub fn short_id(&self) -> &str {
        &self.id[..12.min(self.id.len())]
    }

    pub fn is_running(&self) -> bool {
        self.state == State::Running
    }

    /// Marks the record exited now with `code`.
    pub fn set_exited(&mut self, code: Option<i32>) {
        self.state = State::Exited;
        self.exit_code = code;
        self.pid = None;
        self.pid_start = None;
        self.monitor_pid = None;
        self.monitor_start = None;
        self.finished = Some(now_rfc3339());
    }
}

/// The current time, RFC 3339 in UTC.
pub fn now_rfc3339() -> String {
    format_rfc3339(now_unix())
}

/// The per-container lock, held while a record is read, checked and written.
pub struct ContainerLock {
    _lock: Flock<fs::File>,
}

/// A container's directory in the store.
pub fn container_dir(store: &Store, id: &str) -> PathBuf {
    store.containers_dir().join(id)
}

/// Whether container `id` still has a record (it is gone once removed).
pub fn exists(store: &Store, id: &str) -> bool {
    container_dir(store, id).join("container.json").exists()
}

/// Takes the lock of container `id` (waits for it).
pub fn lock(store: &Store, id: &str) -> Result<ContainerLock> {
    let path = container_dir(store, id).join("lock");
    let file = crate::store::open_lock_file(&path)?;
    match Flock::lock(file, FlockArg::LockExclusive) {
        Ok(lock) => Ok(ContainerLock { _lock: lock }),
        Err((_, e)) => Err(e).with_context(|| format!("locking \"{}\"", path.display())),
    }
}

#[cfg(test)]
thread_local! {
    /// Records this thread read (`read`), for tests of how many a lookup costs.
    static READS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Reads a record as it is on disk.
pub fn read(store: &Store, id: &str) -> Result<ContainerRecord> {
    #[cfg(test)]
    READS.set(READS.get() + 1);
    let path = container_dir(store, id).join("container.json");
    let bytes = fs::read(&path).with_context(|| format!("reading \"{}\"", path.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("parsing \"{}\"", path.display()))
}

/// Writes a record atomically (temp file, rename) and, unless it is a `--rm` container's,
/// durably (fsync of the file and of the directory, `Store::write_file_atomic`): readers see
/// the old or the new one, and a crash leaves one of them. The caller holds the container's
/// lock, or the container is not yet visible.
pub fn write(store: &Store, record: &ContainerRecord) -> Result<()> {
    let path = container_dir(store, &record.id).join("container.json");
    let bytes = serde_json::to_vec_pretty(record)
        .with_context(|| format!("encoding \"{}\"", path.display()))?;
    // A `--rm` container's record goes when it exits; after a crash it is at most a stale
    // record, which `runtime::state::load` corrects. Two fsyncs would cost every `run --rm`
    // milliseconds (measured: 10.4 -> 12.2 ms), so only records that outlive the run are
    // written durably.
    if record.plan.as_ref().is_some_and(|p| p.remove) {
        store.write_file_replace(&path, "container-", &bytes)?;
    } else {
        store.write_file_atomic(&path, "container-", &bytes)?;
    }
    names::note(store, &record.name, &record.id);
    Ok(())
}

/// Drops the name index's entry for `name` while it points to container `id`, once that
/// container is removed or renamed (`store::names`; a stale entry does no harm, this keeps
/// the index from growing).
pub fn forget(store: &Store, name: &str, id: &str) {
    names::forget(store, name, id);
}

/// Ids of all containers in the store.
pub fn all_ids(store: &Store) -> Vec<String> {
    let Ok(entries) = fs::read_dir(store.containers_dir()) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().join("container.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    ids
}

/// podman's phrase for a name or id that matches no container, at the end of den's message
/// (scripts grep for it).
pub const NO_SUCH_CONTAINER: &str = "no such container";

/// Finds a container by full id, name, or unique id prefix.
pub fn resolve(store: &Store, name_or_id: &str) -> Result<String> {
    lookup(store, name_or_id).map(|(id, _)| id)
}

/// `resolve`, and the container's record: the one read while matching names, so a name
/// costs one read of its record, not two.
pub fn resolve_read(store: &Store, name_or_id: &str) -> Result<ContainerRecord> {
    match lookup(store, name_or_id)? {
        (_, Some(record)) => Ok(record),
        (id, None) => read(store, &id),
    }
}

/// The id `name_or_id` names, with its record when matching read it.
///
/// An id matches first, then a name, then an id prefix. A name the index knows
/// (`store::names`) costs one record read; any other query reads every record, as the index
/// is only a hint.
fn lookup(store: &Store, name_or_id: &str) -> Result<(String, Option<ContainerRecord>)> {
    // An id matches before a name, so not when a container has this as its id.
    if let Some((id, record)) = indexed(store, name_or_id).filter(|_| !exists(store, name_or_id)) {
        return Ok((id, Some(record)));
    }
    let ids = all_ids(store);
    if ids.iter().any(|i| i == name_or_id) {
        return Ok((name_or_id.to_string(), None));
    }
    for id in &ids {
        if let Ok(r) = read(store, id)
            && r.name == name_or_id
        {
            names::note(store, name_or_id, id);
            return Ok((id.clone(), Some(r)));
        }
    }
    let matches: Vec<&String> = if name_or_id.is_empty() {
        Vec::new()
    } else {
        ids.iter().filter(|i| i.starts_with(name_or_id)).collect()
    };
    match matches.as_slice() {
        [one] => Ok(((*one).clone(), None)),
        [] => Err(hinted(
            format!("no container with name or ID \"{name_or_id}\" found: {NO_SUCH_CONTAINER}"),
            "list containers with `den ps -a`",
        ))
        .exit_code(crate::error::EXIT_DEN),
        many => Err(hinted(
            format!(
                "more than one container matches \"{name_or_id}\" ({} of them)",
                many.len()
            ),
            "give more characters of the id, or the name",
        )),
    }
}

/// The container the name index says has `name`, and its record, when the record agrees.
fn indexed(store: &Store, name: &str) -> Option<(String, ContainerRecord)> {
    let id = names::hint(store, name)?;
    let record = read(store, &id).ok().filter(|r| r.name == name)?;
    Some((id, record))
}

/// Which container, if any, uses `name`.
pub fn find_by_name(store: &Store, name: &str) -> Option<String> {
    if let Some((id, _)) = indexed(store, name) {
        return Some(id);
    }
    let id = all_ids(store)
        .into_iter()
        .find(|id| read(store, id).is_ok_and(|r| r.name == name))?;
    names::note(store, name, &id);
    Some(id)
}

/// Seconds since the epoch of a record's time field.
pub fn unix_time(text: Option<&str>) -> Option<i64> {
    crate::store::time::parse_rfc3339(text?)
}

/// A plain record for other modules' unit tests.
#[cfg(test)]
pub(crate) fn tests_record() -> ContainerRecord {
    tests::record("0123456789abcdef", "test")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn record(id: &str, name: &str) -> ContainerRecord {
        ContainerRecord::new(id, name, "img", vec!["true".into()], Driver::Vfs)
    }

    pub(crate) fn put(store: &Store, r: &ContainerRecord) {
        fs::create_dir_all(container_dir(store, &r.id)).unwrap();
        write(store, r).unwrap();
    }

    #[test]
    fn names_ids_and_prefixes_resolve() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        put(&store, &record("abc111", "web"));
        put(&store, &record("abc222", "db"));
        assert_eq!(resolve(&store, "web").unwrap(), "abc111");
        assert_eq!(resolve(&store, "abc2").unwrap(), "abc222");
        assert_eq!(resolve(&store, "abc222").unwrap(), "abc222");
        let ambiguous = resolve(&store, "abc").unwrap_err().to_string();
        assert!(ambiguous.contains("more than one"), "{ambiguous}");
        assert!(resolve(&store, "zzz").is_err());
        assert!(resolve(&store, "").is_err());
        // A name that looks like another container's id prefix names that container.
        put(&store, &record("fff333", "abc1"));
        assert_eq!(resolve(&store, "abc1").unwrap(), "fff333");
        assert_eq!(find_by_name(&store, "db").as_deref(), Some("abc222"));
        // resolve_read gives the record resolve names, however it was named.
        for (query, id, name) in [
            ("web", "abc111", "web"),
            ("abc2", "abc222", "db"),
            ("abc222", "abc222", "db"),
            ("abc1", "fff333", "abc1"),
        ] {
            let r = resolve_read(&store, query).unwrap();
            assert_eq!((r.id.as_str(), r.name.as_str()), (id, name), "{query}");
        }
        assert!(resolve_read(&store, "abc").is_err());
        assert!(resolve_read(&store, "zzz").is_err());
    }

    /// A name costs one record read through the index, and a stale or missing entry only
    /// sends the lookup the slow way: the records decide.
    #[test]
    fn the_name_index_is_a_hint_the_records_overrule() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        put(&store, &record("abc111", "web"));
        put(&store, &record("abc222", "db"));
        // Through the index, a name costs one record read, however many there are.
        for i in 0..5 {
            put(&store, &record(&format!("aaa00{i}"), &format!("other{i}")));
        }
        READS.set(0);
        assert_eq!(resolve_read(&store, "web").unwrap().id, "abc111");
        assert_eq!(READS.get(), 1);
        // Renamed without its entry dropped: the old name is no one's, the new one is found.
        let mut renamed = record("abc111", "api");
        renamed.command = vec!["sh".into()];
        write(&store, &renamed).unwrap();
        assert!(resolve(&store, "web").is_err());
        assert_eq!(resolve(&store, "api").unwrap(), "abc111");
        assert_eq!(find_by_name(&store, "web"), None);
        // An entry that points at the wrong container: the scan finds the right one and
        // mends the entry.
        names::note(&store, "db", "abc111");
        assert_eq!(resolve(&store, "db").unwrap(), "abc222");
        assert_eq!(names::hint(&store, "db").as_deref(), Some("abc222"));
        // No entry at all (a store from before the index): found, and noted.
        fs::remove_dir_all(tmp.path().join("container-names")).unwrap();
        assert_eq!(resolve_read(&store, "api").unwrap().id, "abc111");
        assert_eq!(names::hint(&store, "api").as_deref(), Some("abc111"));
        assert_eq!(find_by_name(&store, "db").as_deref(), Some("abc222"));
        // An id matches before a name the index knows.
        put(&store, &record("fff333", "abc222"));
        assert_eq!(resolve(&store, "abc222").unwrap(), "abc222");
        // A removed container's entry goes with it.
        forget(&store, "api", "abc111");
        assert_eq!(names::hint(&store, "api"), None);
    }

    #[test]
    fn state_keeps_its_words_on_disk() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        let mut r = record("abc111", "web");
        r.state = State::Running;
        put(&store, &r);
        let path = container_dir(&store, "abc111").join("container.json");
        let value: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        assert_eq!(value["state"], "running");
        // A record written by an older den, state as a plain string, still reads.
        let old = fs::read_to_string(&path)
            .unwrap()
            .replace("\"running\"", "\"exited\"");
        fs::write(&path, old).unwrap();
        assert_eq!(read(&store, "abc111").unwrap().state, State::Exited);
        assert_eq!(State::Created.to_string(), "created");
        // No temp file is left beside the record or in the store's tmp/.
        let names: Vec<_> = fs::read_dir(container_dir(&store, "abc111"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["container.json"]);
        assert_eq!(fs::read_dir(store.tmp_dir()).unwrap().count(), 0);
    }

    #[test]
    fn containers_by_image_reads_typed_records() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        let mut uses = record("abc111", "web");
        uses.image_id = Some("sha256:feed".into());
        put(&store, &uses);
        put(&store, &record("abc222", "none"));
        assert_eq!(
            store.containers_by_image(),
            [("feed".to_string(), "abc111".to_string())]
        );
    }
}
