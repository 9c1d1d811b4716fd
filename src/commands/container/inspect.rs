//! `den container inspect`: a container's configuration and state as podman-like JSON.
//! `inspect_containers` is also what `den inspect` tries first.

use std::io::Write as _;

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::ContainerInspectArgs;
use crate::config::Ctx;
use crate::plan::{RootfsSource, UserMount};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord};

pub fn run(ctx: &Ctx, args: &ContainerInspectArgs) -> Result<i32> {
    inspect_containers(ctx, &args.containers, args.format.as_deref(), args.size)
}

/// Prints the JSON of each container (an array), or with `format` one field per container
/// (`{{.State.Pid}}`, `{{.Name}}`). Errors when a name matches no container. With `size`,
/// podman's SizeRw and SizeRootFs go before Mounts.
pub fn inspect_containers(
    ctx: &Ctx,
    names: &[String],
    format: Option<&str>,
    size: bool,
) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut out = Vec::new();
    for name in names {
        let record = state::find(&store, name)?;
        let mut json = container_json(&record);
        if size {
            let (rw, rootfs) = super::ps::container_sizes(&store, &record);
            insert_before(
                &mut json,
                "Mounts",
                &[("SizeRw", rw), ("SizeRootFs", rootfs)],
            );
        }
        out.push(json);
    }
    match format {
        Some(f) if f != "json" => {
            // The same template engine as image inspect.
            let template = crate::output::Template::parse_named("inspect", f)?;
            let text = crate::output::format::render_each(&template, &out)?;
            write!(crate::output::stdout(), "{text}")?;
        }
        _ => crate::output::say!("{}", serde_json::to_string_pretty(&out)?),
    }
    Ok(0)
}

/// Inserts `fields` into the object `json` before its key `before` (at the end without it).
fn insert_before(json: &mut Value, before: &str, fields: &[(&str, u64)]) {
    let Some(map) = json.as_object_mut() else {
        return;
    };
    let old = std::mem::take(map);
    let mut pending = Some(fields);
    for (key, value) in old {
        if key == before
            && let Some(fields) = pending.take()
        {
            for (k, v) in fields {
                map.insert((*k).to_string(), json!(v));
            }
        }
        map.insert(key, value);
    }
    for (k, v) in pending.unwrap_or_default() {
        map.insert((*k).to_string(), json!(v));
    }
}

/// Whether `name` names a container (by name, id or unique id prefix): `den inspect` asks this
/// before falling back to images.
pub fn is_container(ctx: &Ctx, name: &str) -> bool {
    Store::open(&ctx.paths).is_ok_and(|store| records::resolve(&store, name).is_ok())
}

