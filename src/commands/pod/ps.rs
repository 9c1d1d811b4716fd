//! `den pod ps` and `den pod inspect`: podman's columns, template fields and JSON keys. A
//! pod's status comes from its containers' (podman's rule): none or all created: Created;
//! all running: Running; some running: Degraded; all exited: Exited; some exited: Stopped.

use std::io::Write as _;

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{PodInspectArgs, PodPsArgs};
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::output::{self, Listing, human_duration, say};
use crate::runtime::state;
use crate::store::Store;
use crate::store::pods::{self, PodRecord};
use crate::store::records::{self, ContainerRecord, State};
use crate::store::time::now_unix;

/// A pod with its containers as they are now.
struct PodView {
    pod: PodRecord,
    members: Vec<ContainerRecord>,
}

impl PodView {
    fn load(store: &Store, pod: PodRecord) -> PodView {
        let members = pods::members(store, &pod.id)
            .into_iter()
            .filter_map(|r| state::load(store, &r.id).ok())
            .collect();
        PodView { pod, members }
    }

    /// podman's pod status.
    fn status(&self) -> &'static str {
        let total = self.members.len();
        let count = |s: State| self.members.iter().filter(|r| r.state == s).count();
        let paused = self
            .members
            .iter()
            .filter(|r| crate::commands::pause::is_paused(r))
            .count();
        let (running, exited) = (count(State::Running), count(State::Exited));
        match () {
            () if total == 0 => "Created",
            () if paused == total => "Paused",
            () if running == total => "Running",
            () if running > 0 => "Degraded",
            () if exited == total => "Exited",
            () if exited > 0 => "Stopped",
            () => "Created",
        }
    }
}

/// podman's pod state word for a container (`pod ps --ctr-status`, `pod inspect`).
fn ctr_state(r: &ContainerRecord) -> &'static str {
    if crate::commands::pause::is_paused(r) {
        "paused"
    } else {
        r.state.as_str()
    }
}

fn listing(args: &PodPsArgs) -> Listing {
    let default = match (args.ctr_names, args.ctr_ids, args.ctr_status) {
        (false, false, false) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.NumberOfContainers}}"
        }
        (true, false, false) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.ContainerNames}}"
        }
        (false, true, false) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.ContainerIds}}"
        }
        (false, false, true) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.ContainerStatuses}}"
        }
        (true, true, false) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.ContainerIds}}\t{{.ContainerNames}}"
        }
        (true, false, true) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.ContainerNames}}\t{{.ContainerStatuses}}"
        }
        (false, true, true) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.ContainerIds}}\t{{.ContainerStatuses}}"
        }
        (true, true, true) => {
            "{{.Id}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraId}}\t{{.ContainerIds}}\t{{.ContainerNames}}\t{{.ContainerStatuses}}"
        }
    };
    Listing {
        name: "pod ps",
        default,
        headers: &[
            ("Cgroup", "CGROUP"),
            ("ContainerIds", "IDS"),
            ("ContainerNames", "NAMES"),
            ("ContainerStatuses", "STATUS"),
            ("Created", "CREATED"),
            ("Id", "POD ID"),
            ("InfraId", "INFRA ID"),
            ("Labels", "LABELS"),
            ("Name", "NAME"),
            ("Namespace", "NAMESPACE"),
            ("Networks", "NETWORKS"),
            ("NumberOfContainers", "# OF CONTAINERS"),
            ("Status", "STATUS"),
        ],
    }
}

/// `pod ps --filter`: name= (substring, as podman's regexp of a plain word), id= (prefix),
/// status=, label=KEY[=VALUE]; values of one key are alternatives, keys must all match.
fn parse_filter(text: &str) -> Result<(String, String)> {
    let Some((key, value)) = text.split_once('=') else {
        return Err(hinted(
            format!("invalid filter \"{text}\""),
            "filters are KEY=VALUE: name=, id=, status=, label=",
        ));
    };
    match key {
        "name" | "id" | "label" => {}
        "status" => {
            const STATES: [&str; 7] = [
                "created", "running", "stopped", "paused", "exited", "dead", "degraded",
            ];
            if !STATES.contains(&value) {
                return Err(hinted(
                    format!("{value} is not a valid status"),
                    "status is one of created, running, stopped, paused, exited, dead, degraded",
                ));
            }
        }
        _ => {
            return Err(hinted(
                format!("{key} is an invalid filter"),
                "den pod ps filters by name=, id=, status=, label=KEY[=VALUE]",
            ));
        }
    }
    Ok((key.to_string(), value.to_string()))
}

fn matches(v: &PodView, key: &str, value: &str) -> bool {
    match key {
        "name" => v.pod.name.contains(value),
        "id" => v.pod.id.starts_with(value),
        "status" => v.status().eq_ignore_ascii_case(value),
        "label" => match value.split_once('=') {
            Some((k, val)) => v.pod.labels.get(k).is_some_and(|l| l == val),
            None => v.pod.labels.contains_key(value),
        },
        _ => false,
    }
}

