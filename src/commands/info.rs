//! `den info`: how den is set up on this machine, in podman's sections: the host, the id
//! mapping den will write, the store, the root filesystem driver and why, and the kernel
//! features den relies on. `--format json` and `--format TEMPLATE` take podman's keys
//! (`{{.Host.Arch}}`, `{{.Store.GraphRoot}}`) where den has the fact, den's sections beside them.

use std::io::Write as _;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::InfoArgs;
use crate::config::Ctx;
use crate::driver;
use crate::host::{self, CgroupStatus};
use crate::identity::idmap::{IdMapping, IdRange, find_map_helpers};
use crate::output::Template;

#[derive(Debug, Serialize)]
pub struct Info {
    pub host: Host,
    pub id_mapping: Mapping,
    pub store: Store,
    pub driver: DriverInfo,
    pub network: NetworkInfo,
    pub kernel_features: Features,
}

/// The network `den run` uses by default, and its helper.
#[derive(Debug, Serialize)]
pub struct NetworkInfo {
    /// `run.network` from config.toml ("private" when unset).
    pub default: String,
    /// The helper of private networks: "pasta", "slirp4netns", or null (neither installed).
    pub helper: Option<&'static str>,
    pub program: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
pub struct Host {
    pub kernel: String,
    pub os: String,
    pub arch: String,
    pub user: String,
    pub uid: u32,
    pub gid: u32,
    pub cgroups: CgroupStatus,
}

#[derive(Debug, Serialize)]
pub struct Mapping {
    /// "subordinate-ranges" or "one-id".
    pub mode: &'static str,
    pub one_id_reason: Option<String>,
    /// The lines den writes to the container's /proc/PID/uid_map and gid_map.
    pub uid_map: Vec<String>,
    pub gid_map: Vec<String>,
    pub newuidmap: Option<PathBuf>,
    pub newgidmap: Option<PathBuf>,
    /// Why newuidmap/newgidmap cannot be used (only matters with subordinate ranges).
    pub helpers_problem: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Store {
    pub root: PathBuf,
    pub runroot: PathBuf,
    pub config_file: PathBuf,
    pub config_file_exists: bool,
    pub filesystem: String,
    /// Unpacked layers: the directories under `<root>/layers`.
    pub layers: usize,
}

#[derive(Debug, Serialize)]
pub struct DriverInfo {
    /// `storage.driver` from config.toml ("auto" when unset).
    pub configured: String,
    /// The driver den uses, or null when the configured one cannot work.
    pub name: Option<&'static str>,
    pub program: Option<PathBuf>,
    pub reason: String,
    /// How a keep-id container will see the layers under the user's own ids, and why.
    pub keep_id: &'static str,
}

/// One kernel feature: whether it works, and a short detail.
#[derive(Debug, Serialize)]
pub struct Feature {
    pub available: bool,
    pub detail: String,
}

#[derive(Debug, Serialize)]
pub struct Features {
    pub user_namespaces: Feature,
    pub overlay_in_userns: Feature,
    pub dev_fuse: Feature,
    pub fuse_overlayfs: Feature,
    pub seccomp: Feature,
}

pub fn run(ctx: &Ctx, args: &InfoArgs) -> Result<i32> {
    let info = gather(ctx)?;
    let value = serde_json::to_value(&info).context("encoding den info")?;
    match args.format.as_deref() {
        None | Some("table") => {
            write!(crate::output::stdout(), "{}", render_table(&value, 0))?;
        }
        Some(f) => {
            let data = podman_view(ctx, value);
            if crate::output::format::is_json(f) {
                crate::output::print_json(&data)?;
            } else {
                let mut text = Template::parse_named("info", f)?.render(&data)?;
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                write!(crate::output::stdout(), "{text}")?;
            }
        }
    }
    Ok(0)
}

/// A list of podman's idMappings from den's `container host count` lines.
fn id_mappings(lines: &Value) -> Value {
    let list: Vec<Value> = lines
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|l| {
            let n: Vec<u64> = l
                .as_str()?
                .split(' ')
                .filter_map(|x| x.parse().ok())
                .collect();
            let [container, host, size] = n.as_slice() else {
                return None;
            };
            Some(json!({"container_id": container, "host_id": host, "size": size}))
        })
        .collect();
    Value::Array(list)
}

/// `KEY=value` lines of /etc/os-release.
fn os_release(key: &str) -> String {
    let text = fs::read_to_string("/etc/os-release")
        .or_else(|_| fs::read_to_string("/usr/lib/os-release"))
        .unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
        .map_or_else(String::new, |v| v.trim_matches('"').to_string())
}

/// A field of /proc/meminfo, in bytes.
fn meminfo(key: &str) -> u64 {
    fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            let rest = l.strip_prefix(key)?.strip_prefix(':')?;
            rest.split_whitespace().next()?.parse::<u64>().ok()
        })
        .map_or(0, |kb| kb * 1024)
}

