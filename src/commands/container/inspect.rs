//! `den container inspect`: a container's configuration and state as podman-like JSON.
//! `inspect_containers` is also what `den inspect` tries first.

use std::io::Write as _;

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::ContainerInspectArgs;
use crate::config::Ctx;
use crate::plan::{Network, RootfsSource, UserMount};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord};

pub fn run(ctx: &Ctx, args: &ContainerInspectArgs) -> Result<i32> {
    inspect_containers(ctx, &args.containers, args.format.as_deref())
}

/// Prints the JSON of each container (an array), or with `format` one field per container
/// (`{{.State.Pid}}`, `{{.Name}}`). Errors when a name matches no container.
pub fn inspect_containers(ctx: &Ctx, names: &[String], format: Option<&str>) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut out = Vec::new();
    for name in names {
        let id = records::resolve(&store, name)?;
        out.push(container_json(&state::load(&store, &id)?));
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

/// Whether `name` names a container (by name, id or unique id prefix): `den inspect` asks this
/// before falling back to images.
pub fn is_container(ctx: &Ctx, name: &str) -> bool {
    Store::open(&ctx.paths).is_ok_and(|store| records::resolve(&store, name).is_ok())
}

fn container_json(r: &ContainerRecord) -> Value {
    let running = r.is_running();
    let plan = r.plan.as_ref();
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
    json!({
        "Id": r.id,
        "Created": r.created,
        "Path": r.command.first().cloned().unwrap_or_default(),
        "Args": r.command.iter().skip(1).collect::<Vec<_>>(),
        "State": {
            "Status": r.state,
            "Running": running,
            "Paused": false,
            "Restarting": false,
            "OOMKilled": false,
            "Dead": false,
            "Pid": if running { r.pid.unwrap_or(0) } else { 0 },
            "ConmonPid": if running { r.monitor_pid.unwrap_or(0) } else { 0 },
            "ExitCode": r.exit_code.unwrap_or(0),
            "Error": "",
            "StartedAt": r.started.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
            "FinishedAt": r.finished.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
        },
        "Image": r.image_id.as_deref().unwrap_or_default().trim_start_matches("sha256:"),
        "ImageName": r.image,
        "Rootfs": rootfs,
        "Name": r.name,
        "Driver": r.driver,
        "LogPath": if r.logged { json!(format!("{}/ctr.log", plan.map(|p| p.store_dir.display().to_string()).unwrap_or_default())) } else { json!("") },
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
        },
        "HostConfig": {
            "AutoRemove": plan.is_some_and(|p| p.remove),
            "ReadonlyRootfs": plan.is_some_and(|p| p.read_only),
            "NetworkMode": match plan.map(|p| p.network) {
                Some(Network::None) => "none",
                _ => "host",
            },
            "CapAdd": plan.map(|p| p.capabilities.clone()),
            "UsernsMode": plan.map_or("", |p| crate::identity::usermode::inspect_mode(p.userns.as_deref())),
            "IDMappings": plan.and_then(|p| p.layer_mapping.as_ref().map(|store| json!({
                "UidMap": crate::identity::usermode::intermediate(&store.uids, &p.mapping.uids),
                "GidMap": crate::identity::usermode::intermediate(&store.gids, &p.mapping.gids),
            }))),
        },
    })
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
