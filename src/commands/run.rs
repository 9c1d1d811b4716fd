//! `den run`: plan the container from the flags and the image, run it as den's child, and
//! exit with its status. Without `--rm`, the container's record and writable layer stay in
//! the store.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::cli::{PullPolicy, RunArgs};
use crate::config::Ctx;
use crate::error::{HintExt, hinted};
use crate::runtime::idmap::IdMapping;
use crate::runtime::plan::{
    self, DEFAULT_CAPABILITIES, DriverKind, ImageDefaults, ProcessInputs, RootfsSource, RunPlan,
    UserMount, VolumeSource,
};
use crate::runtime::probe::{self, Driver};
use crate::runtime::{monitor, spawn, state};
use crate::store::Store;

pub use crate::runtime::state::ContainerRecord;

/// `den run`: in the foreground (den is the container's parent and exits with its status),
/// or with `-d` under a monitor, printing the container's id once it runs.
pub fn run(ctx: &Ctx, args: &RunArgs) -> Result<i32> {
    if args.detach {
        let (_, plan) = create(ctx, args, false)?;
        return start_detached_or_clean(ctx, &plan);
    }
    // This den is the container's monitor: it records the status at the end.
    let (store, plan) = create(ctx, args, true)?;
    run_foreground(ctx, &store, &plan)
}

/// Runs a created container with this den as its parent and monitor (`den run`,
/// `den start -a`): the terminal and stdin are the user's; the status is recorded at the end.
/// The caller has recorded this den as the monitor.
pub fn run_foreground(ctx: &Ctx, store: &Store, plan: &RunPlan) -> Result<i32> {
    let seccomp = monitor::seccomp_for(ctx, plan)?;
    monitor::prepare_runtime_dir(plan)?;
    let store_root = store.root().to_path_buf();
    let hooks = spawn::Hooks {
        on_running: Some(Box::new(|pid| {
            monitor::record_running(&store_root, &plan.id, pid.as_raw())
        })),
        ..spawn::Hooks::default()
    };
    let result = spawn::run_with(plan, seccomp.as_deref(), hooks);
    monitor::finish(ctx, store, plan, &result)?;
    result
}

/// Starts a created container under its monitor and prints its id; a failed setup removes a
/// `--rm` container (the monitor did) and keeps the record of others, as podman.
fn start_detached_or_clean(ctx: &Ctx, plan: &RunPlan) -> Result<i32> {
    monitor::start_detached(ctx, &plan.id)?;
    crate::commands::containers::say!("{}", plan.id);
    Ok(0)
}

/// `den create`: the container's record and directories, state "created".
pub fn create_command(ctx: &Ctx, args: &RunArgs) -> Result<i32> {
    let (_, plan) = create(ctx, args, false)?;
    crate::commands::containers::say!("{}", plan.id);
    Ok(0)
}

