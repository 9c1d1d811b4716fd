//! A RUN step: a container of the previous step's image, planned and spawned through the
//! same code as `den run` (`commands::run::create` builds the clap-free `RunRequest` into a
//! `RunPlan`; `run_foreground` spawns it with this den as its parent), so id maps, mounts,
//! seccomp and the one-id mode are the same as for `run`. The container's upper directory is
//! then the step's layer; the mount targets den had to create for `--mount` and `-v` (and
//! that the image does not have) are removed first, so that they are not part of it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::cli::{PullPolicy, RunArgs};
use crate::config::Ctx;
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::image::containerfile::ops::RunMount;
use crate::plan::{RootfsSource, RunPlan};
use crate::store::Store;
use crate::store::container_fs::FsLayers;

use super::mount_from;

/// What a RUN needs besides its command.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `NAME=VALUE`: the build args in scope (ENV is in the image already).
    pub env: Vec<String>,
    pub mounts: Vec<RunMount>,
    /// none or host (den's network modes); `None`: den's default.
    pub network: Option<String>,
    /// `-v` of the build, for every RUN.
    pub volumes: Vec<String>,
    /// `--ulimit` of the build, for every RUN.
    pub ulimits: Vec<String>,
    /// `--secret id=...,src=...` of the build.
    pub secrets: BTreeMap<String, PathBuf>,
    pub context: PathBuf,
    /// The layers (top first) of each stage or image a `--mount` names with `from=`.
    pub from_layers: BTreeMap<String, Vec<PathBuf>>,
}

/// A finished RUN: its container (to commit, then remove) and its exit status.
pub struct Ran {
    pub store: Store,
    pub plan: RunPlan,
    pub code: i32,
}

impl Ran {
    /// The container's upper directory.
    pub fn upper(&self) -> Result<PathBuf> {
        match &self.plan.rootfs {
            RootfsSource::Layers { upper, .. } => Ok(upper.clone()),
            RootfsSource::Dir(_) => bail!("a RUN container has no layers"),
        }
    }

    /// Removes the container's record and files.
    pub fn remove(&self) -> Result<()> {
        crate::runtime::monitor::remove_container(&self.store, &self.plan)
    }
}

