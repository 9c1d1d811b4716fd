//! `den kube play` and `den kube down`: the plan of `crate::kube::play` carried out with
//! den's pod, container and volume code, with podman's output (`Volumes:`, `Pod:`,
//! `Container:` / `Containers:` lines; `Pods stopped:`, `Pods removed:`).

use anyhow::{Context, Result};

use crate::cli::{KubeDownArgs, KubePlayArgs, PodCreateArgs, PullPolicy, RunArgs};
use crate::commands::pod::lifecycle::{remove_pod, start_pod, stop_pod};
use crate::config::Ctx;
use crate::identity::idmap::IdMapping;
use crate::kube::play::{self as kplay, CtrPlan, PodPlan};
use crate::output::say;
use crate::store::Store;
use crate::store::{pods, volumes};

/// The text of `file`, or of standard input for `-`.
fn read_input(file: &str) -> Result<String> {
    if file == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .context("reading the YAML from standard input")?;
        return Ok(text);
    }
    std::fs::read_to_string(file).with_context(|| format!("reading the YAML file \"{file}\""))
}

/// `den kube play FILE`.
pub fn play(ctx: &Ctx, args: &KubePlayArgs) -> Result<i32> {
    let text = read_input(&args.file)?;
    let docs = kplay::parse(&text).with_context(|| format!("in \"{}\"", args.file))?;
    let mut maps = Vec::new();
    for f in &args.configmap {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("reading the configmap file \"{}\"", f.display()))?;
        maps.extend(kplay::configmaps(&text).with_context(|| format!("in \"{}\"", f.display()))?);
    }
    let plan = kplay::plan(&docs, &maps).with_context(|| format!("in \"{}\"", args.file))?;
    let store = Store::open(&ctx.paths)?;
    if args.replace {
        for p in &plan.pods {
            if let Ok(old) = pods::resolve(&store, &p.name)
                && old.name == p.name
            {
                stop_pod(&store, &old, None)?;
                remove_pod(&store, &old, true)?;
            }
        }
    }
    if !plan.volumes.is_empty() {
        let mapping = IdMapping::for_current_user()?;
        for name in &plan.volumes {
            crate::plan::validate_volume_name(name)?;
            let lock = store.lock()?;
            volumes::create(
                &store,
                &lock,
                &volumes::VolumeRecord::new(name, false),
                &mapping,
            )
            .with_context(|| format!("creating volume \"{name}\" (a PersistentVolumeClaim)"))?;
        }
        say!("Volumes:");
        for name in &plan.volumes {
            say!("{name}");
        }
    }
    for dir in &plan.host_dirs {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the hostPath directory \"{dir}\""))?;
    }
    for p in &plan.pods {
        let (pod_id, ctr_ids) = play_pod(ctx, &store, p, args)
            .with_context(|| format!("playing pod \"{}\"", p.name))?;
        say!("Pod:\n{pod_id}");
        say!(
            "{}",
            if ctr_ids.len() == 1 {
                "Container:"
            } else {
                "Containers:"
            }
        );
        for id in &ctr_ids {
            say!("{id}");
        }
        say!("");
    }
    Ok(0)
}

/// Makes one pod and its containers (and starts them unless `--start=false`); a failure
/// removes what was made of the pod.
fn play_pod(
    ctx: &Ctx,
    store: &Store,
    p: &PodPlan,
    args: &KubePlayArgs,
) -> Result<(String, Vec<String>)> {
    let create = PodCreateArgs {
        name: Some(p.name.clone()),
        publish: p.publish.clone(),
        network: args.network.clone(),
        hostname: p.hostname.clone(),
        infra: true,
        infra_name: None,
        share: "ipc,net,uts".into(),
        label: p.labels.clone(),
        add_host: Vec::new(),
        dns: Vec::new(),
        replace: false,
        pod_id_file: None,
    };
    let pod = crate::commands::pod::create(ctx, &create)?;
    let made = (|| {
        let mut ids = Vec::new();
        for c in &p.containers {
            let run = run_args(c, &pod.id, args.quiet);
            let (_, plan) = crate::commands::run::create(ctx, &run, false)
                .with_context(|| format!("creating container \"{}\"", c.name))?;
            ids.push(plan.id);
        }
        if args.start {
            start_pod(ctx, store, &pod)?;
        }
        Ok(ids)
    })();
    match made {
        Ok(ids) => Ok((pod.id, ids)),
        Err(e) => {
            let _ = remove_pod(store, &pod, true);
            Err(e)
        }
    }
}

/// `den create` flags of one container of a pod.
fn run_args(c: &CtrPlan, pod: &str, quiet: bool) -> RunArgs {
    let mut a = RunArgs {
        name: Some(c.name.clone()),
        image: c.image.clone(),
        entrypoint: c.entrypoint.clone(),
        command: c.args.clone(),
        env: c.env.clone(),
        workdir: c.workdir.clone(),
        user: c.user.clone(),
        volume: c.volumes.clone(),
        read_only: c.read_only,
        cap_add: c.cap_add.clone(),
        cap_drop: c.cap_drop.clone(),
        tty: c.tty,
        detach: true,
        pod: Some(pod.to_string()),
        pull: match c.pull.as_str() {
            "always" => PullPolicy::Always,
            "never" => PullPolicy::Never,
            _ => PullPolicy::Missing,
        },
        ..RunArgs::default()
    };
    a.ns.privileged = c.privileged;
    a.monitor.restart = Some(c.restart.clone());
    a.resources.memory.clone_from(&c.memory);
    a.resources.cpus.clone_from(&c.cpus);
    a.process.quiet = quiet;
    a
}

/// `den kube down FILE`: stops, then removes, the pods the file made (volumes stay, as
/// podman's).
pub fn down(ctx: &Ctx, args: &KubeDownArgs) -> Result<i32> {
    let text = read_input(&args.file)?;
    let docs = kplay::parse(&text).with_context(|| format!("in \"{}\"", args.file))?;
    let store = Store::open(&ctx.paths)?;
    let mut found = Vec::new();
    for name in kplay::pod_names(&docs) {
        found.push(pods::resolve(&store, &name)?);
    }
    say!("Pods stopped:");
    for p in &found {
        stop_pod(&store, p, None)?;
        say!("{}", p.id);
    }
    say!("Pods removed:");
    for p in &found {
        remove_pod(&store, p, true)?;
        say!("{}", p.id);
    }
    Ok(0)
}
