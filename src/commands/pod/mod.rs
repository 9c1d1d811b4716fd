//! `den pod`: pods as podman's. A pod is a record (`store::pods`) and, unless `--infra=false`,
//! an infra container: an ordinary den container on an empty root directory of the pod's
//! (`<store>/pods/<id>/rootfs`, no image) whose program is den's pause (`init::pause`), and
//! which holds the namespaces the pod shares. `den run --pod` joins them through the
//! `container:` code of `--network`, `--ipc` and `--uts` (`place`), so nothing of a pod's
//! namespaces is a second mechanism.

pub mod lifecycle;
pub mod ps;

use anyhow::{Context, Result, bail};

use crate::cli::{PodCommand, PodCreateArgs, RunArgs};
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::output::say;
use crate::store::Store;
use crate::store::pods::{self, PodRecord, SHAREABLE};

/// The command the infra shows (podman's catatonit).
const INFRA_COMMAND: [&str; 2] = ["/catatonit", "-P"];

/// Runs one `den pod` subcommand.
pub fn run(ctx: &Ctx, command: PodCommand) -> Result<i32> {
    match command {
        PodCommand::Create(a) => create_command(ctx, &a),
        PodCommand::Ps(a) => ps::ps(ctx, &a),
        PodCommand::Inspect(a) => ps::inspect(ctx, &a),
        PodCommand::Exists(a) => {
            let store = Store::open(&ctx.paths)?;
            Ok(i32::from(pods::resolve(&store, &a.pod).is_err()))
        }
        PodCommand::Start(a) => lifecycle::start(ctx, &a),
        PodCommand::Stop(a) => lifecycle::stop(ctx, &a),
        PodCommand::Kill(a) => lifecycle::kill(ctx, &a),
        PodCommand::Restart(a) => lifecycle::restart(ctx, &a),
        PodCommand::Rm(a) => lifecycle::rm(ctx, &a),
        PodCommand::Prune(a) => lifecycle::prune(ctx, &a),
        PodCommand::Top(a) => lifecycle::top(ctx, &a),
        PodCommand::Logs(a) => logs(ctx, &a),
    }
}

/// `den pod create`: prints the pod's id.
fn create_command(ctx: &Ctx, args: &PodCreateArgs) -> Result<i32> {
    let pod = create(ctx, args)?;
    if let Some(file) = &args.pod_id_file {
        std::fs::write(file, &pod.id)
            .with_context(|| format!("writing the pod id to \"{}\"", file.display()))?;
    }
    say!("{}", pod.id);
    Ok(0)
}

/// podman's `--share` words: ipc, net, uts (den's infra holds these), or none.
fn parse_share(text: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        match word {
            "none" => return Ok(Vec::new()),
            w if SHAREABLE.contains(&w) => out.push(w.to_string()),
            "pid" | "cgroup" | "user" | "mnt" => {
                return Err(hinted(
                    format!("den pods cannot share the {word} namespace"),
                    "--share takes ipc, net and uts (the default), or none",
                ));
            }
            other => bail!(
                "invalid kernel namespace to share: {other}. Options are: cgroup, ipc, net, pid, uts or none"
            ),
        }
    }
    Ok(out)
}

/// Creates a pod: its record under the store's lock (names are unique), then its infra
/// container (created, not started: `pod start` or the first `run --pod` starts it).
pub(crate) fn create(ctx: &Ctx, args: &PodCreateArgs) -> Result<PodRecord> {
    let store = Store::open(&ctx.paths)?;
    let share = parse_share(&args.share)?;
    if let Some(name) = &args.name {
        crate::plan::validate_name(name).map_err(|_| {
            anyhow::anyhow!("invalid pod name \"{name}\": use [a-zA-Z0-9][a-zA-Z0-9_.-]*")
        })?;
        if args.replace
            && let Ok(old) = pods::resolve(&store, name)
            && old.name == *name
        {
            lifecycle::remove_pod(&store, &old, true)?;
        }
    }
    if !args.infra && (!args.publish.is_empty() || args.network.is_some()) {
        bail!("you must have an infra container to publish ports or set a network");
    }
    let id = random_id()?;
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| crate::plan::generate_name(&id));
    let mut record = PodRecord {
        id: id.clone(),
        name: name.clone(),
        created: crate::store::volumes::now_with_nanos(),
        labels: parse_labels(&args.label),
        hostname: args.hostname.clone().unwrap_or_default(),
        share,
        infra_id: None,
        dns: args.dns.clone(),
        add_host: args.add_host.clone(),
        create_command: std::env::args().collect(),
    };
    {
        let lock = store.lock()?;
        if pods::list(&store).iter().any(|p| p.name == name) {
            return Err(hinted(
                format!("adding pod to state: name \"{name}\" is in use: pod already exists"),
                "choose another --name, or use --replace",
            ));
        }
        pods::write(&store, &lock, &record)?;
    }
    if args.infra {
        match create_infra(ctx, &store, &record, args) {
            Ok(infra) => record.infra_id = Some(infra),
            Err(e) => {
                let lock = store.lock()?;
                let _ = pods::remove(&store, &lock, &id);
                return Err(e.context(format!("creating the infra container of pod \"{name}\"")));
            }
        }
        let lock = store.lock()?;
        pods::write(&store, &lock, &record)?;
    }
    Ok(record)
}

