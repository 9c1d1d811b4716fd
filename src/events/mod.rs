//! Events without a daemon: every den command that changes a container or an image appends
//! one JSON line to `<store>/events/events.log` (the layout of podman's `file` events
//! backend: one object per line with podman's keys), and `den events` reads and follows that
//! file. Recording is best-effort, as podman's: a failed append is a debug line, never a
//! failed command.
//!
//! Call sites are one line: `events::container(&record, Status::Start)`,
//! `events::image(Status::Tag, id, name)`. `main` (and a detached container's monitor) call
//! [`init`] with the store once; until then nothing is recorded.
//!
//! The backend is `file` unless the environment says `DEN_EVENTS_BACKEND=none` (or a global
//! flag calls [`set_backend`]); a monitor started by this den inherits the choice through
//! [`BACKEND_ENV`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::store::records::ContainerRecord;
use crate::store::time::format_rfc3339;

pub mod filter;
pub mod log;
pub mod time;

/// The environment variable that selects the backend: `file` (the default) or `none`.
pub const BACKEND_ENV: &str = "DEN_EVENTS_BACKEND";

/// Where events go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `<store>/events/events.log`.
    File,
    /// Nowhere: nothing is recorded.
    None,
}

impl Backend {
    /// `file` or `none`; anything else is `None` (the caller reports it).
    pub fn parse(text: &str) -> Option<Backend> {
        match text {
            "file" => Some(Backend::File),
            "none" => Some(Backend::None),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Backend::File => "file",
            Backend::None => "none",
        }
    }
}

static LOG_PATH: OnceLock<PathBuf> = OnceLock::new();
/// The log, opened by [`hold_open`].
static HELD: OnceLock<std::fs::File> = OnceLock::new();
/// Set when events are off (`none`).
static DISABLED: AtomicBool = AtomicBool::new(false);

/// Records events of the store at `store_root` from now on; reads [`BACKEND_ENV`].
pub fn init(store_root: &Path) {
    let _ = LOG_PATH.set(log::path(store_root));
    if let Ok(value) = std::env::var(BACKEND_ENV) {
        if let Some(b) = Backend::parse(&value) {
            set_backend(b);
        } else {
            tracing::warn!("{BACKEND_ENV}={value:?} is not file or none; using file");
        }
    }
}

/// Chooses the backend (the `--events-backend` flag).
pub fn set_backend(backend: Backend) {
    DISABLED.store(backend == Backend::None, Ordering::Relaxed);
}

/// The backend in use.
pub fn backend() -> Backend {
    if DISABLED.load(Ordering::Relaxed) {
        Backend::None
    } else {
        Backend::File
    }
}

/// The log file of the store given to [`init`].
pub fn log_path() -> Option<&'static Path> {
    LOG_PATH.get().map(PathBuf::as_path)
}

/// What happened (podman's event statuses, spelled as podman spells them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Attach,
    Checkpoint,
    Cleanup,
    Commit,
    Create,
    Died,
    Exec,
    ExecDied,
    Export,
    HealthStatus,
    Import,
    Init,
    Kill,
    LoadFromArchive,
    Mount,
    Pause,
    Prune,
    Pull,
    Push,
    Remove,
    Rename,
    Restart,
    Save,
    Start,
    Stop,
    Tag,
    Unpause,
    Untag,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Attach => "attach",
            Status::Checkpoint => "checkpoint",
            Status::Cleanup => "cleanup",
            Status::Commit => "commit",
            Status::Create => "create",
            Status::Died => "died",
            Status::Exec => "exec",
            Status::ExecDied => "exec_died",
            Status::HealthStatus => "health_status",
            Status::Export => "export",
            Status::Import => "import",
            Status::Init => "init",
            Status::Kill => "kill",
            Status::LoadFromArchive => "loadfromarchive",
            Status::Mount => "mount",
            Status::Pause => "pause",
            Status::Prune => "prune",
            Status::Pull => "pull",
            Status::Push => "push",
            Status::Remove => "remove",
            Status::Rename => "rename",
            Status::Restart => "restart",
            Status::Save => "save",
            Status::Start => "start",
            Status::Stop => "stop",
            Status::Tag => "tag",
            Status::Unpause => "unpause",
            Status::Untag => "untag",
        }
    }
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_zero(code: &i32) -> bool {
    *code == 0
}

/// One event, as a line of the log and as `--format json` prints it (podman's keys and
/// their order; empty ones left out as podman's `omitempty` does).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "ContainerExitCode", default, skip_serializing_if = "is_zero")]
    pub exit_code: i32,
    #[serde(rename = "ID", default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(rename = "Image", default, skip_serializing_if = "String::is_empty")]
    pub image: String,
    #[serde(rename = "Name", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "Status")]
    pub status: String,
    /// RFC 3339 with nanoseconds, UTC (Go's RFC3339Nano: trailing zeros dropped).
    #[serde(rename = "Time")]
    pub time: String,
    #[serde(rename = "Type")]
    pub kind: String,
    /// A `health_status` event's status (podman's key, lower case).
    #[serde(
        rename = "health_status",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub health_status: String,
    #[serde(rename = "Attributes", default)]
    pub attributes: Option<BTreeMap<String, String>>,
}

