//! `den doctor`: checks each prerequisite of rootless containers and prints, for every
//! problem, the exact command that fixes it. `gather` reads the machine once into `Facts`;
//! `checks` is a pure function from facts to verdicts, unit-tested for each problem below.
//! Exits 0 when nothing FAILs (warnings allowed), 1 otherwise.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::cli::DoctorArgs;
use crate::config::Ctx;
use crate::error::Remote;
use crate::runtime::idmap::{IdMapping, SubRange, free_range_start, parse_subid};
use crate::runtime::probe::{self, CgroupStatus, UsernsSysctls};
use crate::runtime::userns::run_in_store_ns;

/// A setuid helper (newuidmap or newgidmap) as found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelperFact {
    pub name: &'static str,
    pub path: Option<PathBuf>,
    pub setuid_root: bool,
    pub has_caps: bool,
}

/// $XDG_RUNTIME_DIR as den finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XdgFact {
    Unset,
    Missing(PathBuf),
    Present {
        path: PathBuf,
        owner: u32,
        mode: u32,
    },
}

/// Everything the checks look at, read once.
#[derive(Debug, Clone)]
pub struct Facts {
    /// den runs inside its own namespace (`den unshare den doctor`): ids are not the login's.
    pub in_den_userns: bool,
    pub user: String,
    pub uid: u32,
    pub subuid: Option<SubRange>,
    pub subgid: Option<SubRange>,
    /// Where a new 65536-id range would fit in /etc/subuid and /etc/subgid.
    pub free_range_start: u32,
    pub newuidmap: HelperFact,
    pub newgidmap: HelperFact,
    pub sysctls: UsernsSysctls,
    pub apparmor_restricts_userns: Option<bool>,
    /// Creating a user namespace with den's mapping (the error chain and den's hint).
    pub userns: Result<(), (String, Option<String>)>,
    pub overlay: Result<(), String>,
    pub kernel: String,
    pub dev_fuse: Result<(), String>,
    pub dev_fuse_exists: bool,
    pub fuse_overlayfs: Option<PathBuf>,
    pub fusermount: Option<PathBuf>,
    pub xdg_runtime_dir: XdgFact,
    pub runtime_dir: PathBuf,
    pub store: PathBuf,
    pub store_fs: String,
    pub config_file: PathBuf,
    /// The driver `den run` would use and why, or the error (with hint) of a forced one.
    pub driver: Result<(String, String), (String, Option<String>)>,
    pub cgroups: CgroupStatus,
}

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
        println!("{:<4}  {}", check.level.label(), check.text);
        if let Some(fix) = &check.fix {
            println!("      fix: {fix}");
        }
    }
    let fails = checks.iter().filter(|c| c.level == Level::Fail).count();
    let warns = checks.iter().filter(|c| c.level == Level::Warn).count();
    println!();
    println!("{} checks: {fails} failed, {warns} warnings", checks.len());
    Ok(i32::from(fails > 0))
}

