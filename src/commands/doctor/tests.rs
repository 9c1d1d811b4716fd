//! `checks` for each problem, from facts made by hand.

use super::*;
use crate::host::{CgroupStatus, UsernsSysctls};
use crate::identity::idmap::SubRange;

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
        network_helper: Some(("pasta", "/usr/bin/pasta".into())),
    }
}

#[test]
fn no_network_helper_warns_with_the_package() {
    let f = Facts {
        network_helper: None,
        ..good()
    };
    let c = only_problem(&f);
    assert_eq!(c.level, Level::Warn);
    assert!(c.fix.unwrap().contains("passt"));
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
        cgroups: host::classify_cgroups(
            "cgroup /sys/fs/cgroup/memory cgroup rw 0 0\ncgroup2 /sys/fs/cgroup/unified cgroup2 rw 0 0\n",
            None,
        ),
        ..good()
    };
    let c = only_problem(&f);
    assert_eq!(c.level, Level::Warn);
    assert!(c.text.contains("cannot apply resource limits"));
}