impl Event {
    /// An event of `kind` now.
    pub fn now(kind: &str, status: Status) -> Event {
        Event {
            status: status.as_str().to_string(),
            time: now_rfc3339_nano(),
            kind: kind.to_string(),
            ..Event::default()
        }
    }

    /// Nanoseconds since the epoch of its time (0 when the time does not parse).
    pub fn nanos(&self) -> i128 {
        time::parse_rfc3339_nanos(&self.time).unwrap_or(0)
    }
}

/// The current time as Go's RFC3339Nano in UTC: `2024-01-02T15:04:05.123456789Z`.
pub fn now_rfc3339_nano() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    rfc3339_nano(
        i64::try_from(now.as_secs()).unwrap_or(i64::MAX),
        now.subsec_nanos(),
    )
}

/// `secs` and `nanos` as RFC3339Nano in UTC.
pub fn rfc3339_nano(secs: i64, nanos: u32) -> String {
    let base = format_rfc3339(secs);
    let base = base.trim_end_matches('Z');
    if nanos == 0 {
        return format!("{base}Z");
    }
    let frac = format!("{nanos:09}");
    format!("{base}.{}Z", frac.trim_end_matches('0'))
}

/// Records a container event.
pub fn container(record: &ContainerRecord, status: Status) {
    emit(&container_event(record, status));
}

/// Records a container's `died` with its exit code.
pub fn container_died(record: &ContainerRecord, code: i32) {
    container_exit(record, Status::Died, code);
}

/// Records a container event that carries an exit code (`died`, `exec_died`).
pub fn container_exit(record: &ContainerRecord, status: Status, code: i32) {
    let mut event = container_event(record, status);
    event.exit_code = code;
    emit(&event);
}

/// Opens the log now and keeps it open, for a den about to enter a container's mount
/// namespace (`exec`), where the store's path no longer leads to it. Later events of this
/// process go to that descriptor (and are not rotated).
pub fn hold_open() {
    if backend() == Backend::None {
        return;
    }
    if let Some(path) = log_path() {
        match log::open(path) {
            Ok(file) => {
                let _ = HELD.set(file);
            }
            Err(e) => tracing::debug!("opening {}: {e:#}", path.display()),
        }
    }
}

/// Records a check of the container's health, with the status it has as the check starts
/// (podman 4.3 records it before the check runs; the check's exit code follows in its
/// `exec_died`).
pub fn container_health(record: &ContainerRecord, health_status: &str) {
    let mut event = container_event(record, Status::HealthStatus);
    event.health_status = health_status.to_string();
    emit(&event);
}

/// A container event; its attributes are the container's labels (the image's with the
/// container's own over them), as podman's.
fn container_event(record: &ContainerRecord, status: Status) -> Event {
    let labels = record
        .plan
        .as_ref()
        .map(|p| p.config.labels.clone())
        .unwrap_or_default();
    Event {
        id: record.id.clone(),
        image: record.image.clone(),
        name: record.name.clone(),
        attributes: Some(labels),
        ..Event::now("container", status)
    }
}

/// Records an image event: `id` of the image (may be empty, as for podman's pull) and a
/// `name` (the reference, tag or archive path).
pub fn image(status: Status, id: &str, name: &str) {
    emit(&Event {
        id: id.to_string(),
        name: name.to_string(),
        ..Event::now("image", status)
    });
}

/// Appends `event` to the log, unless events are off or `init` was not called.
pub fn emit(event: &Event) {
    if backend() == Backend::None {
        return;
    }
    let Some(path) = log_path() else {
        return;
    };
    let result = match HELD.get() {
        Some(file) => log::write_line(file, event),
        None => log::append(path, event, log::max_size()),
    };
    if let Err(e) = result {
        tracing::debug!(
            "recording the {} event in {}: {e:#}",
            event.status,
            path.display()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nano_times_drop_trailing_zeros() {
        assert_eq!(rfc3339_nano(0, 0), "1970-01-01T00:00:00Z");
        assert_eq!(
            rfc3339_nano(1_735_689_600, 480_000_000),
            "2025-01-01T00:00:00.48Z"
        );
        assert_eq!(rfc3339_nano(1, 5), "1970-01-01T00:00:01.000000005Z");
    }

    #[test]
    fn json_uses_podman_keys_and_omits_empty_ones() {
        let e = Event {
            id: "abc".into(),
            image: "busybox".into(),
            name: "c1".into(),
            status: "died".into(),
            time: "2025-01-01T00:00:00Z".into(),
            kind: "container".into(),
            exit_code: 3,
            attributes: Some(BTreeMap::new()),
            ..Event::default()
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"ContainerExitCode":3,"ID":"abc","Image":"busybox","Name":"c1","Status":"died","Time":"2025-01-01T00:00:00Z","Type":"container","Attributes":{}}"#
        );
        let pull = Event {
            name: "busybox".into(),
            status: "pull".into(),
            time: "2025-01-01T00:00:00Z".into(),
            kind: "image".into(),
            ..Event::default()
        };
        assert_eq!(
            serde_json::to_string(&pull).unwrap(),
            r#"{"Name":"busybox","Status":"pull","Time":"2025-01-01T00:00:00Z","Type":"image","Attributes":null}"#
        );
    }
}