/// Reads the facts of this machine and user. Runs the overlay probe afresh (and refreshes
/// the cache `den run` uses) and creates one throwaway user namespace.
pub fn gather(ctx: &Ctx) -> Result<Facts> {
    let uid = nix::unistd::getuid().as_raw();
    let gid = nix::unistd::getgid().as_raw();
    let user = nix::unistd::User::from_uid(nix::unistd::getuid())
        .ok()
        .flatten()
        .map(|u| u.name)
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| uid.to_string());
    let subuid_text = fs::read_to_string("/etc/subuid").unwrap_or_default();
    let subgid_text = fs::read_to_string("/etc/subgid").unwrap_or_default();
    let fitting = |ranges: Vec<SubRange>, own: u32| {
        ranges.into_iter().find(|r| {
            r.count > 0
                && r.start.checked_add(r.count).is_some()
                && !(r.start <= own && own - r.start < r.count)
        })
    };
    let mapping = IdMapping::for_current_user()?;
    let userns = run_in_store_ns(&mapping, || Ok(())).map_err(|e| {
        let remote = Remote::capture(&e);
        (remote.messages.join(": "), remote.hint)
    });
    let overlay = probe::overlay_status(ctx, &mapping, true);
    let driver = probe::choose_driver(ctx, &mapping)
        .map(|c| (c.driver.name().to_string(), c.reason))
        .map_err(|e| {
            let remote = Remote::capture(&e);
            (remote.messages.join(": "), remote.hint)
        });
    let xdg_runtime_dir = match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        None => XdgFact::Unset,
        Some(dir) => {
            let path = PathBuf::from(dir);
            match fs::metadata(&path) {
                Ok(meta) => XdgFact::Present {
                    owner: meta.uid(),
                    mode: meta.permissions().mode() & 0o7777,
                    path,
                },
                Err(_) => XdgFact::Missing(path),
            }
        }
    };
    Ok(Facts {
        in_den_userns: crate::runtime::userns::in_den_userns(),
        subuid: fitting(parse_subid(&subuid_text, &user, uid), uid),
        subgid: fitting(parse_subid(&subgid_text, &user, gid), gid),
        free_range_start: free_range_start(&[&subuid_text, &subgid_text]),
        user,
        uid,
        newuidmap: helper_fact("newuidmap"),
        newgidmap: helper_fact("newgidmap"),
        sysctls: UsernsSysctls::read(),
        apparmor_restricts_userns: probe::apparmor_restricts_userns(),
        userns,
        overlay,
        kernel: probe::kernel_release(),
        dev_fuse: probe::dev_fuse_status(),
        dev_fuse_exists: Path::new("/dev/fuse").exists(),
        fuse_overlayfs: probe::find_program("fuse-overlayfs"),
        fusermount: probe::find_program("fusermount3")
            .or_else(|| probe::find_program("fusermount")),
        xdg_runtime_dir,
        runtime_dir: ctx.paths.runtime.clone(),
        store: ctx.paths.store.clone(),
        store_fs: probe::filesystem_type(&ctx.paths.store),
        config_file: ctx.paths.config_file.clone(),
        driver,
        cgroups: probe::cgroup_status(),
    })
}

fn helper_fact(name: &'static str) -> HelperFact {
    let path = probe::find_program(name);
    let meta = path.as_ref().and_then(|p| fs::metadata(p).ok());
    HelperFact {
        name,
        setuid_root: meta
            .as_ref()
            .is_some_and(|m| m.uid() == 0 && m.permissions().mode() & 0o4000 != 0),
        has_caps: path.as_ref().is_some_and(|p| {
            crate::sys::lgetxattr(p, "security.capability")
                .ok()
                .flatten()
                .is_some()
        }),
        path,
    }
}

