//! `den doctor`: checks each prerequisite of rootless containers and prints, for every
//! problem, the exact command that fixes it. `gather` reads the machine once into `Facts`;
//! `checks` is a pure function from facts to verdicts, unit-tested for each problem below.
//! Exits 0 when nothing FAILs (warnings allowed), 1 otherwise.

use anyhow::Result;

use crate::cli::DoctorArgs;
use crate::config::Ctx;
use crate::driver::vfs;
use crate::host;

mod facts;
#[cfg(test)]
mod tests;

pub use facts::{Facts, HelperFact, XdgFact, gather};

/// How bad a check's finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Ok,
    Warn,
    Fail,
}

impl Level {
    fn label(self) -> &'static str {
        match self {
            Level::Ok => "ok",
            Level::Warn => "warn",
            Level::Fail => "FAIL",
        }
    }
}

/// One verdict: a line of text and, for a problem, the command that fixes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub level: Level,
    pub text: String,
    pub fix: Option<String>,
}

fn ok(text: impl Into<String>) -> Check {
    Check {
        level: Level::Ok,
        text: text.into(),
        fix: None,
    }
}

fn warn(text: impl Into<String>, fix: Option<String>) -> Check {
    Check {
        level: Level::Warn,
        text: text.into(),
        fix,
    }
}

fn fail(text: impl Into<String>, fix: Option<String>) -> Check {
    Check {
        level: Level::Fail,
        text: text.into(),
        fix,
    }
}

pub fn run(ctx: &Ctx, _args: &DoctorArgs) -> Result<i32> {
    let facts = gather(ctx)?;
    let checks = checks(&facts);
    for check in &checks {
        crate::output::say!("{:<4}  {}", check.level.label(), check.text);
        if let Some(fix) = &check.fix {
            crate::output::say!("      fix: {fix}");
        }
    }
    let fails = checks.iter().filter(|c| c.level == Level::Fail).count();
    let warns = checks.iter().filter(|c| c.level == Level::Warn).count();
    crate::output::say!();
    crate::output::say!("{} checks: {fails} failed, {warns} warnings", checks.len());
    Ok(i32::from(fails > 0))
}

/// The verdicts, in the order a user would fix things: one function per concern.
pub fn checks(f: &Facts) -> Vec<Check> {
    let mut out = Vec::new();
    check_nesting(f, &mut out);
    check_subids(f, &mut out);
    check_map_helpers(f, &mut out);
    check_userns(f, &mut out);
    check_drivers(f, &mut out);
    check_runtime_dir(f, &mut out);
    check_store(f, &mut out);
    check_cgroups(f, &mut out);
    check_network(f, &mut out);
    out
}

/// The private network (den run's default) needs pasta or slirp4netns.
fn check_network(f: &Facts, out: &mut Vec<Check>) {
    match &f.network_helper {
        Some((name, path)) => out.push(ok(format!(
            "network helper {name}: {} (private networks, -p)",
            path.display()
        ))),
        None => out.push(warn(
            "neither pasta nor slirp4netns is installed: den run needs --network host or none",
            Some("sudo apt-get install passt (or slirp4netns)".into()),
        )),
    }
}

/// Whether den doctor itself runs inside den's user namespace.
fn check_nesting(f: &Facts, out: &mut Vec<Check>) {
    if f.in_den_userns {
        out.push(warn(
            "den doctor runs inside den's user namespace (den unshare): the checks below see \
             uid 0 of that namespace, not your login",
            Some("exit the `den unshare` shell and run den doctor again".into()),
        ));
    }
}

/// Subordinate ids: without them den still works, in one-id mode.
fn check_subids(f: &Facts, out: &mut Vec<Check>) {
    let one_id_note = "den runs in one-id mode: every file of an image becomes yours and \
                       programs that change owners (apt, useradd) fail";

    let (start, end) = (f.free_range_start, f.free_range_start.saturating_add(65535));
    if f.subuid.is_none() && f.subgid.is_none() {
        out.push(warn(
            format!(
                "no subordinate uid or gid range for \"{}\" in /etc/subuid and /etc/subgid: \
                 {one_id_note}",
                f.user
            ),
            Some(format!(
                "sudo usermod --add-subuids {start}-{end} --add-subgids {start}-{end} {}",
                f.user
            )),
        ));
    } else {
        for (range, file, kind, flag) in [
            (f.subuid, "/etc/subuid", "uid", "--add-subuids"),
            (f.subgid, "/etc/subgid", "gid", "--add-subgids"),
        ] {
            match range {
                Some(r) => out.push(ok(format!(
                    "subordinate {kind}s: {}-{} ({} ids) in {file}",
                    r.start,
                    u64::from(r.start) + u64::from(r.count) - 1,
                    r.count
                ))),
                None => out.push(warn(
                    format!(
                        "no subordinate {kind} range for \"{}\" in {file}: {one_id_note}",
                        f.user
                    ),
                    Some(format!("sudo usermod {flag} {start}-{end} {}", f.user)),
                )),
            }
        }
    }
}