/// The data of `den info --format`: podman's keys (`{{.Host.Arch}}`, `{{.Store.GraphRoot}}`,
/// `{{.Version.Version}}`, ...) where den has the fact, den's own sections beside them.
/// Where podman and den name a different fact alike (`host.os`, `host.arch`), podman's
/// meaning wins and den's moves (`host.osName`, `host.machine`).
fn podman_view(ctx: &Ctx, mut value: Value) -> Value {
    let host = value["host"].clone();
    let store = value["store"].clone();
    let store_handle = crate::store::Store::open(&ctx.paths).ok();
    let records = store_handle
        .as_ref()
        .map(crate::runtime::state::list)
        .unwrap_or_default();
    let running = records.iter().filter(|r| r.is_running()).count();
    let images = store_handle
        .as_ref()
        .and_then(|s| s.images().ok())
        .map_or(0, |i| i.len());
    let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let hostname = nix::unistd::gethostname()
        .map(|h| h.to_string_lossy().into_owned())
        .unwrap_or_default();
    let uid = host["uid"].as_u64().unwrap_or(0);
    let podman_host = json!({
        "arch": crate::commands::version::go_arch(),
        "os": std::env::consts::OS,
        "osName": host["os"],
        "machine": host["arch"],
        "kernel": host["kernel"],
        "hostname": hostname,
        "cpus": cpus,
        "memTotal": meminfo("MemTotal"),
        "memFree": meminfo("MemFree"),
        "swapTotal": meminfo("SwapTotal"),
        "swapFree": meminfo("SwapFree"),
        "cgroupManager": "cgroupfs",
        "cgroupVersion": host["cgroups"]["version"],
        "cgroupControllers": host["cgroups"]["delegated_controllers"],
        "distribution": {
            "distribution": os_release("ID"),
            "version": os_release("VERSION_ID"),
            "codename": os_release("VERSION_CODENAME"),
        },
        "eventLogger": "file",
        "idMappings": {
            "uidmap": id_mappings(&value["id_mapping"]["uid_map"]),
            "gidmap": id_mappings(&value["id_mapping"]["gid_map"]),
        },
        "ociRuntime": {"name": "den", "path": std::env::current_exe().ok()},
        "security": {
            "rootless": uid != 0,
            "seccompEnabled": value["kernel_features"]["seccomp"]["available"],
            "selinuxEnabled": false,
        },
        "serviceIsRemote": false,
        "user": host["user"],
        "uid": host["uid"],
        "gid": host["gid"],
        "cgroups": host["cgroups"],
    });
    let root = store["root"].as_str().unwrap_or_default().to_string();
    let podman_store = json!({
        "configFile": store["config_file"],
        "containerStore": {
            "number": records.len(),
            "paused": 0,
            "running": running,
            "stopped": records.len() - running,
        },
        "graphDriverName": value["driver"]["name"],
        "graphOptions": {},
        "graphRoot": root,
        "graphStatus": {"Backing Filesystem": store["filesystem"]},
        "imageStore": {"number": images},
        "runRoot": store["runroot"],
        "volumePath": format!("{root}/volumes"),
        "root": store["root"],
        "runroot": store["runroot"],
        "config_file": store["config_file"],
        "config_file_exists": store["config_file_exists"],
        "filesystem": store["filesystem"],
        "layers": store["layers"],
    });
    value["host"] = podman_host;
    value["store"] = podman_store;
    value["registries"] = json!({});
    value["version"] = crate::commands::version::client();
    value
}

fn feature(result: Result<String, String>) -> Feature {
    match result {
        Ok(detail) => Feature {
            available: true,
            detail,
        },
        Err(detail) => Feature {
            available: false,
            detail,
        },
    }
}

fn map_lines(ranges: &[IdRange]) -> Vec<String> {
    ranges
        .iter()
        .map(|r| format!("{} {} {}", r.container, r.host, r.count))
        .collect()
}

