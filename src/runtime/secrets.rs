//! `--secret`s as a container starts: den reads each secret's data from the store (`load`,
//! in den before the clone: an env secret becomes a variable of the program), and the
//! container's setup writes mount secrets into a private tmpfs with their owner and mode and
//! binds them read-only onto their targets (`mount_secrets`, before the pivot).

use std::fs;
use std::os::fd::BorrowedFd;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::{Context, Result};
use nix::mount::{MsFlags, mount};

use crate::plan::{ProcessPlan, RunPlan, SecretKind};
use crate::runtime::mounts::{TargetKind, bind_in_root};

/// The plan with its secrets' data read, or None when it uses no secret.
pub fn load(plan: &RunPlan) -> Result<Option<RunPlan>> {
    if plan.secrets.is_empty() {
        return Ok(None);
    }
    let mut plan = plan.clone();
    for s in &mut plan.secrets {
        let data = crate::store::secrets::read_data(&s.data_file, &s.name)
            .context("the secret was removed after the container was created; create it again")?;
        match s.kind {
            SecretKind::Mount => s.data = data,
            SecretKind::Env => set_variable(&mut plan.process, &s.name, &s.target, data)?,
        }
    }
    Ok(Some(plan))
}

/// The container's process with its env secrets set, the base of an `exec` or a health
/// check (podman's exec sessions see them too). A secret that can no longer be read (removed
/// since the start) is left out with a warning: the exec still runs.
pub fn exec_base(plan: &RunPlan) -> Result<ProcessPlan> {
    let mut process = plan.process.clone();
    for s in plan.secrets.iter().filter(|s| s.kind == SecretKind::Env) {
        match crate::store::secrets::read_data(&s.data_file, &s.name) {
            Ok(data) => set_variable(&mut process, &s.name, &s.target, data)?,
            Err(e) => eprintln!("warning: secret \"{}\" is left out: {e:#}", s.name),
        }
    }
    Ok(process)
}

/// Sets `target=DATA` in the process's environment (replacing an earlier `target`).
fn set_variable(process: &mut ProcessPlan, name: &str, target: &str, data: Vec<u8>) -> Result<()> {
    let value = String::from_utf8(data).with_context(|| {
        format!("secret \"{name}\" is not UTF-8 text, so it cannot be a variable")
    })?;
    let prefix = format!("{target}=");
    process.env.retain(|e| !e.starts_with(&prefix));
    process.env.push(format!("{prefix}{value}"));
    Ok(())
}

/// Writes the mount secrets into a tmpfs of their own under `scratch` and binds each,
/// read-only, onto its target in the root.
pub fn mount_secrets(root: BorrowedFd<'_>, scratch: &Path, plan: &RunPlan) -> Result<()> {
    let files: Vec<_> = plan
        .secrets
        .iter()
        .filter(|s| s.kind == SecretKind::Mount)
        .collect();
    if files.is_empty() {
        return Ok(());
    }
    let dir = scratch.join("secrets");
    fs::create_dir(&dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
    let size: usize = files.iter().map(|s| s.data.len() + 4096).sum::<usize>() + 4096;
    mount(
        Some("tmpfs"),
        &dir,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
        Some(format!("mode=755,size={size}").as_str()),
    )
    .context("mounting a tmpfs for the secrets")?;
    for (i, s) in files.iter().enumerate() {
        let file = dir.join(i.to_string());
        fs::write(&file, &s.data).with_context(|| format!("writing secret \"{}\"", s.name))?;
        nix::unistd::chown(
            &file,
            Some(nix::unistd::Uid::from_raw(s.uid)),
            Some(nix::unistd::Gid::from_raw(s.gid)),
        )
        .with_context(|| {
            format!(
                "giving secret \"{}\" to uid {} gid {} (are they mapped in the container?)",
                s.name, s.uid, s.gid
            )
        })?;
        fs::set_permissions(&file, fs::Permissions::from_mode(s.mode & 0o7777))
            .with_context(|| format!("setting the mode of secret \"{}\"", s.name))?;
        bind_in_root(root, &file, Path::new(&s.target), TargetKind::File, true)
            .with_context(|| format!("mounting secret \"{}\" at \"{}\"", s.name, s.target))?;
    }
    Ok(())
}
