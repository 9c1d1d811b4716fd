//! Container state: one record per container in `<store>/containers/<id>/container.json`,
//! written atomically (temp file + rename) under the container's own lock
//! (`<store>/containers/<id>/lock`, flock). A record says what den last knew; `refresh`
//! checks it against the machine before anything trusts it: a "running" container whose
//! init is gone, is another process now (its start time in /proc/PID/stat differs), or ran
//! before the last boot (another boot id) is exited.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use nix::fcntl::{Flock, FlockArg};
use serde::{Deserialize, Serialize};

use crate::error::{ExitCodeExt, hinted};
use crate::plan::RunPlan;
use crate::store::Store;
use crate::store::time::{format_rfc3339, now_unix};

pub const CREATED: &str = "created";
pub const RUNNING: &str = "running";
pub const EXITED: &str = "exited";

/// Exit code recorded for a container found dead without a recorded status: its monitor was
/// killed too (SIGKILL reaches the container through the parent-death signal).
pub const EXIT_UNKNOWN_KILLED: i32 = 137;

/// The record of a container in `<store>/containers/<id>/container.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    pub image: String,
    pub image_id: Option<String>,
    pub command: Vec<String>,
    pub created: String,
    /// created, running or exited.
    pub state: String,
    pub exit_code: Option<i32>,
    pub driver: String,
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
}

impl ContainerRecord {
    /// A record of a container just created: state `created`, nothing started yet.
    pub fn new(id: &str, name: &str, image: &str, command: Vec<String>, driver: &str) -> Self {
        ContainerRecord {
            id: id.into(),
            name: name.into(),
            image: image.into(),
            image_id: None,
            command,
            created: now_rfc3339(),
            state: CREATED.into(),
            exit_code: None,
            driver: driver.into(),
            pid: None,
            pid_start: None,
            monitor_pid: None,
            monitor_start: None,
            boot_id: None,
            started: None,
            finished: None,
            logged: false,
            plan: None,
        }
    }
}

impl ContainerRecord {
    pub fn short_id(&self) -> &str {
        &self.id[..12.min(self.id.len())]
    }

    pub fn is_running(&self) -> bool {
        self.state == RUNNING
    }

