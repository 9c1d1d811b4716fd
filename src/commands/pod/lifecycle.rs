//! `pod start`, `stop`, `kill`, `restart`, `rm`, `prune`, `top`: the container verbs applied
//! to a pod's containers, the infra first up and last down (the others live in its
//! namespaces). Each prints the pod's id, as podman.

use std::time::Duration;

use anyhow::{Result, bail};

use crate::cli::{PodKillArgs, PodNamesArgs, PodPruneArgs, PodRmArgs, PodStopArgs, PodTopArgs};
use crate::commands::container::{self, rm::remove_one, start::start_one, stop::stop_one};
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::output::say;
use crate::runtime::state;
use crate::store::Store;
use crate::store::pods::{self, PodRecord};
use crate::store::records::ContainerRecord;

/// The pods named (all with `--all`), each checked to exist before any is acted on.
fn selected(store: &Store, args: &PodNamesArgs, extra: &[String]) -> Result<Vec<PodRecord>> {
    if args.all {
        return Ok(pods::list(store));
    }
    let names: Vec<&String> = args.pods.iter().chain(extra).collect();
    if names.is_empty() {
        return Err(hinted(
            "you must provide at least one pod name or id",
            "name pods, or use --all",
        ))
        .exit_code(EXIT_DEN);
    }
    names.into_iter().map(|n| pods::resolve(store, n)).collect()
}

/// Runs `each` for every pod and prints its id; errors are printed and the worst code kept.
fn for_each(pods: &[PodRecord], mut each: impl FnMut(&PodRecord) -> Result<()>) -> i32 {
    let mut code = 0;
    for pod in pods {
        match each(pod) {
            Ok(()) => say!("{}", pod.id),
            Err(e) => code = code.max(crate::error::report(&e)),
        }
    }
    code
}

/// The pod's containers, the infra first.
fn infra_first(store: &Store, pod: &PodRecord) -> Vec<ContainerRecord> {
    pods::members(store, &pod.id)
}

/// The pod's containers, the infra last.
fn infra_last(store: &Store, pod: &PodRecord) -> Vec<ContainerRecord> {
    let mut members = infra_first(store, pod);
    members.reverse();
    members
}

/// `den pod start`.
pub fn start(ctx: &Ctx, args: &PodNamesArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let pods = selected(&store, args, &[])?;
    Ok(for_each(&pods, |pod| start_pod(ctx, &store, pod)))
}

pub(crate) fn start_pod(ctx: &Ctx, store: &Store, pod: &PodRecord) -> Result<()> {
    for r in infra_first(store, pod) {
        start_one(ctx, store, &r.id)?;
    }
    Ok(())
}

/// `den pod stop`.
pub fn stop(ctx: &Ctx, args: &PodStopArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let pods = selected(&store, &args.names, &[])?;
    let timeout = args.time.map(Duration::from_secs);
    Ok(for_each(&pods, |pod| stop_pod(&store, pod, timeout)))
}

pub(crate) fn stop_pod(store: &Store, pod: &PodRecord, timeout: Option<Duration>) -> Result<()> {
    for r in infra_last(store, pod) {
        if state::load(store, &r.id)?.is_running() {
            stop_one(store, &r.id, timeout)?;
        }
    }
    Ok(())
}

/// `den pod kill`: the signal to each running container of the pod.
pub fn kill(ctx: &Ctx, args: &PodKillArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let sig = container::kill::parse_signal(&args.signal)?;
    let pods = selected(&store, &args.names, &[])?;
    Ok(for_each(&pods, |pod| {
        let running: Vec<ContainerRecord> = infra_last(&store, pod)
            .into_iter()
            .filter_map(|r| state::load(&store, &r.id).ok())
            .filter(state::init_alive)
            .collect();
        if running.is_empty() {
            bail!("pod {} has no running containers to kill", pod.id);
        }
        for r in &running {
            container::mark_stopped_by_user(&store, &r.id)?;
            container::signal_init(r, sig)?;
        }
        Ok(())
    }))
}

/// `den pod restart`.
pub fn restart(ctx: &Ctx, args: &PodNamesArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let pods = selected(&store, args, &[])?;
    Ok(for_each(&pods, |pod| {
        stop_pod(&store, pod, None)?;
        start_pod(ctx, &store, pod)
    }))
}

/// `den pod rm`: the pod and its containers; running ones only with `-f` (as podman, whose
/// `pod rm` also removes a pod's stopped containers without it).
pub fn rm(ctx: &Ctx, args: &PodRmArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut ids = Vec::new();
    for file in &args.pod_id_file {
        let text = std::fs::read_to_string(file)
            .map_err(|e| anyhow::anyhow!("reading pod id file \"{}\": {e}", file.display()))?;
        ids.extend(text.split_whitespace().map(str::to_string));
    }
    let pods = if args.ignore {
        let mut found = Vec::new();
        for n in args.names.pods.iter().chain(&ids) {
            if let Ok(p) = pods::resolve(&store, n) {
                found.push(p);
            }
        }
        if args.names.all {
            found = pods::list(&store);
        }
        found
    } else {
        match selected(&store, &args.names, &ids) {
            Ok(p) => p,
            Err(e) if e.to_string().ends_with(pods::NO_SUCH_POD) => {
                crate::error::report(&e);
                return Ok(1);
            }
            Err(e) => return Err(e),
        }
    };
    Ok(for_each(&pods, |pod| remove_pod(&store, pod, args.force)))
}

/// Removes a pod: with `force` its running containers are killed; without, a running one
/// refuses the whole pod before anything is removed.
pub(crate) fn remove_pod(store: &Store, pod: &PodRecord, force: bool) -> Result<()> {
    let members = infra_last(store, pod);
    if !force
        && let Some(r) = members
            .iter()
            .find(|r| state::load(store, &r.id).is_ok_and(|r| r.is_running()))
    {
        return Err(hinted(
            format!(
                "pod {} has containers that are not ready to be removed: cannot remove container {} as it is running - running or paused containers cannot be removed without force: container state improper",
                pod.id, r.id
            ),
            format!(
                "stop the pod first (den pod stop {}), or use den pod rm -f",
                pod.name
            ),
        ));
    }
    for r in &members {
        remove_one(store, &r.id, true)?;
    }
    let lock = store.lock()?;
    if !pods::members(store, &pod.id).is_empty() {
        bail!("pod {} got a new container while being removed", pod.id);
    }
    pods::remove(store, &lock, &pod.id)
}

/// `den pod prune`: every pod none of whose containers runs.
pub fn prune(ctx: &Ctx, _args: &PodPruneArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let stopped: Vec<PodRecord> = pods::list(&store)
        .into_iter()
        .filter(|p| {
            pods::members(&store, &p.id)
                .iter()
                .all(|r| state::load(&store, &r.id).is_ok_and(|r| !r.is_running()))
        })
        .collect();
    Ok(for_each(&stopped, |pod| remove_pod(&store, pod, false)))
}

/// `den pod top`: `den top` of each running container of the pod, one after the other.
pub fn top(ctx: &Ctx, args: &PodTopArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let pod = pods::resolve(&store, &args.pod)?;
    let running: Vec<String> = infra_first(&store, &pod)
        .into_iter()
        .filter(|r| state::load(&store, &r.id).is_ok_and(|r| r.is_running()))
        .map(|r| r.id)
        .collect();
    if running.is_empty() {
        bail!("pod {} is not running", pod.id);
    }
    let mut code = 0;
    for id in running {
        code = code.max(container::top::top(
            ctx,
            &crate::cli::TopArgs { container: id },
        )?);
    }
    Ok(code)
}
