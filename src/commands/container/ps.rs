//! `den ps`: the containers as podman's table, ids, JSON, or through a Go template on
//! podman's fields; podman's `--sort`, `--size`, `--noheading`, `--last`, `--latest`.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use anyhow::Result;
use serde_json::{Map, Value, json};

use crate::cli::PsArgs;
use crate::commands::system::disk_size;
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::units::SizeStyle;
use crate::output::{self, GO_ZERO_TIME, Listing, human_duration, human_size, say};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord, State};
use crate::store::time::now_unix;

/// `den ps`; with `--watch`, again every N seconds on a cleared screen (as podman: ANSI
/// clear and home, so it works in any terminal) until interrupted.
pub fn ps(ctx: &Ctx, args: &PsArgs) -> Result<i32> {
    // JSON is printed once, as podman does.
    let Some(seconds) = args
        .watch
        .filter(|s| *s > 0 && args.format.as_deref() != Some("json"))
    else {
        return ps_once(ctx, args);
    };
    loop {
        {
            let mut out = output::stdout();
            let _ = write!(out, "\x1b[H\x1b[2J");
        }
        ps_once(ctx, args)?;
        std::thread::sleep(std::time::Duration::from_secs(seconds));
    }
}

fn ps_once(ctx: &Ctx, args: &PsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut filters = args
        .filter
        .iter()
        .map(|f| parse_filter(f))
        .collect::<Result<Vec<_>>>()?;
    let pods: HashMap<String, String> = crate::store::pods::list(&store)
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    for (key, value) in &mut filters {
        // pod=NAME: the pod's id (an id prefix matches as it is).
        if key == "pod"
            && let Some((id, _)) = pods.iter().find(|(_, name)| *name == value)
        {
            value.clone_from(id);
        }
    }
    // As podman: the pod's name is looked up only for --pod; its id is always there.
    let pod_of = |r: &ContainerRecord| match crate::store::pods::pod_of(r) {
        Some(id) => (
            id.to_string(),
            pods.get(id)
                .filter(|_| args.pod)
                .cloned()
                .unwrap_or_default(),
        ),
        None => (String::new(), String::new()),
    };
    let mut records: Vec<ContainerRecord> = state::list(&store)
        .into_iter()
        .filter(|r| {
            args.all
                || args.latest
                || args.last.is_some()
                || r.is_running()
                || filters.iter().any(|(k, _)| k == "status")
        })
        .filter(|r| passes_filters(r, &filters))
        .collect();
    sort_records(&mut records, None);
    if let Some(n) = args.last.or(args.latest.then_some(1)) {
        records.truncate(n);
    }
    sort_records(&mut records, args.sort.as_deref());
    if args.sort.as_deref() == Some("size") {
        // podman's size order: what each container wrote, smallest first.
        records.sort_by_cached_key(|r| disk_size(&upper_dir(&store, r), &mut HashSet::new()));
    }
    let now = now_unix();
    if args.quiet {
        for r in &records {
            say!("{}", if args.no_trunc { &r.id } else { r.short_id() });
        }
        return Ok(0);
    }
    let listing = listing(args);
    let shape = output::parse_format(args.format.as_deref(), &listing)?;
    let mut labels = ImageLabels::new(&store);
    if shape.is_json() {
        let list: Vec<Value> = records
            .iter()
            .map(|r| ps_json(r, &pod_of(r), now, &labels.of(r)))
            .collect();
        output::print_json(&list)?;
        return Ok(0);
    }
    let rows: Vec<Value> = records
        .iter()
        .map(|r| {
            let size = args.size.then(|| size_text(&store, r));
            ps_row(r, &pod_of(r), now, args.no_trunc, &labels.of(r), size)
        })
        .collect();
    output::print_rows(&shape, &rows, &listing, args.noheading)?;
    Ok(0)
}