    /// Marks the record exited now with `code`.
    pub fn set_exited(&mut self, code: Option<i32>) {
        self.state = EXITED.into();
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

/// Takes the lock of container `id` (waits for it).
pub fn lock(store: &Store, id: &str) -> Result<ContainerLock> {
    let path = container_dir(store, id).join("lock");
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("opening \"{}\"", path.display()))?;
    match Flock::lock(file, FlockArg::LockExclusive) {
        Ok(lock) => Ok(ContainerLock { _lock: lock }),
        Err((_, e)) => Err(e).with_context(|| format!("locking \"{}\"", path.display())),
    }
}

/// Reads a record as it is on disk.
pub fn read(store: &Store, id: &str) -> Result<ContainerRecord> {
    let path = container_dir(store, id).join("container.json");
    let bytes = fs::read(&path).with_context(|| format!("reading \"{}\"", path.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("parsing \"{}\"", path.display()))
}

/// Writes a record atomically: readers see the old or the new one (the caller holds the container's lock, or the container is
/// not yet visible).
pub fn write(dir: &Path, record: &ContainerRecord) -> Result<()> {
    let path = dir.join("container.json");
    let bytes = serde_json::to_vec_pretty(record)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("writing \"{}\"", path.display()))?;
    std::io::Write::write_all(&mut tmp, &bytes)
        .with_context(|| format!("writing \"{}\"", path.display()))?;
    tmp.persist(&path)
        .with_context(|| format!("writing \"{}\"", path.display()))?;
    Ok(())
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

/// All records, each checked against the machine (see `refresh`).
pub fn list(store: &Store) -> Vec<ContainerRecord> {
    all_ids(store)
        .into_iter()
        .filter_map(|id| load(store, &id).ok())
        .collect()
}

/// Reads a record under its lock and corrects stale state.
pub fn load(store: &Store, id: &str) -> Result<ContainerRecord> {
    let record = read(store, id)?;
    if !record.is_running() || alive(&record) {
        return Ok(record);
    }
    let _lock = lock(store, id)?;
    let mut record = read(store, id)?;
    if record.is_running() && !alive(&record) {
        record.set_exited(Some(EXIT_UNKNOWN_KILLED));
        write(&container_dir(store, id), &record)?;
    }
    Ok(record)
}

/// Whether a "running" record is still true: its init is the process den started, or its
/// monitor (which records the exit status) still lives, in this boot.
pub fn alive(record: &ContainerRecord) -> bool {
    if record.boot_id.as_deref() != boot_id().as_deref() {
        return false;
    }
    let same = |pid: Option<i32>, start: Option<u64>| match (pid, start) {
        (Some(p), Some(s)) => process_start(p) == Some(s),
        _ => false,
    };
    same(record.pid, record.pid_start) || same(record.monitor_pid, record.monitor_start)
}

/// Whether another den is the container's monitor right now (running it, or starting it).
pub fn monitor_alive(record: &ContainerRecord) -> bool {
    record.boot_id.as_deref() == boot_id().as_deref()
        && matches!((record.monitor_pid, record.monitor_start), (Some(p), Some(s)) if process_start(p) == Some(s))
}

/// Whether the container's init (not just its monitor) still runs.
pub fn init_alive(record: &ContainerRecord) -> bool {
    record.is_running()
        && record.boot_id.as_deref() == boot_id().as_deref()
        && matches!((record.pid, record.pid_start), (Some(p), Some(s)) if process_start(p) == Some(s))
}

/// This boot's id.
pub fn boot_id() -> Option<String> {
    fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .ok()
        .map(|s| s.trim().to_string())
}

/// Start time (clock ticks since boot) of a live, non-zombie process.
pub fn process_start(pid: i32) -> Option<u64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_stat_start(&stat)
}

/// Field 22 (starttime) of a /proc/PID/stat line; `None` for a zombie.
fn parse_stat_start(stat: &str) -> Option<u64> {
    // The command name (field 2) may contain spaces and parentheses: split after the last ')'.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // fields[0] is field 3 (state).
    if matches!(fields.first(), Some(&"Z" | &"X")) {
        return None;
    }
    fields.get(19)?.parse().ok()
}

/// Finds a container by full id, name, or unique id prefix.
pub fn resolve(store: &Store, name_or_id: &str) -> Result<String> {
    let ids = all_ids(store);
    if ids.iter().any(|i| i == name_or_id) {
        return Ok(name_or_id.to_string());
    }
    for id in &ids {
        if let Ok(r) = read(store, id)
            && r.name == name_or_id
        {
            return Ok(id.clone());
        }
    }
    let matches: Vec<&String> = if name_or_id.is_empty() {
        Vec::new()
    } else {
        ids.iter().filter(|i| i.starts_with(name_or_id)).collect()
    };
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(hinted(
            format!("no container with name or id \"{name_or_id}\" found"),
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

/// Which container, if any, uses `name`.
pub fn find_by_name(store: &Store, name: &str) -> Option<String> {
    all_ids(store)
        .into_iter()
        .find(|id| read(store, id).is_ok_and(|r| r.name == name))
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
mod tests {
    use super::*;

    #[test]
    fn stat_start_time() {
        let line = "1234 (a) b) c) S 1 1234 1234 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 98765 \
                    1000 200 18446744073709551615";
        assert_eq!(parse_stat_start(line), Some(98_765));
        let zombie = line.replace(") S ", ") Z ");
        assert_eq!(parse_stat_start(&zombie), None);
        assert!(process_start(i32::try_from(std::process::id()).unwrap_or(i32::MAX)).is_some());
    }

    pub(super) fn record(id: &str, name: &str) -> ContainerRecord {
        ContainerRecord::new(id, name, "img", vec!["true".into()], "vfs")
    }

    fn put(store: &Store, r: &ContainerRecord) {
        let dir = container_dir(store, &r.id);
        fs::create_dir_all(&dir).unwrap();
        write(&dir, r).unwrap();
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
    }

    #[test]
    fn stale_running_records_become_exited() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        let me = i32::try_from(std::process::id()).unwrap();
        // Alive: our own pid with its real start time, this boot.
        let mut live = record("a1", "live");
        live.state = RUNNING.into();
        live.pid = Some(me);
        live.pid_start = process_start(me);
        live.boot_id = boot_id();
        put(&store, &live);
        assert!(load(&store, "a1").unwrap().is_running());
        // Same pid, another start time: a reused pid.
        let mut reused = live.clone();
        reused.id = "a2".into();
        reused.pid_start = live.pid_start.map(|s| s + 1);
        put(&store, &reused);
        let r = load(&store, "a2").unwrap();
        assert_eq!((r.state.as_str(), r.exit_code), (EXITED, Some(137)));
        assert!(r.finished.is_some() && r.pid.is_none());
        assert_eq!(
            read(&store, "a2").unwrap().state,
            EXITED,
            "the fix is written back"
        );
        // Another boot.
        let mut rebooted = live.clone();
        rebooted.id = "a3".into();
        rebooted.boot_id = Some("other".into());
        put(&store, &rebooted);
        assert_eq!(load(&store, "a3").unwrap().state, EXITED);
        assert_eq!(list(&store).len(), 3);
    }
}