fn container_json(r: &ContainerRecord) -> Value {
    let running = r.is_running();
    let paused = running && crate::commands::pause::is_paused(r);
    let plan = r.plan.as_ref();
    let config = plan.map(|p| p.config.clone()).unwrap_or_default();
    let mounts: Vec<Value> = plan
        .map(|p| {
            p.mounts
                .iter()
                .map(|m| match m {
                    UserMount::Bind {
                        source,
                        target,
                        read_only,
                        volume: Some(name),
                        ..
                    } => json!({
                        "Type": "volume",
                        "Name": name,
                        "Source": source,
                        "Destination": target,
                        "Driver": "local",
                        "RW": !read_only,
                        "Options": ["rbind"],
                    }),
                    UserMount::Bind {
                        source,
                        target,
                        read_only,
                        ..
                    }
                    | UserMount::Overlay {
                        source,
                        target,
                        read_only,
                        ..
                    } => json!({
                        "Type": "bind",
                        "Source": source,
                        "Destination": target,
                        "RW": !read_only,
                        "Options": ["rbind"],
                    }),
                    UserMount::Tmpfs {
                        target,
                        options,
                        read_only,
                        ..
                    } => json!({
                        "Type": "tmpfs",
                        "Source": "tmpfs",
                        "Destination": target,
                        "RW": !read_only,
                        "Options": options.split(',').filter(|o| !o.is_empty()).collect::<Vec<_>>(),
                    }),
                })
                .collect()
        })
        .unwrap_or_default();
    let (upper, rootfs) = match plan.map(|p| &p.rootfs) {
        Some(RootfsSource::Layers { upper, .. }) => (Some(upper.clone()), None),
        Some(RootfsSource::Dir(d)) => (None, Some(d.clone())),
        None => (None, None),
    };
    let mut value = json!({
        "Id": r.id,
        "Created": r.created,
        "Path": r.command.first().cloned().unwrap_or_default(),
        "Args": r.command.iter().skip(1).collect::<Vec<_>>(),
        "State": {
            "Status": if paused { json!("paused") } else { json!(r.state) },
            "Running": running,
            "Paused": paused,
            "Restarting": false,
            "OOMKilled": false,
            "Dead": false,
            "Pid": if running { r.pid.unwrap_or(0) } else { 0 },
            "ConmonPid": if running { r.monitor_pid.unwrap_or(0) } else { 0 },
            "ExitCode": r.exit_code.unwrap_or(0),
            "Error": "",
            "StartedAt": r.started.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
            "FinishedAt": r.finished.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
            "Health": health_json(r),
        },
        "RestartCount": r.restart_count,
        "Image": r.image_id.as_deref().unwrap_or_default().trim_start_matches("sha256:"),
        "ImageName": r.image,
        "Rootfs": rootfs,
        "Pod": crate::store::pods::pod_of(r).unwrap_or_default(),
        "Name": r.name,
        "IsInfra": crate::store::pods::is_infra(r),
        "Driver": r.driver,
        "LogPath": log_path(r),
        "Mounts": mounts,
        "GraphDriver": {
            "Name": r.driver,
            "Data": { "UpperDir": upper },
        },
        "Config": {
            "Hostname": plan.map(|p| p.hostname.clone()),
            "User": plan.map(|p| p.process.user.clone()),
            "Env": plan.map(|p| p.process.env.clone()),
            "Cmd": r.command,
            "Image": r.image,
            "WorkingDir": plan.map(|p| p.process.cwd.clone()),
            "Tty": plan.is_some_and(|p| p.process.tty),
            "OpenStdin": plan.is_some_and(|p| p.process.interactive),
            "Labels": config.labels,
            "Annotations": config.annotations,
            "StopSignal": config.stop_signal,
            "StopTimeout": config.stop_timeout,
            "Healthcheck": plan.and_then(|p| p.health.as_ref()).map(|h| {
                let mut v = json!({
                    "Test": h.test,
                    "Interval": h.interval,
                    "Timeout": h.timeout,
                    "Retries": h.retries,
                });
                // podman leaves out a zero start period.
                if h.start_period > 0 {
                    v["StartPeriod"] = json!(h.start_period);
                }
                v
            }),
            "HealthcheckOnFailureAction": plan
                .and_then(|p| p.health.as_ref())
                .map_or("none", |h| h.on_failure.as_str()),
        },
        "HostConfig": {
            "AutoRemove": plan.is_some_and(|p| p.remove),
            "ReadonlyRootfs": plan.is_some_and(|p| p.read_only),
            "NetworkMode": match plan.map(|p| (&p.network, &p.ns.namespaces.net)) {
                Some((_, net)) if net.joins() => net.display(),
                Some((network, _)) => network.name().to_string(),
                None => "host".into(),
            },
            "PortBindings": plan.map(|p| crate::network::ports::inspect_map(&p.ports, &p.exposed)),
            "CapAdd": plan.map(|p| p.capabilities.clone()),
            "UsernsMode": plan.map_or("", |p| crate::identity::usermode::inspect_mode(p.userns.as_deref())),
            "IDMappings": plan.and_then(|p| p.layer_mapping.as_ref().map(|store| json!({
                "UidMap": crate::identity::usermode::intermediate(&store.uids, &p.mapping.uids),
                "GidMap": crate::identity::usermode::intermediate(&store.gids, &p.mapping.gids),
            }))),
            "LogConfig": plan.map(|p| json!({
                "Type": p.log.driver.as_str(),
                "Config": null,
                "Path": log_path(r),
                "Tag": p.log.tag.clone().unwrap_or_default(),
                "Size": crate::output::human_size(
                    p.log.max_size.unwrap_or(0),
                    crate::output::units::SizeStyle::Df,
                ),
            })),
            "RestartPolicy": {
                "Name": plan.map_or("", |p| p.restart.inspect_name()),
                "MaximumRetryCount": plan.map_or(0, |p| p.restart.max_retries),
            },
            "IpcMode": plan.map(|p| p.ns.namespaces.ipc.display()),
            "PidMode": plan.map(|p| p.ns.namespaces.pid.display()),
            "UTSMode": plan.map(|p| p.ns.namespaces.uts.display()),
            "CgroupMode": plan.map(|p| p.ns.namespaces.cgroup.display()),
            "Privileged": plan.is_some_and(|p| p.ns.privileged),
            "GroupAdd": plan.map(|p| p.ns.limits.group_add.clone()),
            "Ulimits": plan.map(|p| crate::plan::namespaces::ulimits_json(&p.ns.limits.rlimits)),
            "Devices": plan.map(|p| p.ns.devices.iter().map(|d| json!({
                "PathOnHost": d.host,
                "PathInContainer": d.container,
                "CgroupPermissions": d.perms,
            })).collect::<Vec<_>>()),
        },
        "NetworkSettings": {
            "Ports": plan.map_or_else(
                || serde_json::json!({}),
                |p| crate::network::ports::inspect_map(&p.ports, &p.exposed),
            ),
        },
    });
    if let Some(host) = value["HostConfig"].as_object_mut() {
        host.extend(host_config_resources(plan));
    }
    if let (Some(p), Some(settings)) = (plan, value["NetworkSettings"].as_object_mut()) {
        settings.extend(crate::network::bridge::inspect_settings(&p.network, &p.id));
    }
    value
}