/// podman's default `ps` tables (`--ns`, `--size`, `--pod`), and the header of each field of
/// its `ps` template data.
fn listing(args: &PsArgs) -> Listing {
    const PLAIN: &str =
        "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
    let default = match (args.ns, args.size, args.pod) {
        (true, _, _) => {
            "{{.ID}}\t{{.Names}}\t{{.Pid}}\t{{.Namespaces.Cgroup}}\t{{.Namespaces.IPC}}\t{{.Namespaces.MNT}}\t{{.Namespaces.NET}}\t{{.Namespaces.PIDNS}}\t{{.Namespaces.User}}\t{{.Namespaces.UTS}}"
        }
        (false, true, true) => {
            "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}\t{{.Pod}}\t{{.PodName}}\t{{.Size}}"
        }
        (false, true, false) => {
            "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}\t{{.Size}}"
        }
        (false, false, true) => {
            "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}\t{{.Pod}}\t{{.PodName}}"
        }
        (false, false, false) => PLAIN,
    };
    Listing {
        name: "ps",
        default,
        headers: &[
            ("AutoRemove", "AUTO REMOVE"),
            ("Command", "COMMAND"),
            ("Created", "CREATED"),
            ("CreatedAt", "CREATED AT"),
            ("CreatedHuman", "CREATED"),
            ("ExitCode", "EXIT CODE"),
            ("Exited", "EXITED"),
            ("ExitedAt", "EXITED AT"),
            ("ID", "CONTAINER ID"),
            ("Image", "IMAGE"),
            ("ImageID", "IMAGE ID"),
            ("IsInfra", "IS INFRA"),
            ("Labels", "LABELS"),
            ("Mounts", "MOUNTS"),
            ("Names", "NAMES"),
            ("Namespaces", "NAMESPACES"),
            ("Namespaces.Cgroup", "CGROUPNS"),
            ("Namespaces.IPC", "IPC"),
            ("Namespaces.MNT", "MNT"),
            ("Namespaces.NET", "NET"),
            ("Namespaces.PIDNS", "PIDNS"),
            ("Namespaces.User", "USERNS"),
            ("Namespaces.UTS", "UTS"),
            ("Networks", "NETWORKS"),
            ("Pid", "PID"),
            ("Pod", "POD ID"),
            ("PodName", "PODNAME"),
            ("Ports", "PORTS"),
            ("RunningFor", "RUNNING FOR"),
            ("Size", "SIZE"),
            ("StartedAt", "STARTED AT"),
            ("State", "STATE"),
            ("Status", "STATUS"),
        ],
    }
}

/// The labels of each container's image (podman shows them as the container's), read once
/// per image.
struct ImageLabels<'a> {
    store: &'a Store,
    cache: HashMap<String, Map<String, Value>>,
}