/// newuidmap and newgidmap write multi-range maps; only one-id mode can do without them.
fn check_map_helpers(f: &Facts, out: &mut Vec<Check>) {
    let has_ranges = f.subuid.is_some() && f.subgid.is_some();
    for helper in [&f.newuidmap, &f.newgidmap] {
        let level = if has_ranges { Level::Fail } else { Level::Warn };
        let needed = if has_ranges {
            ""
        } else {
            " (needed once you have subordinate ranges)"
        };
        match &helper.path {
            None => out.push(Check {
                level,
                text: format!("{} is not installed{needed}", helper.name),
                fix: Some(
                    "sudo apt-get install uidmap   # Fedora: sudo dnf install shadow-utils".into(),
                ),
            }),
            Some(path) if !helper.setuid_root && !helper.has_caps => out.push(Check {
                level,
                text: format!(
                    "{} is neither setuid root nor has file capabilities{needed}",
                    path.display()
                ),
                fix: Some(format!("sudo chmod u+s {}", path.display())),
            }),
            Some(path) => out.push(ok(format!(
                "{} {}",
                path.display(),
                if helper.setuid_root {
                    "is setuid root"
                } else {
                    "has file capabilities"
                }
            ))),
        }
    }
}

/// The kernel's switches for unprivileged user namespaces, and whether den's namespace can be made.
fn check_userns(f: &Facts, out: &mut Vec<Check>) {
    let has_ranges = f.subuid.is_some() && f.subgid.is_some();
    match f.sysctls.check() {
        Ok(()) => out.push(ok(format!(
            "unprivileged user namespaces are allowed (user.max_user_namespaces = {})",
            f.sysctls
                .max_user_namespaces
                .map_or_else(|| "unknown".into(), |n| n.to_string())
        ))),
        Err((why, fix)) => out.push(fail(why, Some(fix))),
    }
    match f.apparmor_restricts_userns {
        None => out.push(ok(
            "no AppArmor restriction on user namespaces (the sysctl does not exist)",
        )),
        Some(false) => out.push(ok("AppArmor does not restrict user namespaces")),
        Some(true) => {
            let fix = Some(
                "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0   # or give den an \
                 AppArmor profile with the `userns,` rule"
                    .into(),
            );
            let text = "AppArmor restricts unprivileged user namespaces \
                        (kernel.apparmor_restrict_unprivileged_userns = 1)";
            if f.userns.is_ok() && f.overlay.is_ok() {
                out.push(warn(format!("{text}, but den's namespaces work"), fix));
            } else {
                out.push(fail(text, fix));
            }
        }
    }
    match &f.userns {
        Ok(()) => out.push(ok(if has_ranges {
            "a user namespace with your subordinate ranges can be created"
        } else {
            "a user namespace in one-id mode can be created"
        })),
        Err((why, hint)) => out.push(fail(
            format!("cannot create den's user namespace: {why}"),
            hint.clone(),
        )),
    }
}

/// Root filesystem drivers: overlay, else den's own fuse, else fuse-overlayfs, else vfs.
fn check_drivers(f: &Facts, out: &mut Vec<Check>) {
    let overlay_works = f.overlay.is_ok();
    match &f.overlay {
        Ok(()) => out.push(ok(format!(
            "kernel overlayfs works in a user namespace on the store ({})",
            f.store_fs
        ))),
        Err(why) => {
            let fix = if host::is_network_fs(&f.store_fs) || f.store_fs == "overlay" {
                Some(store_elsewhere_fix(f))
            } else if kernel_older_than(&f.kernel, 5, 11) {
                Some(format!(
                    "upgrade to Linux 5.11 or later (this is {}); until then den uses fuse-overlayfs",
                    f.kernel
                ))
            } else {
                None
            };
            out.push(warn(
                format!("kernel overlayfs does not work in a user namespace here: {why}"),
                fix,
            ));
        }
    }
    let fuse_needed = if overlay_works {
        " (not needed while kernel overlayfs works)"
    } else {
        " (den falls back to its own FUSE overlay, then fuse-overlayfs; both need it)"
    };
    match &f.dev_fuse {
        Ok(()) => out.push(ok("/dev/fuse can be opened")),
        Err(why) => out.push(warn(
            format!("{why}{fuse_needed}"),
            Some(if f.dev_fuse_exists {
                "sudo chmod 0666 /dev/fuse   # or: add a udev rule giving it to a group you are in"
                    .into()
            } else {
                "sudo modprobe fuse   # in a container: pass the device, e.g. --device /dev/fuse"
                    .into()
            }),
        )),
    }
    if f.dev_fuse.is_ok() {
        out.push(ok(if overlay_works {
            "den's own FUSE overlay (driver fuse) can be used: the next choice if kernel overlayfs stops working"
        } else {
            "den's own FUSE overlay (driver fuse) can be used: chosen before fuse-overlayfs"
        }));
    }
    let fuse_needed = if overlay_works || f.dev_fuse.is_ok() {
        " (not needed: an earlier driver works)"
    } else {
        fuse_needed
    };
    match (&f.fuse_overlayfs, &f.fusermount) {
        (Some(program), Some(_)) => out.push(ok(format!("fuse-overlayfs: {}", program.display()))),
        (None, _) => out.push(warn(
            format!("fuse-overlayfs is not installed{fuse_needed}"),
            Some("sudo apt-get install fuse-overlayfs".into()),
        )),
        (Some(_), None) => out.push(warn(
            format!("neither fusermount3 nor fusermount is installed{fuse_needed}"),
            Some("sudo apt-get install fuse3".into()),
        )),
    }
    match &f.driver {
        Ok((name, reason)) if name == vfs::NAME => out.push(warn(
            format!("storage driver vfs: {reason}"),
            Some(vfs::DOCTOR_HINT.into()),
        )),
        Ok((name, reason)) => out.push(ok(format!("storage driver {name}: {reason}"))),
        Err((why, hint)) => out.push(fail(why.clone(), hint.clone())),
    }
}

