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
use crate::image::containerfile::ops::RunMount;
use crate::plan::{RootfsSource, RunPlan};
use crate::store::Store;
use crate::store::container_fs::FsLayers;

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
    /// `--secret id=...,src=...` of the build.
    pub secrets: BTreeMap<String, PathBuf>,
    pub context: PathBuf,
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

/// The `-v` and `--tmpfs` specs of a RUN's `--mount`s.
pub fn mount_specs(store: &Store, opts: &RunOptions) -> Result<(Vec<String>, Vec<String>)> {
    let mut volumes = opts.volumes.clone();
    let mut tmpfs = Vec::new();
    for m in &opts.mounts {
        match m.kind.as_str() {
            "cache" => {
                if m.from.is_some() {
                    bail!(
                        "RUN --mount=type=cache,from=...: den's cache mounts start empty (from= is not supported)"
                    );
                }
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
                if m.from.is_some() {
                    bail!(
                        "RUN --mount=type=bind,from=...: den bind-mounts only the build context (use COPY --from)"
                    );
                }
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
    image: &str,
    argv: Vec<String>,
    opts: &RunOptions,
) -> Result<Ran> {
    let (volumes, tmpfs) = mount_specs(store, opts)?;
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
    if let RootfsSource::Layers { upper, lower, .. } = &ran.plan.rootfs {
        drop_mount_targets(upper, lower, &targets);
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