/// podman's resource fields of HostConfig: what the container was given (0 where den, as
/// podman, ignores limits: cgroup v1 or no delegation).
fn host_config_resources(plan: Option<&crate::plan::RunPlan>) -> serde_json::Map<String, Value> {
    let r = plan.map(|p| p.resources.clone()).unwrap_or_default();
    let json = json!({
        "Memory": r.memory,
        "MemorySwap": r.memory_swap,
        "MemoryReservation": r.memory_reservation,
        "NanoCpus": r.nano_cpus,
        "CpuShares": r.cpu_shares,
        "CpuQuota": r.cpu_quota,
        "CpuPeriod": r.cpu_period,
        "CpusetCpus": r.cpuset_cpus,
        "CpusetMems": r.cpuset_mems,
        "PidsLimit": r.pids_limit,
        "BlkioWeight": r.blkio_weight,
        "CgroupParent": r.cgroup_parent,
        "Cgroups": if r.cgroups == crate::cgroup::CgroupsMode::Disabled { "disabled" } else { "default" },
        "CgroupMode": "host",
    });
    match json {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

/// The log file of a driver that writes one, "" otherwise (podman's LogPath).
fn log_path(r: &ContainerRecord) -> String {
    match &r.plan {
        Some(p) if p.log.driver.writes_file() => {
            crate::runtime::logfile::path(p).display().to_string()
        }
        _ => String::new(),
    }
}

/// podman's `State.Health`: empty without a check.
fn health_json(r: &ContainerRecord) -> Value {
    let health = r
        .plan
        .as_ref()
        .filter(|p| crate::plan::HealthConfig::active(p.health.as_ref()).is_some())
        .and_then(|p| crate::runtime::health::read(&p.store_dir));
    match health {
        Some(h) => json!({
            "Status": h.status,
            "FailingStreak": h.failing_streak,
            "Log": h.log,
        }),
        None => json!({
            "Status": crate::runtime::health::status_of(r).unwrap_or_default(),
            "FailingStreak": 0,
            "Log": null,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_picks_a_field() {
        let v = json!({"State": {"Pid": 42, "Status": "running"}, "Name": "web"});
        let render = |f: &str| {
            crate::output::Template::parse(f)
                .unwrap()
                .render(&v)
                .unwrap()
        };
        assert_eq!(render("{{.State.Pid}}"), "42");
        assert_eq!(render("{{ .Name }}"), "web");
    }
}