/// `den pod ps`.
pub fn ps(ctx: &Ctx, args: &PodPsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let filters = args
        .filter
        .iter()
        .map(|f| parse_filter(f))
        .collect::<Result<Vec<_>>>()?;
    let views: Vec<PodView> = pods::list(&store)
        .into_iter()
        .map(|p| PodView::load(&store, p))
        .filter(|v| {
            filters.iter().all(|(key, _)| {
                filters
                    .iter()
                    .filter(|(k, _)| k == key)
                    .any(|(k, val)| matches(v, k, val))
            })
        })
        .collect();
    let short = |id: &str| -> String {
        if args.no_trunc {
            id.to_string()
        } else {
            id.chars().take(12).collect()
        }
    };
    if args.quiet {
        for v in &views {
            say!("{}", short(&v.pod.id));
        }
        return Ok(0);
    }
    let listing = listing(args);
    let shape = output::parse_format(args.format.as_deref(), &listing)?;
    let now = now_unix();
    if shape.is_json() {
        let list: Vec<Value> = views.iter().map(ps_json).collect();
        output::print_json(&list)?;
        return Ok(0);
    }
    let rows: Vec<Value> = views
        .iter()
        .map(|v| {
            let created = records::unix_time(Some(&v.pod.created)).unwrap_or(now);
            let join = |f: &dyn Fn(&ContainerRecord) -> String| {
                v.members.iter().map(f).collect::<Vec<_>>().join(",")
            };
            json!({
                "Cgroup": "",
                "ContainerIds": join(&|r| short(&r.id)),
                "ContainerNames": join(&|r| r.name.clone()),
                "ContainerStatuses": join(&|r| ctr_state(r).to_string()),
                "Created": created_text(now - created),
                "Id": short(&v.pod.id),
                "InfraId": v.pod.infra_id.as_deref().map(short).unwrap_or_default(),
                "Labels": v.pod.labels,
                "Name": v.pod.name,
                "Namespace": "",
                "Networks": "",
                "NumberOfContainers": v.members.len(),
                "Status": v.status(),
            })
        })
        .collect();
    output::print_rows(&shape, &rows, &listing, args.noheading)?;
    Ok(0)
}

/// podman's CREATED column of `pod ps` ("Less than a second ago", "5 seconds ago").
fn created_text(secs: i64) -> String {
    if secs < 1 {
        "Less than a second ago".into()
    } else {
        format!("{} ago", human_duration(secs))
    }
}

/// One pod of `den pod ps --format json`, with podman's keys.
fn ps_json(v: &PodView) -> Value {
    json!({
        "Cgroup": "",
        "Containers": v.members.iter().map(|r| json!({
            "Id": r.id,
            "Names": r.name,
            "Status": ctr_state(r),
        })).collect::<Vec<_>>(),
        "Created": v.pod.created,
        "Id": v.pod.id,
        "InfraId": v.pod.infra_id.clone().unwrap_or_default(),
        "Name": v.pod.name,
        "Namespace": "",
        "Networks": [],
        "Status": v.status(),
        "Labels": v.pod.labels,
    })
}

/// `den pod inspect`: podman 4.3 prints one object for one pod, an array for several.
pub fn inspect(ctx: &Ctx, args: &PodInspectArgs) -> Result<i32> {
    inspect_pods(ctx, args, false)
}

/// The pods' JSON; `array`: an array even for one (`den inspect --type pod`, as podman).
pub fn inspect_pods(ctx: &Ctx, args: &PodInspectArgs, array: bool) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut values = Vec::new();
    for name in &args.pods {
        let Ok(pod) = pods::resolve(&store, name) else {
            return Err(anyhow::anyhow!("inspecting object: no such pod {name}"))
                .exit_code(EXIT_DEN);
        };
        values.push(inspect_json(&store, &PodView::load(&store, pod)));
    }
    if let Some(format) = &args.format {
        if !output::format::is_json(format) {
            // podman's pod inspect ends each result with a newline, even after one of its own.
            let template = crate::output::Template::parse_named("pod inspect", format)?;
            for v in &values {
                writeln!(crate::output::stdout(), "{}", template.render(v)?)?;
            }
            return Ok(0);
        }
    }
    if values.len() == 1 && !array {
        output::print_json(&values[0])?;
    } else {
        output::print_json(&values)?;
    }
    Ok(0)
}

fn inspect_json(store: &Store, v: &PodView) -> Value {
    let pod = &v.pod;
    let infra = pod
        .infra_id
        .as_deref()
        .and_then(|id| records::read(store, id).ok());
    let infra_plan = infra.as_ref().and_then(|r| r.plan.as_ref());
    let ports = infra_plan.map_or_else(
        || json!({}),
        |p| crate::network::ports::inspect_map(&p.ports, &[]),
    );
    let networks = infra_plan.map_or_else(Vec::new, |p| vec![p.network.name().to_string()]);
    json!({
        "Id": pod.id,
        "Name": pod.name,
        "Created": pod.created,
        "CreateCommand": pod.create_command,
        "ExitPolicy": "continue",
        "State": v.status(),
        "Hostname": pod.hostname,
        "Labels": pod.labels,
        "CreateCgroup": false,
        "CreateInfra": pod.infra_id.is_some(),
        "InfraContainerID": pod.infra_id.clone().unwrap_or_default(),
        "InfraConfig": pod.infra_id.as_ref().map(|_| json!({
            "PortBindings": ports,
            "HostNetwork": infra_plan.is_some_and(|p| !p.network.is_private()),
            "StaticIP": "",
            "StaticMAC": "",
            "NoManageResolvConf": false,
            "DNSServer": (!pod.dns.is_empty()).then_some(&pod.dns),
            "DNSSearch": null,
            "DNSOption": null,
            "NoManageHosts": false,
            "HostAdd": (!pod.add_host.is_empty()).then_some(&pod.add_host),
            "Networks": networks,
            "NetworkOptions": null,
            "pid_ns": "private",
            "userns": "host",
            "uts_ns": "private",
        })),
        "SharedNamespaces": pod.share,
        "NumContainers": v.members.len(),
        "Containers": v.members.iter().map(|r| json!({
            "Id": r.id,
            "Name": r.name,
            "State": ctr_state(r),
        })).collect::<Vec<_>>(),
    })
}