/// Where runtime state lives: XDG_RUNTIME_DIR or den's fallback.
fn check_runtime_dir(f: &Facts, out: &mut Vec<Check>) {
    let fallback = format!("/tmp/den-{}", f.uid);
    let linger_fix = format!(
        "log in through systemd-logind (or: sudo loginctl enable-linger {}), or: export \
         XDG_RUNTIME_DIR=/run/user/{} after creating it owned by you with mode 0700",
        f.user, f.uid
    );
    match &f.xdg_runtime_dir {
        XdgFact::Unset => out.push(warn(
            format!(
                "XDG_RUNTIME_DIR is not set (as under su or in CI): den keeps runtime state in \
                 {fallback}"
            ),
            Some(linger_fix),
        )),
        XdgFact::Missing(path) => out.push(fail(
            format!(
                "XDG_RUNTIME_DIR is {} but it does not exist",
                path.display()
            ),
            Some(format!(
                "mkdir -m 0700 {}   # or: unset XDG_RUNTIME_DIR",
                path.display()
            )),
        )),
        XdgFact::Present { path, owner, .. } if *owner != f.uid => out.push(fail(
            format!(
                "XDG_RUNTIME_DIR {} belongs to uid {owner}, not to you (uid {}), as after su",
                path.display(),
                f.uid
            ),
            Some(format!(
                "unset XDG_RUNTIME_DIR   # den then uses {fallback}"
            )),
        )),
        XdgFact::Present { path, mode, .. } if mode & 0o077 != 0 => out.push(warn(
            format!(
                "XDG_RUNTIME_DIR {} is mode {mode:04o}: other users can look into it",
                path.display()
            ),
            Some(format!("chmod 0700 {}", path.display())),
        )),
        XdgFact::Present { path, .. } => out.push(ok(format!(
            "XDG_RUNTIME_DIR {} is yours and private; runtime state in {}",
            path.display(),
            f.runtime_dir.display()
        ))),
    }
}

/// The filesystem the store is on.
fn check_store(f: &Facts, out: &mut Vec<Check>) {
    if host::is_network_fs(&f.store_fs) {
        out.push(warn(
            format!(
                "the store {} is on {}: kernel overlayfs refuses it and file owners may be squashed",
                f.store.display(),
                f.store_fs
            ),
            Some(store_elsewhere_fix(f)),
        ));
    } else if f.store_fs == "overlay" {
        out.push(warn(
            format!(
                "the store {} is on overlayfs (den inside a container?): overlay cannot use it \
                 as an upper dir",
                f.store.display()
            ),
            Some(store_elsewhere_fix(f)),
        ));
    } else if f.store_fs == "tmpfs" {
        out.push(ok(format!(
            "the store {} is on tmpfs (fast, but images are lost at reboot)",
            f.store.display()
        )));
    } else {
        out.push(ok(format!(
            "the store {} is on {}",
            f.store.display(),
            f.store_fs
        )));
    }
}

/// cgroups: information only; containers run without limits.
fn check_cgroups(f: &Facts, out: &mut Vec<Check>) {
    if f.cgroups.limits_available {
        out.push(ok(f.cgroups.summary.clone()));
    } else {
        let fix = match f.cgroups.version.as_str() {
            "v2" => {
                "start a systemd user session (sudo loginctl enable-linger USER) so that \
                     user@UID.service is delegated to you"
            }
            _ => {
                "boot with systemd.unified_cgroup_hierarchy=1 (cgroup v2) and a systemd user \
                  session; containers run fine without limits"
            }
        };
        out.push(warn(
            f.cgroups.summary.clone(),
            Some(
                fix.replace("USER", &f.user)
                    .replace("UID", &f.uid.to_string()),
            ),
        ));
    }
}

fn store_elsewhere_fix(f: &Facts) -> String {
    format!(
        "put the store on a local disk: add `root = \"/var/tmp/den-{}\"` to the [storage] table \
         of {} (or pass --root)",
        f.user,
        f.config_file.display()
    )
}

/// Whether a kernel release such as "5.10.0-21-amd64" is older than `major.minor`.
fn kernel_older_than(release: &str, major: u32, minor: u32) -> bool {
    let mut parts = release
        .split(|c: char| !c.is_ascii_digit())
        .map(|p| p.parse::<u32>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(a), Some(b)) => (a, b) < (major, minor),
        _ => false,
    }
}