/// The verdicts, in the order a user would fix things.
pub fn checks(f: &Facts) -> Vec<Check> {
    let mut out = Vec::new();
    if f.in_den_userns {
        out.push(warn(
            "den doctor runs inside den's user namespace (den unshare): the checks below see \
             uid 0 of that namespace, not your login",
            Some("exit the `den unshare` shell and run den doctor again".into()),
        ));
    }
    let has_ranges = f.subuid.is_some() && f.subgid.is_some();
    let one_id_note = "den runs in one-id mode: every file of an image becomes yours and \
                       programs that change owners (apt, useradd) fail";

    // Subordinate ids: without them den still works, in one-id mode.
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

    // newuidmap and newgidmap write multi-range maps; only one-id mode can do without them.
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

    // The kernel's switches for unprivileged user namespaces.
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

    // Root filesystem drivers: overlay, else fuse-overlayfs, else vfs.
    let overlay_works = f.overlay.is_ok();
    match &f.overlay {
        Ok(()) => out.push(ok(format!(
            "kernel overlayfs works in a user namespace on the store ({})",
            f.store_fs
        ))),
        Err(why) => {
            let fix = if probe::is_network_fs(&f.store_fs) || f.store_fs == "overlay" {
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
        " (den falls back to fuse-overlayfs, which needs it)"
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
        Ok((name, reason)) if name == "vfs" => out.push(warn(
            format!("storage driver vfs: {reason}"),
            Some("fix the overlay or fuse warnings above".into()),
        )),
        Ok((name, reason)) => out.push(ok(format!("storage driver {name}: {reason}"))),
        Err((why, hint)) => out.push(fail(why.clone(), hint.clone())),
    }

    // Runtime state and the store.
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
    if probe::is_network_fs(&f.store_fs) {
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

    // cgroups: information only; containers run without limits.
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
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> Facts {
        Facts {
            in_den_userns: false,
            user: "alice".into(),
            uid: 1000,
            subuid: Some(SubRange {
                start: 100_000,
                count: 65536,
            }),
            subgid: Some(SubRange {
                start: 100_000,
                count: 65536,
            }),
            free_range_start: 165_536,
            newuidmap: HelperFact {
                name: "newuidmap",
                path: Some("/usr/bin/newuidmap".into()),
                setuid_root: true,
                has_caps: false,
            },
            newgidmap: HelperFact {
                name: "newgidmap",
                path: Some("/usr/bin/newgidmap".into()),
                setuid_root: true,
                has_caps: false,
            },
            sysctls: UsernsSysctls {
                unprivileged_userns_clone: None,
                max_user_namespaces: Some(10000),
            },
            apparmor_restricts_userns: None,
            userns: Ok(()),
            overlay: Ok(()),
            kernel: "6.1.0".into(),
            dev_fuse: Ok(()),
            dev_fuse_exists: true,
            fuse_overlayfs: Some("/usr/bin/fuse-overlayfs".into()),
            fusermount: Some("/usr/bin/fusermount3".into()),
            xdg_runtime_dir: XdgFact::Present {
                path: "/run/user/1000".into(),
                owner: 1000,
                mode: 0o700,
            },
            runtime_dir: "/run/user/1000/den".into(),
            store: "/home/alice/.local/share/den".into(),
            store_fs: "ext4".into(),
            config_file: "/home/alice/.config/den/config.toml".into(),
            driver: Ok(("overlay".into(), "kernel overlayfs works".into())),
            cgroups: CgroupStatus {
                version: "v2".into(),
                delegated_controllers: vec!["memory".into(), "pids".into()],
                limits_available: true,
                summary: "cgroup v2; delegated".into(),
            },
        }
    }

    /// The checks that are not ok, as (level, text, fix).
    fn problems(f: &Facts) -> Vec<Check> {
        checks(f)
            .into_iter()
            .filter(|c| c.level != Level::Ok)
            .collect()
    }

    fn only_problem(f: &Facts) -> Check {
        let p = problems(f);
        assert_eq!(p.len(), 1, "expected one problem, got {p:#?}");
        p.into_iter().next().unwrap()
    }

    #[test]
    fn a_good_machine_has_no_problems() {
        assert_eq!(problems(&good()), []);
    }

    #[test]
    fn missing_subuid_range_warns_with_a_free_range() {
        let f = Facts {
            subuid: None,
            ..good()
        };
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Warn);
        assert!(c.text.contains("one-id mode"));
        assert_eq!(
            c.fix.unwrap(),
            "sudo usermod --add-subuids 165536-231071 alice"
        );
    }

    #[test]
    fn missing_newuidmap_fails_only_with_ranges() {
        let mut f = good();
        f.newuidmap.path = None;
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Fail);
        assert!(c.fix.unwrap().contains("apt-get install uidmap"));
        f.subuid = None;
        f.subgid = None;
        let p = problems(&f);
        assert!(p.iter().all(|c| c.level == Level::Warn), "{p:#?}");
        assert_eq!(
            p[0].fix.as_deref(),
            Some("sudo usermod --add-subuids 165536-231071 --add-subgids 165536-231071 alice")
        );
    }

    #[test]
    fn newgidmap_without_setuid_fails_with_chmod() {
        let mut f = good();
        f.newgidmap.setuid_root = false;
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Fail);
        assert_eq!(c.fix.unwrap(), "sudo chmod u+s /usr/bin/newgidmap");
        f.newgidmap.has_caps = true;
        assert_eq!(problems(&f), []);
    }

    #[test]
    fn userns_sysctl_off_fails() {
        let f = Facts {
            sysctls: UsernsSysctls {
                unprivileged_userns_clone: Some(0),
                max_user_namespaces: Some(10000),
            },
            ..good()
        };
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Fail);
        assert_eq!(
            c.fix.unwrap(),
            "sudo sysctl -w kernel.unprivileged_userns_clone=1"
        );
    }

    #[test]
    fn apparmor_restriction_fails_when_namespaces_break() {
        let mut f = Facts {
            apparmor_restricts_userns: Some(true),
            ..good()
        };
        assert_eq!(only_problem(&f).level, Level::Warn);
        f.overlay = Err("mounting overlay: EPERM: Operation not permitted".into());
        let p = problems(&f);
        let aa = p.iter().find(|c| c.text.contains("AppArmor")).unwrap();
        assert_eq!(aa.level, Level::Fail);
        assert!(
            aa.fix
                .as_ref()
                .unwrap()
                .contains("apparmor_restrict_unprivileged_userns=0")
        );
    }

    #[test]
    fn namespace_creation_failure_fails_with_dens_hint() {
        let f = Facts {
            userns: Err(("newuidmap failed".into(), Some("check /etc/subuid".into()))),
            ..good()
        };
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Fail);
        assert_eq!(c.fix.as_deref(), Some("check /etc/subuid"));
    }

    #[test]
    fn dev_fuse_0600_warns_with_chmod() {
        let f = Facts {
            dev_fuse: Err("/dev/fuse cannot be opened read-write: permission denied".into()),
            ..good()
        };
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Warn);
        assert!(c.text.contains("not needed"));
        assert!(c.fix.unwrap().starts_with("sudo chmod 0666 /dev/fuse"));
    }

    #[test]
    fn missing_fuse_overlayfs_warns_with_install() {
        let f = Facts {
            fuse_overlayfs: None,
            ..good()
        };
        assert_eq!(
            only_problem(&f).fix.unwrap(),
            "sudo apt-get install fuse-overlayfs"
        );
    }

    #[test]
    fn overlay_failure_on_nfs_suggests_a_local_store() {
        let f = Facts {
            overlay: Err("mounting overlay: EINVAL: Invalid argument".into()),
            store_fs: "nfs".into(),
            driver: Ok((
                "fuse-overlayfs".into(),
                "kernel overlayfs does not work".into(),
            )),
            ..good()
        };
        let p = problems(&f);
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(
            p.iter()
                .all(|c| c.fix.as_ref().unwrap().contains("[storage]"))
        );
    }

    #[test]
    fn overlay_failure_on_old_kernel_suggests_upgrade() {
        let f = Facts {
            overlay: Err("mounting overlay: EINVAL: Invalid argument".into()),
            kernel: "5.10.0-21-amd64".into(),
            driver: Ok((
                "fuse-overlayfs".into(),
                "kernel overlayfs does not work".into(),
            )),
            ..good()
        };
        assert!(only_problem(&f).fix.unwrap().contains("5.11"));
        assert!(kernel_older_than("4.19.0", 5, 11) && !kernel_older_than("6.18.44-x", 5, 11));
    }

    #[test]
    fn vfs_driver_and_forced_driver_errors() {
        let f = Facts {
            driver: Ok(("vfs".into(), "nothing else works".into())),
            ..good()
        };
        assert_eq!(only_problem(&f).level, Level::Warn);
        let f = Facts {
            driver: Err((
                "unknown storage driver \"zfs\"".into(),
                Some("valid drivers are: auto".into()),
            )),
            ..good()
        };
        assert_eq!(only_problem(&f).level, Level::Fail);
    }

    #[test]
    fn xdg_runtime_dir_problems() {
        let f = Facts {
            xdg_runtime_dir: XdgFact::Unset,
            ..good()
        };
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Warn);
        assert!(c.text.contains("/tmp/den-1000"));
        assert!(c.fix.unwrap().contains("loginctl enable-linger alice"));
        let f = Facts {
            xdg_runtime_dir: XdgFact::Present {
                path: "/run/user/0".into(),
                owner: 0,
                mode: 0o700,
            },
            ..good()
        };
        assert_eq!(only_problem(&f).level, Level::Fail);
        let f = Facts {
            xdg_runtime_dir: XdgFact::Present {
                path: "/run/user/1000".into(),
                owner: 1000,
                mode: 0o755,
            },
            ..good()
        };
        assert_eq!(only_problem(&f).fix.unwrap(), "chmod 0700 /run/user/1000");
        let f = Facts {
            xdg_runtime_dir: XdgFact::Missing("/run/user/1000".into()),
            ..good()
        };
        assert_eq!(only_problem(&f).level, Level::Fail);
    }

    #[test]
    fn store_on_overlay_warns() {
        let f = Facts {
            store_fs: "overlay".into(),
            ..good()
        };
        assert!(only_problem(&f).text.contains("overlayfs"));
    }

    #[test]
    fn cgroup_v1_is_a_warning_not_a_failure() {
        let f = Facts {
            cgroups: probe::classify_cgroups(
                "cgroup /sys/fs/cgroup/memory cgroup rw 0 0\ncgroup2 /sys/fs/cgroup/unified cgroup2 rw 0 0\n",
                None,
            ),
            ..good()
        };
        let c = only_problem(&f);
        assert_eq!(c.level, Level::Warn);
        assert!(c.text.contains("cannot apply resource limits"));
    }
}