/// Plans a container from the flags and writes its record (state "created") with the plan;
/// `monitored`: the calling den is the container's monitor (a foreground run).
pub fn create(ctx: &Ctx, args: &RunArgs, monitored: bool) -> Result<(Store, RunPlan)> {
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let store = Store::open(&ctx.paths)?;
    let id = random_id()?;
    let store_dir = store.containers_dir().join(&id);
    let scratch = ctx.paths.runtime.join("scratch");

    let (rootfs, defaults, image_id, image_name, driver_name) = if args.rootfs {
        let dir = fs::canonicalize(&args.image)
            .with_context(|| format!("root filesystem directory \"{}\"", args.image))?;
        if !dir.is_dir() {
            bail!("--rootfs: \"{}\" is not a directory", dir.display());
        }
        (
            RootfsSource::Dir(dir.clone()),
            ImageDefaults::default(),
            None,
            dir.display().to_string(),
            "rootfs".to_string(),
        )
    } else {
        let image = match args.pull {
            PullPolicy::Never => store.find_image(&args.image)?,
            PullPolicy::Missing => {
                crate::commands::pull::find_or_pull(&store, &mapping, &args.image)?
            }
            PullPolicy::Always | PullPolicy::Newer => {
                crate::commands::pull::pull_and_find(&store, &mapping, &args.image)?
            }
        };
        let choice = probe::choose_driver(ctx, &mapping)?;
        let driver = match &choice.driver {
            Driver::Overlay => DriverKind::Overlay,
            Driver::FuseOverlayfs(p) => DriverKind::FuseOverlayfs(p.clone()),
            Driver::Vfs => DriverKind::Vfs(store_dir.join("rootfs")),
        };
        let lower = image
            .diff_ids
            .iter()
            .rev()
            .map(|d| store.layer_path(d))
            .collect();
        let name = image
            .names
            .first()
            .cloned()
            .unwrap_or_else(|| image.id.clone());
        (
            RootfsSource::Layers {
                lower,
                upper: store_dir.join("upper"),
                work: store_dir.join("work"),
                driver,
            },
            ImageDefaults::from_config(&image.config),
            Some(image.id.clone()),
            name,
            choice.driver.name().to_string(),
        )
    };

    let name = match &args.name {
        Some(n) => {
            plan::validate_name(n)?;
            n.clone()
        }
        None => generate_name(&id),
    };
    let hostname = args
        .hostname
        .clone()
        .unwrap_or_else(|| id[..12].to_string());
    let network = plan::plan_network(if args.network == "host" {
        ctx.config.run.network.as_deref().unwrap_or("host")
    } else {
        &args.network
    })?;
    let env_files = args
        .env_file
        .iter()
        .map(|p| {
            fs::read_to_string(p)
                .with_context(|| format!("reading env file \"{}\"", p.display()))
                .map(|t| (p.clone(), t))
        })
        .collect::<Result<Vec<_>>>()?;
    let host_env = |name: &str| std::env::var(name).ok();
    let process = plan::plan_process(
        args,
        &ProcessInputs {
            image: &defaults,
            image_name: &image_name,
            config_env: &ctx.config.run.env,
            host_env: &host_env,
            env_files: &env_files,
            hostname: &hostname,
        },
    )?;
    let mounts = plan_mounts(args, &store)?;
    let default_caps = match &ctx.config.run.default_capabilities {
        Some(list) => list
            .iter()
            .map(|c| plan::parse_capability(c))
            .collect::<Result<Vec<_>>>()
            .context("in run.default_capabilities of config.toml")?,
        None => DEFAULT_CAPABILITIES.to_vec(),
    };
    let caps = plan::plan_capabilities(&default_caps, &args.cap_add, &args.cap_drop)?;
    let seccomp_on = plan::plan_security_opts(&args.security_opt)?;

    let plan = RunPlan {
        id: id.clone(),
        name: name.clone(),
        image_id: image_id.clone(),
        image_name: image_name.clone(),
        rootfs,
        scratch: scratch.clone(),
        etc_hosts: plan::hosts_file(&hostname),
        etc_resolv: plan::resolv_conf(
            &fs::read_to_string("/etc/resolv.conf").unwrap_or_default(),
            network,
        ),
        store_dir: store_dir.clone(),
        read_only: args.read_only,
        mounts,
        process,
        hostname: hostname.clone(),
        network,
        mapping: mapping.clone(),
        capabilities: caps.iter().map(ToString::to_string).collect(),
        seccomp: seccomp_on,
        remove: args.rm,
    };
    let mut record = ContainerRecord::new(
        &id,
        &name,
        &image_name,
        plan.process.argv.clone(),
        &driver_name,
    );
    record.image_id = image_id;
    record.plan = Some(plan.clone());

    if monitored {
        monitor::set_monitor(&mut record);
    }
    create_container(&store, &plan, &record)?;
    Ok((store, plan))
}

