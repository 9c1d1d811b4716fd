//! `den run`: plan the container from the flags and the image, run it as den's child, and
//! exit with its status. Without `--rm`, the container's record and writable layer stay in
//! the store.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::cli::RunArgs;
use crate::config::Ctx;
use crate::error::{HintExt, hinted};
use crate::runtime::idmap::IdMapping;
use crate::runtime::plan::{
    self, DEFAULT_CAPABILITIES, DriverKind, ImageDefaults, ProcessInputs, RootfsSource, RunPlan,
    UserMount, VolumeSource,
};
use crate::runtime::probe::{self, Driver};
use crate::runtime::userns::run_in_store_ns;
use crate::runtime::{seccomp, spawn};
use crate::store::Store;

/// The record of a container in `<store>/containers/<id>/container.json`.
#[derive(Debug, Serialize, Deserialize)]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    pub image: String,
    pub image_id: Option<String>,
    pub command: Vec<String>,
    pub created: String,
    pub state: String,
    pub exit_code: Option<i32>,
    pub driver: String,
}

pub fn run(ctx: &Ctx, args: &RunArgs) -> Result<i32> {
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice() {
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
        let image = crate::commands::pull::find_or_pull(&store, &mapping, &args.image)?;
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
    let sys_admin = caps.contains(&caps::Capability::CAP_SYS_ADMIN);

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
    let seccomp = if plan.seccomp {
        Some(seccomp::load_or_compile(&ctx.paths.cache, sys_admin)?)
    } else {
        None
    };

    let record = ContainerRecord {
        id: id.clone(),
        name,
        image: image_name,
        image_id,
        command: plan.process.argv.clone(),
        created: now_rfc3339(),
        state: "running".into(),
        exit_code: None,
        driver: driver_name,
    };
    create_container(&store, &plan, &record)?;

    let result = spawn::run(&plan, seccomp.as_deref());

    if plan.remove {
        remove_container_dir(&store_dir, &mapping)?;
    } else {
        let mut record = record;
        record.state = "exited".into();
        record.exit_code = result.as_ref().ok().copied();
        write_record(&store_dir, &record)?;
    }
    result
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
    if let Some(other) = find_by_name(&containers, &record.name) {
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
    write_record(&plan.store_dir, record)
}

fn find_by_name(containers: &Path, name: &str) -> Option<String> {
    for entry in fs::read_dir(containers).ok()?.flatten() {
        let Ok(text) = fs::read_to_string(entry.path().join("container.json")) else {
            continue;
        };
        if let Ok(r) = serde_json::from_str::<ContainerRecord>(&text)
            && r.name == name
        {
            return Some(r.id);
        }
    }
    None
}

fn write_record(dir: &Path, record: &ContainerRecord) -> Result<()> {
    let path = dir.join("container.json");
    let bytes = serde_json::to_vec_pretty(record)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("writing \"{}\"", path.display()))?;
    std::io::Write::write_all(&mut tmp, &bytes)
        .with_context(|| format!("writing \"{}\"", path.display()))?;
    tmp.persist(&path)
        .with_context(|| format!("writing \"{}\"", path.display()))?;
    Ok(())
}

/// Removes a container's store dir. Files the container created as other users belong to
/// subordinate ids, which only den's namespace can remove; try the cheap way first.
fn remove_container_dir(dir: &Path, mapping: &IdMapping) -> Result<()> {
    // overlayfs leaves mode-0 directories in its work dir (work/, incompat/volatile/); they
    // are ours, so open them up rather than paying for a namespace to remove them.
    open_up_dirs(&dir.join("work"));
    if fs::remove_dir_all(dir).is_ok() || !dir.exists() {
        return Ok(());
    }
    let dir = dir.to_path_buf();
    run_in_store_ns(mapping, move || {
        fs::remove_dir_all(&dir).with_context(|| format!("removing \"{}\"", dir.display()))
    })
}

/// Gives the owner access to every directory below `dir` (best effort).
fn open_up_dirs(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).is_err() {
        return;
    }
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            open_up_dirs(&entry.path());
        }
    }
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
pub fn now_rfc3339() -> String {
    crate::store::time::format_rfc3339(crate::store::time::now_unix())
}

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
