//! The files den gives a container besides /etc/hostname, hosts and resolv.conf (`mounts`):
//! /run/.containerenv, /etc/localtime (`--tz`) and an /etc/passwd (and /etc/group) line for
//! a user id the image does not list, as podman 4.3 does. Each is written to the container's
//! private scratch tmpfs and bind-mounted over its target, so the image's files and the
//! container's writable layer stay as they are (`den diff` shows none of them).

use std::fs;
use std::os::fd::BorrowedFd;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::{Context, Result};

use crate::plan::{DEFAULT_PASSWD_ENTRY, RunPlan, containerenv_text, passwd_line};
use crate::runtime::mounts::{TargetKind, bind_in_root, read_in_root};

/// Writes the files to `scratch` and binds them into the root (before pivot_root: the zone
/// file is read from the host).
pub fn provide_files(root: BorrowedFd<'_>, scratch: &Path, plan: &RunPlan) -> Result<()> {
    let write = |name: &str, text: &[u8]| -> Result<std::path::PathBuf> {
        let path = scratch.join(name);
        fs::write(&path, text).with_context(|| format!("writing \"{}\"", path.display()))?;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644))?;
        Ok(path)
    };
    // podman writes the keys only for --privileged containers; rootless, the file is empty.
    let env = write(".containerenv", containerenv_text(false, plan).as_bytes())?;
    bind_in_root(
        root,
        &env,
        Path::new("/run/.containerenv"),
        TargetKind::File,
        false,
    )
    .context("providing /run/.containerenv")?;
    if let Some(zone) = &plan.config.localtime {
        let data = fs::read(zone).with_context(|| format!("reading \"{}\"", zone.display()))?;
        let copy = write("localtime", &data)?;
        bind_in_root(
            root,
            &copy,
            Path::new("/etc/localtime"),
            TargetKind::File,
            false,
        )
        .context("providing /etc/localtime")?;
    }
    provide_passwd_entry(root, plan, &write)
}

/// As podman: when the container runs as a numeric uid its /etc/passwd lacks, a line for it
/// (`--passwd-entry`'s template, or podman's default with the working directory as home);
/// likewise a /etc/group line for a numeric gid /etc/group lacks. Nothing when the image has
/// no /etc/passwd.
fn provide_passwd_entry(
    root: BorrowedFd<'_>,
    plan: &RunPlan,
    write: &dyn Fn(&str, &[u8]) -> Result<std::path::PathBuf>,
) -> Result<()> {
    let (user, group) = match plan.process.user.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (plan.process.user.as_str(), None),
    };
    let Ok(uid) = user.parse::<u32>() else {
        return Ok(());
    };
    let passwd = read_in_root(root, Path::new("/etc/passwd"));
    if passwd.is_empty() || lists_id(&passwd, 2, uid) {
        return Ok(());
    }
    let gid = group.and_then(|g| g.parse::<u32>().ok()).unwrap_or(0);
    let template = plan
        .config
        .passwd_entry
        .as_deref()
        .unwrap_or(DEFAULT_PASSWD_ENTRY);
    let home = plan.process.cwd.display().to_string();
    let text = append_line(&passwd, &passwd_line(template, uid, gid, &home));
    let path = write("passwd", text.as_bytes())?;
    bind_in_root(
        root,
        &path,
        Path::new("/etc/passwd"),
        TargetKind::File,
        false,
    )
    .context("providing /etc/passwd")?;
    let groups = read_in_root(root, Path::new("/etc/group"));
    if group.is_some() && !groups.is_empty() && !lists_id(&groups, 2, gid) {
        let text = append_line(&groups, &format!("{gid}:x:{gid}:{uid}"));
        let path = write("group", text.as_bytes())?;
        bind_in_root(
            root,
            &path,
            Path::new("/etc/group"),
            TargetKind::File,
            false,
        )
        .context("providing /etc/group")?;
    }
    Ok(())
}

/// Whether a passwd or group text has a line whose field `field` (0-based) is `id`.
fn lists_id(text: &str, field: usize, id: u32) -> bool {
    let id = id.to_string();
    text.lines()
        .any(|l| l.split(':').nth(field) == Some(id.as_str()))
}

fn append_line(text: &str, line: &str) -> String {
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_in_their_field() {
        let passwd = "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n";
        assert!(lists_id(passwd, 2, 0));
        assert!(lists_id(passwd, 2, 65534));
        assert!(!lists_id(passwd, 2, 1234));
        assert_eq!(append_line("a", "b"), "a\nb\n");
        assert_eq!(append_line("a\n", "b"), "a\nb\n");
    }
}
