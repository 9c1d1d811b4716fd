//! Liveness of container records (`store::records`): a record says what den last knew;
//! `load` and `list` check a "running" one against the machine before anything trusts it: a
//! container whose init is gone, is another process now (its start time in /proc/PID/stat
//! differs), or ran before the last boot (another boot id) is exited, and the fix is
//! written back under the container's lock.

use std::fs;

use anyhow::Result;

use crate::store::Store;
use crate::store::records::{self, ContainerRecord};

/// Exit code recorded for a container found dead without a recorded status: its monitor was
/// killed too (SIGKILL reaches the container through the parent-death signal).
pub const EXIT_UNKNOWN_KILLED: i32 = 137;

/// All records, each checked against the machine (see `load`).
pub fn list(store: &Store) -> Vec<ContainerRecord> {
    records::all_ids(store)
        .into_iter()
        .filter_map(|id| load(store, &id).ok())
        .collect()
}

/// Reads a record under its lock and corrects stale state.
pub fn load(store: &Store, id: &str) -> Result<ContainerRecord> {
    checked(store, records::read(store, id)?)
}

/// A record just read, corrected as `load` does: a record that says running while neither
/// its init nor its monitor lives is re-read under the lock and marked exited.
fn checked(store: &Store, record: ContainerRecord) -> Result<ContainerRecord> {
    if !record.is_running() || alive(&record) {
        return Ok(record);
    }
    let id = record.id.as_str();
    let _lock = records::lock(store, id)?;
    let mut record = records::read(store, id)?;
    if record.is_running() && !alive(&record) {
        record.set_exited(Some(EXIT_UNKNOWN_KILLED));
        records::write(store, &record)?;
        crate::events::container_died(&record, EXIT_UNKNOWN_KILLED);
    }
    Ok(record)
}

/// `load`, after waiting (up to 5 s) while a monitor lives that is not running the container:
/// one that has recorded the exit and is in its last steps, or one that is starting it. A
/// `start` right after an exit must not find the old monitor and call the container running.
pub fn load_settled(store: &Store, id: &str) -> Result<ContainerRecord> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let record = load(store, id)?;
        if record.is_running() || !monitor_alive(&record) || std::time::Instant::now() > deadline {
            return Ok(record);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
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

/// This boot's id, read once per process (a process does not outlive its boot; `den exec`
/// and `den ps` ask for it once per record).
pub fn boot_id() -> Option<String> {
    static BOOT_ID: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    BOOT_ID
        .get_or_init(|| {
            fs::read_to_string("/proc/sys/kernel/random/boot_id")
                .ok()
                .map(|s| s.trim().to_string())
        })
        .clone()
}

/// Start time (clock ticks since boot) of a live, non-zombie process.
///
/// One read into a buffer: /proc/PID/stat is made whole at the first read, and its field 22
/// lies in the first few hundred bytes however long the line (`fs::read_to_string` would
/// stat the file and read it in six growing pieces; `ps` asks this for every record).
pub fn process_start(pid: i32) -> Option<u64> {
    use std::io::Read;
    let mut buf = [0u8; 1024];
    let mut file = fs::File::open(format!("/proc/{pid}/stat")).ok()?;
    let n = file.read(&mut buf).ok()?;
    parse_stat_start(std::str::from_utf8(&buf[..n]).ok()?)
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

/// Finds the container `query` names (see `records::resolve`) and reads its record, checked
/// against the machine: what every container command starts with.
pub fn find(store: &Store, query: &str) -> Result<ContainerRecord> {
    checked(store, records::resolve_read(store, query)?)
}

/// `find` for a command that needs the container's init running (`exec`, `top`, `stats`): the record, and
/// whether its init runs. A running init is checked once; any other record is corrected as
/// `find` corrects it.
pub fn find_for_init(store: &Store, query: &str) -> Result<(ContainerRecord, bool)> {
    let record = records::resolve_read(store, query)?;
    if init_alive(&record) {
        return Ok((record, true));
    }
    Ok((checked(store, record)?, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::records::State;
    use crate::store::records::tests::{put, record};

    #[test]
    fn stat_start_time() {
        let line = "1234 (a) b) c) S 1 1234 1234 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 98765 \
                    1000 200 18446744073709551615";
        assert_eq!(parse_stat_start(line), Some(98_765));
        let zombie = line.replace(") S ", ") Z ");
        assert_eq!(parse_stat_start(&zombie), None);
        // The one-read path gives what the whole file says.
        let me = i32::try_from(std::process::id()).unwrap_or(i32::MAX);
        let whole = fs::read_to_string("/proc/self/stat").unwrap();
        assert_eq!(process_start(me), parse_stat_start(&whole));
        assert!(process_start(me).is_some());
    }

    #[test]
    fn stale_running_records_become_exited() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        let me = i32::try_from(std::process::id()).unwrap();
        // Alive: our own pid with its real start time, this boot.
        let mut live = record("a1", "live");
        live.state = State::Running;
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
        assert_eq!((r.state, r.exit_code), (State::Exited, Some(137)));
        assert!(r.finished.is_some() && r.pid.is_none());
        assert_eq!(
            records::read(&store, "a2").unwrap().state,
            State::Exited,
            "the fix is written back"
        );
        // Another boot.
        let mut rebooted = live.clone();
        rebooted.id = "a3".into();
        rebooted.boot_id = Some("other".into());
        put(&store, &rebooted);
        assert_eq!(load(&store, "a3").unwrap().state, State::Exited);
        assert_eq!(list(&store).len(), 3);
        // find_for_init: the live one as it is, a dead one corrected as find corrects it.
        let (r, init) = find_for_init(&store, "a1").unwrap();
        assert!(init && r.is_running());
        let mut dead = live.clone();
        dead.id = "a4".into();
        dead.name = "dead".into();
        dead.pid_start = live.pid_start.map(|s| s + 1);
        put(&store, &dead);
        let (r, init) = find_for_init(&store, "dead").unwrap();
        assert!(!init);
        assert_eq!((r.state, r.exit_code), (State::Exited, Some(137)));
        assert_eq!(records::read(&store, "a4").unwrap().state, State::Exited);
    }
}
