//! `den generate kube`, `den kube play|down|generate`, `den play kube`: the store's side of
//! `crate::kube`. `generate` gathers each container's facts from its plan and image;
//! `play` (in `play.rs`) makes the pods, containers and volumes of a plan through the same
//! code as `den pod create` and `den create`.

mod play;

use std::io::Write;

use anyhow::{Context, Result, bail};

pub use play::{down, play};

use crate::cli::{GenerateKubeArgs, KubeCommand};
use crate::config::Ctx;
use crate::error::hinted;
use crate::kube::generate::{CtrFacts, KubeMount, PodFacts};
use crate::plan::{ImageDefaults, RunPlan, UserMount};
use crate::store::pods::{self, PodRecord};
use crate::store::{Store, records};

/// Runs one `den kube` subcommand.
pub fn run(ctx: &Ctx, command: KubeCommand) -> Result<i32> {
    match command {
        KubeCommand::Play(a) => play(ctx, &a),
        KubeCommand::Down(a) => down(ctx, &a),
        KubeCommand::Generate(a) => generate(ctx, &a),
    }
}

/// `den generate kube`: containers as one Pod named after the first (`<name>-pod`), or a
/// den pod as a Pod with its members (the infra left out, its ports on the first member).
pub fn generate(ctx: &Ctx, args: &GenerateKubeArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut ctrs: Vec<RunPlan> = Vec::new();
    let mut pod: Option<PodRecord> = None;
    for name in &args.names {
        if let Ok(id) = records::resolve(&store, name) {
            let record = records::read(&store, &id)?;
            let plan = record
                .plan
                .with_context(|| format!("container \"{name}\" has no plan in its record"))?;
            if plan.config.infra {
                bail!("\"{name}\" is the infra container of a pod: name the pod instead");
            }
            ctrs.push(plan);
        } else if let Ok(p) = pods::resolve(&store, name) {
            if pod.is_some() {
                bail!("den generate kube takes one pod at a time: run it once per pod");
            }
            pod = Some(p);
        } else {
            return Err(hinted(
                format!("name or ID \"{name}\" not found"),
                "name containers (den ps -a) or a pod (den pod ps)",
            ));
        }
    }
    let created = crate::store::records::now_rfc3339();
    let facts = if let Some(p) = &pod {
        if !ctrs.is_empty() {
            bail!("den generate kube takes containers or one pod, not both");
        }
        let mut members: Vec<_> = pods::members(&store, &p.id)
            .into_iter()
            .filter(|r| !pods::is_infra(r))
            .collect();
        members.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
        let infra_ports = p
            .infra_id
            .as_ref()
            .and_then(|id| records::read(&store, id).ok())
            .and_then(|r| r.plan)
            .map(|plan| plan.ports)
            .unwrap_or_default();
        let mut list: Vec<CtrFacts> = members
            .into_iter()
            .filter_map(|r| r.plan)
            .map(|plan| ctr_facts(&store, &plan))
            .collect();
        if let Some(first) = list.first_mut() {
            first.ports = infra_ports;
        }
        let facts = PodFacts {
            name: p.name.clone(),
            id: Some(p.id.clone()),
            hostname: Some(if p.hostname.is_empty() {
                p.name.clone()
            } else {
                p.hostname.clone()
            }),
            labels: p.labels.clone(),
            created,
        };
        (facts, list)
    } else {
        let facts = PodFacts {
            name: format!("{}-pod", ctrs[0].name),
            id: None,
            hostname: None,
            labels: std::collections::BTreeMap::default(),
            created,
        };
        (
            facts,
            ctrs.iter().map(|plan| ctr_facts(&store, plan)).collect(),
        )
    };
    let yaml = crate::kube::generate::generate(
        env!("CARGO_PKG_VERSION"),
        &facts.0,
        &facts.1,
        args.service,
        (args.kind == "deployment").then_some(args.replicas),
        &mut random_node_port,
    )?;
    if let Some(path) = &args.filename {
        std::fs::write(path, yaml).with_context(|| format!("writing \"{}\"", path.display()))?;
    } else {
        let mut out = std::io::stdout().lock();
        if let Err(e) = out.write_all(yaml.as_bytes()).and_then(|()| out.flush())
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            return Err(e).context("writing to standard output");
        }
    }
    Ok(0)
}

/// A Service's node port: podman draws one from Kubernetes' range 30000-32767.
fn random_node_port() -> u16 {
    let mut b = [0u8; 2];
    let _ = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut b));
    30000 + u16::from_le_bytes(b) % 2768
}

/// What the YAML says of the container `plan` (its image's defaults from the store, so
/// that an unchanged command, environment and working directory are left out as podman).
fn ctr_facts(store: &Store, plan: &RunPlan) -> CtrFacts {
    let image = plan
        .image_id
        .as_deref()
        .and_then(|id| store.find_image(id).ok())
        .map(|img| ImageDefaults::from_config(&img.config))
        .unwrap_or_default();
    let mounts = plan
        .mounts
        .iter()
        .filter_map(|m| match m {
            UserMount::Bind {
                source,
                target,
                read_only,
                volume,
                ..
            } => Some(match volume {
                Some(name) => KubeMount::Named {
                    name: name.clone(),
                    target: target.display().to_string(),
                    read_only: *read_only,
                },
                None => KubeMount::Bind {
                    source: source.display().to_string(),
                    target: target.display().to_string(),
                    read_only: *read_only,
                    is_dir: source.is_dir(),
                },
            }),
            UserMount::Overlay { .. } | UserMount::Tmpfs { .. } => None,
        })
        .collect();
    CtrFacts {
        name: plan.name.clone(),
        image: plan.image_name.clone(),
        argv: plan.process.argv.clone(),
        image_argv: image.entrypoint.iter().chain(&image.cmd).cloned().collect(),
        env: plan.process.env.clone(),
        image_env: image.env,
        workdir: plan.process.cwd.display().to_string(),
        image_workdir: image.working_dir.unwrap_or_else(|| "/".into()),
        ports: plan.ports.clone(),
        mounts,
        capabilities: plan.capabilities.clone(),
        privileged: plan.ns.privileged,
        read_only: plan.read_only,
        user: plan.process.user.clone(),
        image_user: image.user.clone().unwrap_or_default(),
        restart: plan.restart.name,
        tty: plan.process.tty,
        remove: plan.remove,
        memory: plan.resources.memory,
        nano_cpus: plan.resources.nano_cpus,
    }
}