/// The `-v` and `--tmpfs` specs of a RUN's `--mount`s; the directories made for the `from=`
/// ones go to `made` (to remove after the step, also when this fails).
fn mount_specs(
    store: &Store,
    mapping: &IdMapping,
    opts: &RunOptions,
    made: &mut Vec<PathBuf>,
) -> Result<(Vec<String>, Vec<String>)> {
    let mut volumes = opts.volumes.clone();
    let mut tmpfs = Vec::new();
    for m in &opts.mounts {
        if let (Some(from), "bind" | "cache") = (&m.from, m.kind.as_str()) {
            let lowers = opts
                .from_layers
                .get(from)
                .with_context(|| format!("--mount from={from}: no such stage or image"))?;
            let dir = store.root().join("build-work");
            fs::create_dir_all(&dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
            let work = tempfile::Builder::new()
                .prefix("mount-")
                .tempdir_in(&dir)
                .with_context(|| format!("creating a directory in \"{}\"", dir.display()))?
                .keep();
            made.push(work.clone());
            let root = work.join("root");
            let source = m.source.clone().unwrap_or_else(|| "/".into());
            // A cache mount is writable; a bind mount only with rw.
            let writable = m.kind == "cache" || m.rw;
            let (lowers, dest) = (lowers.clone(), root.clone());
            let src = source.clone();
            run_in_store_ns(mapping, move || {
                mount_from::materialize(&lowers, &src, &dest, writable)
            })
            .with_context(|| format!("--mount from={from},source={source}"))?;
            let ro = if writable { "" } else { ":ro" };
            volumes.push(format!("{}:{}{ro}", root.display(), m.target));
            continue;
        }
        match m.kind.as_str() {
            "cache" => {
                let id = m.id.clone().unwrap_or_else(|| m.target.clone());
                let dir = store
                    .root()
                    .join("build-mounts")
                    .join(format!("cache-{}", &super::cache::key(&[&id])[..16]));
                fs::create_dir_all(&dir)
                    .with_context(|| format!("creating \"{}\"", dir.display()))?;
                volumes.push(format!("{}:{}", dir.display(), m.target));
            }
            "bind" => {
                let rel = m.source.clone().unwrap_or_else(|| ".".into());
                let src = opts.context.join(rel.trim_start_matches('/'));
                let real = fs::canonicalize(&src)
                    .with_context(|| format!("--mount source \"{rel}\" in the build context"))?;
                if !real.starts_with(fs::canonicalize(&opts.context)?) {
                    bail!("--mount source \"{rel}\" is outside the build context");
                }
                // Read-only: den does not throw away writes to a bind mount as BuildKit does.
                volumes.push(format!("{}:{}:ro", real.display(), m.target));
            }
            "tmpfs" => tmpfs.push(m.target.clone()),
            "secret" => {
                let id = m.id.clone().unwrap_or_default();
                let Some(src) = opts.secrets.get(&id) else {
                    return Err(crate::error::hinted(
                        format!(
                            "RUN --mount=type=secret,id={id}: the build was given no secret \"{id}\""
                        ),
                        format!("pass it: den build --secret id={id},src=FILE"),
                    ));
                };
                volumes.push(format!("{}:{}:ro", src.display(), m.target));
            }
            other => bail!("RUN --mount type \"{other}\" is not supported"),
        }
    }
    Ok((volumes, tmpfs))
}

/// Runs `argv` in a new container of `image` and waits for it.
pub fn run(
    ctx: &Ctx,
    store: &Store,
    mapping: &IdMapping,
    image: &str,
    argv: Vec<String>,
    opts: &RunOptions,
) -> Result<Ran> {
    let mut made = Vec::new();
    let ran = mount_specs(store, mapping, opts, &mut made)
        .and_then(|(volumes, tmpfs)| run_with(ctx, mapping, image, argv, opts, volumes, tmpfs));
    let removed = crate::store::layers::remove_trees(mapping, made);
    let ran = ran?;
    removed?;
    Ok(ran)
}

fn run_with(
    ctx: &Ctx,
    mapping: &IdMapping,
    image: &str,
    argv: Vec<String>,
    opts: &RunOptions,
    volumes: Vec<String>,
    tmpfs: Vec<String>,
) -> Result<Ran> {
    let targets: Vec<String> = volumes
        .iter()
        .filter_map(|v| v.split(':').nth(1).map(str::to_string))
        .chain(
            tmpfs
                .iter()
                .map(|t| t.split(':').next().unwrap_or("").to_string()),
        )
        .collect();
    let args = RunArgs {
        env: opts.env.clone(),
        // The image's entrypoint does not apply to RUN.
        entrypoint: Some(String::new()),
        volume: volumes,
        tmpfs,
        // RUN steps keep the host's network unless --network says otherwise: a private one
        // per step would start a helper for each (den run's default is private).
        network: Some(
            opts.network
                .clone()
                .or_else(|| ctx.config.run.network.clone())
                .unwrap_or_else(|| "host".to_string()),
        ),
        // As buildah's RUN: the host's proxy variables pass in.
        process: crate::cli::ProcessArgs {
            http_proxy: true,
            ..crate::cli::ProcessArgs::default()
        },
        pull: PullPolicy::Never,
        // A build step's output goes to den build's own; the base image's health check is
        // not for its steps.
        monitor: crate::cli::MonitorArgs {
            log_driver: Some("passthrough".into()),
            no_healthcheck: true,
            ..crate::cli::MonitorArgs::default()
        },
        ns: crate::cli::NamespaceArgs {
            ulimit: opts.ulimits.clone(),
            ..crate::cli::NamespaceArgs::default()
        },
        image: image.to_string(),
        command: argv,
        ..RunArgs::default()
    };
    let (store2, plan) = crate::commands::run::create_with(ctx, &args, true, false)?;
    let code = crate::commands::run::run_foreground(ctx, &store2, &plan);
    let ran = Ran {
        store: store2,
        plan,
        code: 0,
    };
    let code = match code {
        Ok(c) => c,
        Err(e) => {
            let _ = ran.remove();
            return Err(e);
        }
    };
    if let RootfsSource::Layers { upper, lower, .. } = &ran.plan.rootfs
        && !targets.is_empty()
    {
        // The upper directory's entries belong to the namespace's ids.
        let (upper, lower) = (upper.clone(), lower.clone());
        if let Err(e) = run_in_store_ns(mapping, move || {
            drop_mount_targets(&upper, &lower, &targets);
            Ok(())
        }) {
            tracing::warn!("removing the mount targets of a RUN step: {e:#}");
        }
    }
    Ok(Ran { code, ..ran })
}

/// Removes the empty mount targets den created in `upper` that the image lacks, and the
/// empty directories made only for them.
fn drop_mount_targets(upper: &Path, lowers: &[PathBuf], targets: &[String]) {
    let lower = FsLayers {
        upper: None,
        lowers: lowers.to_vec(),
    };
    for t in targets {
        let comps = crate::store::container_fs::split(t.as_bytes());
        for n in (1..=comps.len()).rev() {
            if lower.lookup(&comps[..n]).ok().flatten().is_some() {
                break;
            }
            let mut p = upper.to_path_buf();
            p.extend(&comps[..n]);
            let removed = match fs::symlink_metadata(&p) {
                Ok(m) if m.is_dir() => fs::remove_dir(&p).is_ok(),
                Ok(m) if m.is_file() && m.len() == 0 => fs::remove_file(&p).is_ok(),
                _ => false,
            };
            if !removed {
                break;
            }
        }
    }
}