/// Resolves `-v` and `--tmpfs` into mounts; named volumes live in `<store>/volumes/NAME/_data`.
fn plan_mounts(args: &RunArgs, store: &Store) -> Result<Vec<UserMount>> {
    let mut mounts = Vec::new();
    for spec in &args.volume {
        let (source, target, read_only) = plan::parse_volume(spec)?;
        let source = match source {
            VolumeSource::Path(p) => {
                let p = expand_home(&p);
                fs::canonicalize(&p)
                    .with_context(|| format!("volume source \"{}\"", p.display()))
                    .hint("create it first, or name a volume (a name without '/')")?
            }
            VolumeSource::Named(name) => {
                let dir = store.volumes_dir().join(&name).join("_data");
                fs::create_dir_all(&dir).with_context(|| format!("creating volume \"{name}\""))?;
                dir
            }
        };
        mounts.push(UserMount::Bind {
            source,
            target,
            read_only,
        });
    }
    for spec in &args.tmpfs {
        mounts.push(plan::parse_tmpfs(spec)?);
    }
    Ok(mounts)
}

fn expand_home(p: &Path) -> PathBuf {
    match p.strip_prefix("~") {
        Ok(rest) => std::env::var_os("HOME")
            .map_or_else(|| p.to_path_buf(), |h| PathBuf::from(h).join(rest)),
        Err(_) => p.to_path_buf(),
    }
}

/// Creates the container's directories and record, refusing a name already in use.
fn create_container(store: &Store, plan: &RunPlan, record: &ContainerRecord) -> Result<()> {
    let _lock = store.lock()?;
    let containers = store.containers_dir();
    fs::create_dir_all(&containers)
        .with_context(|| format!("creating \"{}\"", containers.display()))?;
    if let Some(other) = state::find_by_name(store, &record.name) {
        return Err(hinted(
            format!(
                "the container name \"{}\" is already in use by container {}",
                record.name,
                &other[..12.min(other.len())]
            ),
            "choose another --name, or remove that container",
        ));
    }
    fs::create_dir_all(&plan.store_dir)
        .with_context(|| format!("creating \"{}\"", plan.store_dir.display()))?;
    if let RootfsSource::Layers { upper, work, .. } = &plan.rootfs {
        fs::create_dir_all(upper).with_context(|| format!("creating \"{}\"", upper.display()))?;
        fs::create_dir_all(work).with_context(|| format!("creating \"{}\"", work.display()))?;
    }
    fs::create_dir_all(&plan.scratch)
        .with_context(|| format!("creating \"{}\"", plan.scratch.display()))?;
    state::write(&plan.store_dir, record)
}

fn random_id() -> Result<String> {
    let mut bytes = [0u8; 32];
    fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .context("reading /dev/urandom")?;
    Ok(hex::encode(bytes))
}

/// A docker-style `adjective_noun` name, derived from the id.
fn generate_name(id: &str) -> String {
    const ADJECTIVES: &[&str] = &[
        "brave", "calm", "eager", "fancy", "gentle", "happy", "jolly", "keen", "lucid", "merry",
        "nimble", "proud", "quiet", "rapid", "sharp", "tidy", "vivid", "witty", "young", "zesty",
    ];
    const NOUNS: &[&str] = &[
        "badger", "crane", "dingo", "eagle", "ferret", "gecko", "heron", "ibis", "jackal", "koala",
        "lemur", "marten", "newt", "otter", "panda", "quail", "raven", "stoat", "tapir", "walrus",
    ];
    let n = u64::from_str_radix(&id[..8], 16).unwrap_or(0) as usize;
    format!(
        "{}_{}_{}",
        ADJECTIVES[n % ADJECTIVES.len()],
        NOUNS[(n / ADJECTIVES.len()) % NOUNS.len()],
        &id[8..12]
    )
}

/// The current time as RFC 3339 (UTC).
pub use crate::runtime::state::now_rfc3339;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_docker_style() {
        assert!(now_rfc3339().ends_with('Z'));
        let name = generate_name(&"ab".repeat(32));
        assert!(name.contains('_') && name.ends_with("abab"), "{name}");
    }
}