/// The infra container: `den create --rootfs <pod dir>/rootfs` with the pod's network, ports,
/// hostname and names, its program den's pause.
fn create_infra(ctx: &Ctx, store: &Store, pod: &PodRecord, args: &PodCreateArgs) -> Result<String> {
    let root = pods::dir(store, &pod.id).join("rootfs");
    std::fs::create_dir_all(&root).with_context(|| format!("creating \"{}\"", root.display()))?;
    let infra = RunArgs {
        image: root.display().to_string(),
        rootfs: true,
        name: Some(
            args.infra_name
                .clone()
                .unwrap_or_else(|| format!("{}-infra", pod.short_id())),
        ),
        hostname: Some(if pod.hostname.is_empty() {
            pod.name.clone()
        } else {
            pod.hostname.clone()
        }),
        network: args.network.clone(),
        publish: args.publish.clone(),
        dns: args.dns.clone(),
        add_host: args.add_host.clone(),
        command: INFRA_COMMAND.iter().map(|s| (*s).to_string()).collect(),
        infra_of: Some(pod.id.clone()),
        ..RunArgs::default()
    };
    let (_, plan) = crate::commands::run::create(ctx, &infra, false)?;
    Ok(plan.id)
}

/// `--label KEY=VALUE` or `KEY` (empty value), as podman.
fn parse_labels(labels: &[String]) -> std::collections::BTreeMap<String, String> {
    labels
        .iter()
        .map(|l| match l.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (l.clone(), String::new()),
        })
        .collect()
}

fn random_id() -> Result<String> {
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .context("reading /dev/urandom")?;
    Ok(hex::encode(bytes))
}

/// `den run/create --pod POD` (or `new:NAME`): the flags with the pod's shared namespaces
/// joined from its infra (`container:ID` for --network, --ipc, --uts), and the pod's id.
/// Flags that would set what the pod shares are refused with podman's messages. None for a
/// container outside pods; the infra itself is placed in its pod as it is.
pub fn place(ctx: &Ctx, args: &RunArgs) -> Result<Option<(RunArgs, String)>> {
    if let Some(pod) = &args.infra_of {
        return Ok(Some((args.clone(), pod.clone())));
    }
    let Some(spec) = &args.pod else {
        return Ok(None);
    };
    let mut a = args.clone();
    let pod = if let Some(name) = spec.strip_prefix("new:") {
        // podman: the new pod takes the container's ports.
        let new_pod = PodCreateArgs {
            name: Some(name.to_string()),
            publish: std::mem::take(&mut a.publish),
            network: None,
            hostname: None,
            infra: true,
            infra_name: None,
            share: "ipc,net,uts".into(),
            label: Vec::new(),
            add_host: Vec::new(),
            dns: Vec::new(),
            replace: false,
            pod_id_file: None,
        };
        create(ctx, &new_pod)?
    } else {
        let store = Store::open(&ctx.paths)?;
        pods::resolve(&store, spec)?
    };
    let Some(infra) = &pod.infra_id else {
        return Ok(Some((a, pod.id)));
    };
    let invalid =
        |what: &str| Err(anyhow::anyhow!("invalid config provided: {what}")).exit_code(EXIT_DEN);
    if pod.shares("net") {
        if !a.dns.is_empty() || !a.add_host.is_empty() {
            return invalid(
                "--dns and --add-host must be given when the pod is created: network cannot be configured when it is shared with a pod",
            );
        }
        if !a.publish.is_empty() || a.publish_all {
            return invalid(
                "published or exposed ports must be defined when the pod is created: network cannot be configured when it is shared with a pod",
            );
        }
        if a.network.is_some() {
            return invalid(
                "networks must be defined when the pod is created: network cannot be configured when it is shared with a pod",
            );
        }
        a.network = Some(format!("container:{infra}"));
    }
    if pod.shares("uts") {
        if a.hostname.is_some() {
            return invalid(
                "cannot set hostname when joining the pod UTS namespace: invalid configuration",
            );
        }
        a.ns.uts = Some(format!("container:{infra}"));
    }
    if pod.shares("ipc") {
        if a.ns.ipc.is_some() {
            return invalid(
                "cannot set ipc when joining the pod IPC namespace: invalid configuration",
            );
        }
        a.ns.ipc = Some(format!("container:{infra}"));
    }
    Ok(Some((a, pod.id)))
}

/// Starts the infra of the pod `plan` belongs to when it is not running, so that a member
/// finds the namespaces it joins (podman starts it too).
pub fn start_infra_for(
    ctx: &Ctx,
    store: &Store,
    config: &crate::plan::ContainerConfig,
) -> Result<()> {
    let Some(pod_id) = config.pod.as_deref().filter(|_| !config.infra) else {
        return Ok(());
    };
    let pod = pods::read(store, pod_id).with_context(|| format!("reading pod {pod_id}"))?;
    if let Some(infra) = &pod.infra_id {
        crate::commands::container::start::start_one(ctx, store, infra)
            .with_context(|| format!("starting the infra container of pod \"{}\"", pod.name))?;
    }
    Ok(())
}

/// `pod logs`: `den logs` of the pod's containers but its infra (one with `-c`, which must
/// be the pod's), each line after the container's id or name, as podman's.
fn logs(ctx: &Ctx, args: &crate::cli::PodLogsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let pod = pods::resolve(&store, &args.pod)?;
    let members: Vec<_> = pods::members(&store, &pod.id)
        .into_iter()
        .filter(|r| !pods::is_infra(r))
        .collect();
    let containers: Vec<String> = match &args.container {
        Some(c) => {
            let id = crate::store::records::resolve(&store, c)?;
            if !members.iter().any(|m| m.id == id) {
                anyhow::bail!("container {c} is not in pod {}", pod.name);
            }
            vec![id]
        }
        None => members.iter().map(|m| m.id.clone()).collect(),
    };
    if containers.is_empty() {
        return Ok(0);
    }
    crate::commands::container::logs::logs(
        ctx,
        &crate::cli::LogsArgs {
            options: args.options.clone(),
            latest: false,
            containers,
        },
    )
}