/// Gathers everything `den info` shows. Probing may create `<store>/tmp` and the runtime dir.
pub fn gather(ctx: &Ctx) -> Result<Info> {
    let mapping = IdMapping::for_current_user()?;
    let uname = nix::sys::utsname::uname().context("reading uname")?;
    let uid = nix::unistd::getuid().as_raw();
    let user = nix::unistd::User::from_uid(nix::unistd::getuid())
        .ok()
        .flatten()
        .map_or_else(|| uid.to_string(), |u| u.name);

    let (newuidmap, newgidmap, helpers_problem) = match find_map_helpers() {
        Ok(h) => (Some(h.newuidmap), Some(h.newgidmap), None),
        Err(e) => (
            host::find_program("newuidmap"),
            host::find_program("newgidmap"),
            Some(format!("{e:#}")),
        ),
    };

    let userns = host::unprivileged_userns_allowed();
    let overlay = driver::choose::overlay_status(ctx, &mapping, false);
    let (driver, driver_error) = match driver::choose_driver(ctx, &mapping) {
        Ok(choice) => (Some(choice), None),
        Err(e) => (None, Some(format!("{e:#}"))),
    };

    Ok(Info {
        host: Host {
            kernel: uname.release().to_string_lossy().into_owned(),
            os: os_name(),
            arch: uname.machine().to_string_lossy().into_owned(),
            user,
            uid,
            gid: nix::unistd::getgid().as_raw(),
            cgroups: host::cgroup_status(),
        },
        id_mapping: Mapping {
            mode: if mapping.one_id {
                "one-id"
            } else {
                "subordinate-ranges"
            },
            one_id_reason: mapping.one_id_reason.clone(),
            uid_map: map_lines(&mapping.uids),
            gid_map: map_lines(&mapping.gids),
            newuidmap,
            newgidmap,
            helpers_problem,
        },
        store: Store {
            root: ctx.paths.store.clone(),
            runroot: ctx.paths.runtime.clone(),
            config_file: ctx.paths.config_file.clone(),
            config_file_exists: ctx.paths.config_file.exists(),
            filesystem: host::filesystem_type(&ctx.paths.store),
            layers: count_dirs(&ctx.paths.store.join("layers")),
        },
        driver: DriverInfo {
            configured: ctx
                .config
                .storage
                .driver
                .clone()
                .unwrap_or_else(|| "auto".into()),
            name: driver.as_ref().map(|c| c.driver.name()),
            program: driver.as_ref().and_then(|c| c.program.clone()),
            reason: driver
                .map(|c| c.reason)
                .or(driver_error)
                .unwrap_or_default(),
            keep_id: driver::fuse::KEEP_ID_MECHANISM,
        },
        network: {
            let helper = crate::network::choose_helper();
            NetworkInfo {
                default: ctx
                    .config
                    .run
                    .network
                    .clone()
                    .unwrap_or_else(|| "private".into()),
                helper: helper.as_ref().map(|(k, _)| k.program()),
                program: helper.map(|(_, p)| p),
            }
        },
        kernel_features: Features {
            user_namespaces: feature(userns.map(|()| "allowed for unprivileged users".to_string())),
            overlay_in_userns: feature(overlay.map(|()| driver::overlay::WORKS.to_string())),
            dev_fuse: feature(host::dev_fuse_status().map(|()| "usable".to_string())),
            fuse_overlayfs: feature(
                host::find_program("fuse-overlayfs")
                    .map(|p| p.display().to_string())
                    .ok_or_else(|| "not installed".to_string()),
            ),
            seccomp: feature(match host::seccomp_mode() {
                Some(0) => Ok("available (den itself runs unfiltered)".into()),
                Some(mode) => Ok(format!(
                    "available (den itself already runs under seccomp mode {mode})"
                )),
                None => Err("the kernel has no seccomp support".into()),
            }),
        },
    })
}

/// PRETTY_NAME from /etc/os-release.
fn os_name() -> String {
    let text = fs::read_to_string("/etc/os-release")
        .or_else(|_| fs::read_to_string("/usr/lib/os-release"))
        .unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map_or_else(|| "unknown".into(), |v| v.trim_matches('"').to_string())
}

fn count_dirs(dir: &Path) -> usize {
    fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .count()
    })
}

/// Renders the JSON value as indented `key: value` lines (podman's YAML-like layout), so the
/// table and JSON output cannot drift apart.
fn render_table(value: &Value, indent: usize) -> String {
    let pad = "  ".repeat(indent);
    let mut out = String::new();
    match value {
        Value::Object(map) => {
            let width = map.keys().map(String::len).max().unwrap_or(0) + 1;
            for (key, v) in map {
                let label = format!("{}:", key.replace('_', " "));
                match v {
                    Value::Object(_) => {
                        _ = writeln!(out, "{pad}{label}");
                        out.push_str(&render_table(v, indent + 1));
                    }
                    Value::Array(items) if !items.is_empty() => {
                        _ = writeln!(out, "{pad}{label}");
                        for item in items {
                            _ = writeln!(out, "{pad}  - {}", scalar(item));
                        }
                    }
                    _ => _ = writeln!(out, "{pad}{label:width$} {}", scalar(v)),
                }
            }
        }
        other => _ = writeln!(out, "{pad}{}", scalar(other)),
    }
    out
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) if a.is_empty() => "none".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_nests_sections_and_lists() {
        let v = serde_json::json!({
            "host": {"kernel": "6.1", "cgroups": {"limits_available": false, "delegated_controllers": []}},
            "id_mapping": {"uid_map": ["0 1000 1", "1 100000 65536"], "newuidmap": null},
        });
        let table = render_table(&v, 0);
        assert!(table.starts_with("host:\n  kernel:  6.1\n"), "{table}");
        assert!(table.contains("    limits available:"), "{table}");
        assert!(
            table.contains("  uid map:\n    - 0 1000 1\n    - 1 100000 65536"),
            "{table}"
        );
        assert!(table.contains("newuidmap: -"), "{table}");
    }
}
