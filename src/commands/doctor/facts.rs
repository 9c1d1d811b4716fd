//! What `den doctor` reads from the machine and the user, once, before any verdict.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::config::Ctx;
use crate::driver;
use crate::error::Remote;
use crate::host::{self, CgroupStatus, UsernsSysctls};
use crate::identity::idmap::{IdMapping, SubRange, free_range_start, parse_subid};
use crate::identity::userns::run_in_store_ns;

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
    /// The helper of the default (private) network and its path; `None`: none installed.
    pub network_helper: Option<(&'static str, PathBuf)>,
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
    let overlay = driver::choose::overlay_status(ctx, &mapping, true);
    let driver = driver::choose_driver(ctx, &mapping)
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
        in_den_userns: crate::identity::userns::in_den_userns(),
        subuid: fitting(parse_subid(&subuid_text, &user, uid), uid),
        subgid: fitting(parse_subid(&subgid_text, &user, gid), gid),
        free_range_start: free_range_start(&[&subuid_text, &subgid_text]),
        user,
        uid,
        newuidmap: helper_fact("newuidmap"),
        newgidmap: helper_fact("newgidmap"),
        sysctls: UsernsSysctls::read(),
        apparmor_restricts_userns: host::apparmor_restricts_userns(),
        userns,
        overlay,
        kernel: host::kernel_release(),
        dev_fuse: host::dev_fuse_status(),
        dev_fuse_exists: Path::new("/dev/fuse").exists(),
        fuse_overlayfs: host::find_program("fuse-overlayfs"),
        fusermount: host::find_program("fusermount3").or_else(|| host::find_program("fusermount")),
        xdg_runtime_dir,
        runtime_dir: ctx.paths.runtime.clone(),
        store: ctx.paths.store.clone(),
        store_fs: host::filesystem_type(&ctx.paths.store),
        config_file: ctx.paths.config_file.clone(),
        driver,
        cgroups: host::cgroup_status(),
        network_helper: crate::network::choose_helper().map(|(k, p)| (k.program(), p)),
    })
}

fn helper_fact(name: &'static str) -> HelperFact {
    let path = host::find_program(name);
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