impl<'a> ImageLabels<'a> {
    fn new(store: &'a Store) -> ImageLabels<'a> {
        ImageLabels {
            store,
            cache: HashMap::new(),
        }
    }

    /// The image's labels with the container's own (`-l`, `--label-file`) over them.
    fn of(&mut self, r: &ContainerRecord) -> Map<String, Value> {
        let mut labels = self.of_image(r);
        for (k, v) in container_labels(r) {
            labels.insert(k.clone(), Value::String(v.clone()));
        }
        labels
    }

    fn of_image(&mut self, r: &ContainerRecord) -> Map<String, Value> {
        let Some(id) = r.image_id.as_deref() else {
            return Map::new();
        };
        let store = self.store;
        self.cache
            .entry(id.to_string())
            .or_insert_with(|| {
                let mut labels: Vec<(String, String)> = store
                    .find_image(id.trim_start_matches("sha256:"))
                    .ok()
                    .and_then(|i| i.config.config().as_ref()?.labels().clone())
                    .unwrap_or_default()
                    .into_iter()
                    .collect();
                labels.sort();
                labels
                    .into_iter()
                    .map(|(k, v)| (k, Value::String(v)))
                    .collect()
            })
            .clone()
    }
}

/// podman's `--sort` orders; the default is the newest first.
fn sort_records(records: &mut [ContainerRecord], key: Option<&str>) {
    let created = |r: &ContainerRecord| records::unix_time(Some(&r.created)).unwrap_or(0);
    match key {
        Some("command") => records.sort_by_key(|r| r.command.join(" ")),
        Some("id") => records.sort_by(|a, b| a.id.cmp(&b.id)),
        Some("image") => records.sort_by(|a, b| a.image.cmp(&b.image)),
        Some("names") => records.sort_by(|a, b| a.name.cmp(&b.name)),
        Some("status") => records.sort_by(|a, b| a.state.as_str().cmp(b.state.as_str())),
        // `size` is sorted by the caller, which can read the sizes.
        _ => records.sort_by(|a, b| created(b).cmp(&created(a)).then(a.id.cmp(&b.id))),
    }
}

/// The container's writable layer.
fn upper_dir(store: &Store, r: &ContainerRecord) -> std::path::PathBuf {
    let dir = records::container_dir(store, &r.id);
    if dir.join("upper").is_dir() {
        dir.join("upper")
    } else {
        dir.join("rootfs")
    }
}

/// podman's SIZE: what the container wrote, and that with its image ("12B (virtual 2.1MB)").
fn size_text(store: &Store, r: &ContainerRecord) -> String {
    let (rw, rootfs) = container_sizes(store, r);
    format!(
        "{} (virtual {})",
        human_size(rw, SizeStyle::Df),
        human_size(rootfs, SizeStyle::Df)
    )
}

/// Bytes the container wrote, and those with its image's (podman's SizeRw, SizeRootFs).
pub(crate) fn container_sizes(store: &Store, r: &ContainerRecord) -> (u64, u64) {
    let rw = disk_size(&upper_dir(store, r), &mut HashSet::new());
    let image = r
        .image_id
        .as_deref()
        .and_then(|id| {
            let index = store.read_index().ok()?;
            let id = id.trim_start_matches("sha256:");
            index.images.iter().find(|i| i.id == id).map(|i| i.size)
        })
        .unwrap_or(0);
    (rw, rw + image)
}

/// The COMMAND column: cut to 17 characters and `...` past 20, as podman.
fn command_text(r: &ContainerRecord, no_trunc: bool) -> String {
    let command = r.command.join(" ");
    if no_trunc || command.chars().count() <= 20 {
        command
    } else {
        format!("{}...", command.chars().take(17).collect::<String>())
    }
}

/// The data of `den ps --format TEMPLATE`: podman's template fields (its Go struct's and
/// methods') with their values as podman prints them.
fn ps_row(
    r: &ContainerRecord,
    pod: &(String, String),
    now: i64,
    no_trunc: bool,
    labels: &Map<String, Value>,
    size: Option<String>,
) -> Value {
    let created = records::unix_time(Some(&r.created)).unwrap_or(now);
    let ago = format!("{} ago", human_duration(now - created));
    let image_id = r
        .image_id
        .as_deref()
        .unwrap_or_default()
        .trim_start_matches("sha256:");
    let short = |id: &str| {
        if no_trunc {
            id.to_string()
        } else {
            id.chars().take(12).collect()
        }
    };
    let status = status_text(r, now);
    json!({
        "AutoRemove": auto_remove(r),
        "Command": command_text(r, no_trunc),
        "Created": output::go_time(&r.created),
        "CreatedAt": output::go_time(&r.created),
        "CreatedHuman": ago,
        "ExitCode": r.exit_code.unwrap_or(0),
        "Exited": r.state == State::Exited,
        "ExitedAt": records::unix_time(r.finished.as_deref()).unwrap_or(GO_ZERO_TIME),
        "ID": short(&r.id),
        "Image": r.image,
        "ImageID": short(image_id),
        "IsInfra": crate::store::pods::is_infra(r),
        "Labels": labels,
        "Mounts": mounts(r),
        "Names": r.name,
        "Namespaces": namespaces(r, false),
        "Networks": network_names(r).join(","),
        "Pid": r.pid.unwrap_or(0),
        "Pod": short(&pod.0),
        "PodName": pod.1,
        "Ports": r.plan.as_ref().map_or_else(String::new, |p| crate::network::ports::ps_column(&p.ports)),
        "RunningFor": ago,
        "Size": size.unwrap_or_default(),
        "StartedAt": records::unix_time(r.started.as_deref()).unwrap_or(GO_ZERO_TIME),
        "State": status,
        "Status": status,
    })
}

/// The inode numbers of a running container's namespaces, as podman's `ps --ns`: template
/// fields `Cgroup`, `IPC`, `MNT`, `NET`, `PIDNS`, `User`, `UTS`; JSON keys `Mnt`, `Cgroup`,
/// `Ipc`, `Net`, `Pidns`, `Uts`, `User`. Empty for a container that is not running (no keys
/// in JSON, empty cells in a table).
fn namespaces(r: &ContainerRecord, json: bool) -> Value {
    const KINDS: [(&str, &str, &str); 7] = [
        ("mnt", "MNT", "Mnt"),
        ("cgroup", "Cgroup", "Cgroup"),
        ("ipc", "IPC", "Ipc"),
        ("net", "NET", "Net"),
        ("pid", "PIDNS", "Pidns"),
        ("uts", "UTS", "Uts"),
        ("user", "User", "User"),
    ];
    let pid = r.pid.filter(|_| r.is_running());
    let mut map = Map::new();
    if json && pid.is_none() {
        return Value::Object(map);
    }
    for (file, template, key) in KINDS {
        let inode = pid
            .and_then(|pid| std::fs::metadata(format!("/proc/{pid}/ns/{file}")).ok())
            .map(|m| std::os::unix::fs::MetadataExt::ino(&m).to_string())
            .unwrap_or_default();
        map.insert(
            (if json { key } else { template }).to_string(),
            Value::String(inode),
        );
    }
    Value::Object(map)
}

fn auto_remove(r: &ContainerRecord) -> bool {
    r.plan.as_ref().is_some_and(|p| p.remove)
}

/// The destinations of the container's mounts (each kind of mount records its `target`).
fn mounts(r: &ContainerRecord) -> Vec<Value> {
    let Some(plan) = &r.plan else {
        return Vec::new();
    };
    plan.mounts
        .iter()
        .filter_map(|m| {
            let v = serde_json::to_value(m).ok()?;
            let fields = v.as_object()?.values().next()?.clone();
            fields.get("target").cloned()
        })
        .collect()
}

pub(super) fn parse_filter(text: &str) -> Result<(String, String)> {
    let Some((key, value)) = text.split_once('=') else {
        return Err(hinted(
            format!("invalid filter \"{text}\""),
            "filters are KEY=VALUE: name=, id=, status=, label=, pod=",
        ));
    };
    match key {
        "name" | "id" | "label" | "pod" => {}
        "status" => {
            if !["created", "running", "exited"].contains(&value) {
                return Err(hinted(
                    format!("invalid status filter \"{value}\""),
                    "status is one of created, running, exited",
                ));
            }
        }
        _ => {
            return Err(hinted(
                format!("unknown filter \"{key}\""),
                "den ps filters by name=, id=, status=, label=KEY[=VALUE], pod=",
            ));
        }
    }
    Ok((key.to_string(), value.to_string()))
}

/// podman's rule: filters on one key match if any of their values does; all keys must match.
pub(super) fn passes_filters(r: &ContainerRecord, filters: &[(String, String)]) -> bool {
    filters.iter().all(|(key, _)| {
        filters
            .iter()
            .filter(|(k, _)| k == key)
            .any(|(k, v)| matches_filter(r, k, v))
    })
}

fn matches_filter(r: &ContainerRecord, key: &str, value: &str) -> bool {
    match key {
        "name" => r.name.contains(value),
        "id" => r.id.starts_with(value),
        "status" => r.state.as_str() == value,
        "pod" => crate::store::pods::pod_of(r).is_some_and(|p| p.starts_with(value)),
        // podman's label=KEY (the label is set) and label=KEY=VALUE.
        "label" => {
            let labels = container_labels(r);
            match value.split_once('=') {
                Some((k, v)) => labels.get(k).is_some_and(|l| l == v),
                None => labels.contains_key(value),
            }
        }
        _ => false,
    }
}

/// The labels a container was created with (its image's and its own).
fn container_labels(r: &ContainerRecord) -> std::collections::BTreeMap<String, String> {
    r.plan
        .as_ref()
        .map(|p| p.config.labels.clone())
        .unwrap_or_default()
}

/// One container of `den ps --format json`, with podman's keys in podman's order.
fn ps_json(
    r: &ContainerRecord,
    pod: &(String, String),
    now: i64,
    labels: &Map<String, Value>,
) -> Value {
    let created = records::unix_time(Some(&r.created)).unwrap_or(0);
    json!({
        "AutoRemove": auto_remove(r),
        "Command": r.command,
        "CreatedAt": format!("{} ago", human_duration(now - created)),
        "Exited": r.state == State::Exited,
        "ExitedAt": records::unix_time(r.finished.as_deref()).unwrap_or(GO_ZERO_TIME),
        "ExitCode": r.exit_code.unwrap_or(0),
        "Id": r.id,
        "Image": r.image,
        "ImageID": r.image_id.as_deref().unwrap_or_default().trim_start_matches("sha256:"),
        "IsInfra": crate::store::pods::is_infra(r),
        "Labels": labels,
        "Mounts": mounts(r),
        "Names": [r.name],
        "Namespaces": namespaces(r, true),
        "Networks": network_names(r),
        "Pid": r.pid.unwrap_or(0),
        "Pod": pod.0,
        "PodName": pod.1,
        "Ports": r.plan.as_ref().and_then(|p| crate::network::ports::ps_json(&p.ports)),
        "Size": null,
        "StartedAt": records::unix_time(r.started.as_deref()).unwrap_or(GO_ZERO_TIME),
        "State": r.state,
        "Status": status_text(r, now),
        "Created": created,
    })
}

/// The STATUS column of `den ps`, in podman's words ("Up 5 minutes ago").
fn status_text(record: &ContainerRecord, now: i64) -> String {
    match record.state {
        State::Running if crate::commands::pause::is_paused(record) => "Paused".into(),
        State::Running => {
            let since = records::unix_time(record.started.as_deref()).unwrap_or(now);
            let up = format!("Up {} ago", human_duration(now - since));
            match crate::runtime::health::status_of(record) {
                Some(health) => format!("{up} ({health})"),
                None => up,
            }
        }
        State::Exited => {
            let at = records::unix_time(record.finished.as_deref()).unwrap_or(now);
            let code = record
                .exit_code
                .map_or_else(|| "unknown".to_string(), |c| c.to_string());
            format!("Exited ({code}) {} ago", human_duration(now - at))
        }
        State::Created => "Created".into(),
    }
}

/// The user-defined networks a container is on (`{{.Networks}}`).
fn network_names(r: &records::ContainerRecord) -> Vec<String> {
    r.plan
        .as_ref()
        .map(|p| p.network.network_names())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_column() {
        use crate::store::time::format_rfc3339;
        let mut r = records::tests_record();
        assert_eq!(status_text(&r, 0), "Created");
        r.state = State::Running;
        r.started = Some(format_rfc3339(1000));
        assert_eq!(status_text(&r, 1005), "Up 5 seconds ago");
        r.set_exited(Some(0));
        r.finished = Some(format_rfc3339(1000));
        assert_eq!(status_text(&r, 1003), "Exited (0) 3 seconds ago");
    }

    // ps had its own duration table ("About an hour" up to 7199 s) while images rounded hours
    // as go-units does: `den images` said "2 hours" and `den ps` "About an hour" for 5400 s.
    #[test]
    fn ps_and_images_agree_on_5400_seconds() {
        use crate::store::time::format_rfc3339;
        let mut r = records::tests_record();
        r.state = State::Running;
        r.started = Some(format_rfc3339(1000));
        assert_eq!(status_text(&r, 6400), "Up 2 hours ago");
        assert_eq!(human_duration(5400), "2 hours");
    }

    #[test]
    fn filters() {
        assert!(parse_filter("status=running").is_ok());
        assert!(parse_filter("status=up").is_err());
        assert!(parse_filter("color=red").is_err());
        let mut r = records::tests_record();
        r.name = "web".into();
        r.state = State::Exited;
        let f = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect()
        };
        assert!(passes_filters(
            &r,
            &f(&[("status", "running"), ("status", "exited")])
        ));
        assert!(!passes_filters(
            &r,
            &f(&[("status", "exited"), ("name", "db")])
        ));
        assert!(passes_filters(&r, &f(&[("name", "db"), ("name", "we")])));
    }
}
