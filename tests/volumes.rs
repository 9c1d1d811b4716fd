//! Volumes as the unprivileged users: named volumes that outlive containers and are seeded
//! from the image, anonymous volumes (`-v /path`, an image's VOLUME) that go with `rm -v` and
//! `--rm`, the `:U`, `:O` and `nocopy` options, `--mount`, volumes in use that cannot be
//! removed (`system df`, `system reset`, export and import: tests/volumes_system.rs).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

const BUSYBOX: &str = "busybox.docker.tar";

/// A name unique to this test and user.
fn name(user: &common::User, what: &str) -> String {
    format!("{what}-{}", if user.subids { "sub" } else { "one" })
}

/// A store of its own with busybox in it, for tests that count volumes.
fn fresh_store(user: &common::User, what: &str) -> PathBuf {
    let store = user.fresh_dir(&format!("vol-{what}"));
    let tar = common::fixtures().unwrap().join(BUSYBOX);
    user.den_in(&store, &["load", "-i", tar.to_str().unwrap()])
        .run()
        .success("load");
    store
}

fn den_ok(user: &common::User, store: &Path, args: &[&str]) -> String {
    user.den_in(store, args).run().success(&args.join(" "))
}

fn volume_names(user: &common::User, store: &Path) -> Vec<String> {
    den_ok(user, store, &["volume", "ls", "-q"])
        .lines()
        .map(str::to_string)
        .collect()
}

/// The volume names a container's mounts name (`container inspect`'s Mounts).
fn mounted_volumes(user: &common::User, store: &Path, ctr: &str) -> Vec<String> {
    let text = den_ok(user, store, &["container", "inspect", ctr]);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v[0]["Mounts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["Name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn named_volume_persists_between_containers_and_is_seeded_from_the_image() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let data = name(user, "persist");
        let seeded = name(user, "seeded");
        let bare = name(user, "bare");
        for v in [&data, &seeded, &bare] {
            let _ = user.den(&["volume", "rm", "-f", v]).run();
        }
        let spec = format!("{data}:/d");
        user.den(&[
            "run",
            "--rm",
            "-v",
            &spec,
            "busybox",
            "sh",
            "-c",
            "echo one > /d/f",
        ])
        .run()
        .success("write");
        let out = user
            .den(&["run", "--rm", "-v", &spec, "busybox", "cat", "/d/f"])
            .run()
            .success("read");
        assert_eq!(out, "one\n");
        let listed = user.den(&["volume", "ls", "-q"]).run().success("ls");
        assert!(listed.lines().any(|l| l == data), "{listed}");

        // A new volume on /etc is seeded with the image's /etc, owners kept.
        let spec = format!("{seeded}:/etc");
        user.den(&["run", "--rm", "-v", &spec, "busybox", "true"])
            .run()
            .success("seed");
        let spec = format!("{seeded}:/x");
        let out = user
            .den(&[
                "run",
                "--rm",
                "-v",
                &spec,
                "busybox",
                "ls",
                "-ln",
                "/x/passwd",
            ])
            .run()
            .success("seeded");
        assert!(out.contains(" 0 ") && out.contains("/x/passwd"), "{out}");
        let inspect = user
            .den(&["volume", "inspect", "--format", "{{.NeedsCopyUp}}", &seeded])
            .run()
            .success("inspect");
        assert_eq!(inspect.trim(), "false");

        // Seeding happens once: emptied, the volume is not seeded again.
        let spec = format!("{seeded}:/x");
        user.den(&[
            "run",
            "--rm",
            "-v",
            &spec,
            "busybox",
            "sh",
            "-c",
            "rm -rf /x/*",
        ])
        .run()
        .success("empty it");
        let spec = format!("{seeded}:/etc");
        let out = user
            .den(&["run", "--rm", "-v", &spec, "busybox", "ls", "/etc"])
            .run()
            .success("mounted again");
        assert!(!out.contains("passwd"), "seeded twice: {out}");
        // nocopy: the volume stays empty.
        let spec = format!("{bare}:/etc:nocopy");
        user.den(&["run", "--rm", "-v", &spec, "busybox", "true"])
            .run()
            .success("nocopy");
        let spec = format!("{bare}:/x");
        let out = user
            .den(&["run", "--rm", "-v", &spec, "busybox", "ls", "-A", "/x"])
            .run()
            .success("bare");
        // (den's /etc/hosts and friends are mounted on files it creates there, as podman's.)
        assert!(!out.contains("passwd"), "{out}");
        for v in [&data, &seeded, &bare] {
            user.den(&["volume", "rm", v]).run().success("volume rm");
        }
    });
}

#[test]
fn anonymous_volumes_go_with_rm_v_and_run_rm() {
    for_each_user!(|user| {
        let store = fresh_store(user, "anon");
        den_ok(
            user,
            &store,
            &["create", "--name", "kept", "-v", "/data", "busybox", "true"],
        );
        let kept = mounted_volumes(user, &store, "kept");
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].len(), 64, "{kept:?}");
        assert_eq!(volume_names(user, &store), kept);
        // rm without -v leaves the volume.
        den_ok(user, &store, &["rm", "kept"]);
        assert_eq!(volume_names(user, &store), kept);

        den_ok(
            user,
            &store,
            &["create", "--name", "gone", "-v", "/data", "busybox", "true"],
        );
        assert_eq!(volume_names(user, &store).len(), 2);
        den_ok(user, &store, &["rm", "-v", "gone"]);
        assert_eq!(volume_names(user, &store), kept);

        let out = den_ok(
            user,
            &store,
            &[
                "run",
                "--rm",
                "-v",
                "/scratch",
                "busybox",
                "sh",
                "-c",
                "echo x > /scratch/f; cat /scratch/f",
            ],
        );
        assert_eq!(out, "x\n");
        assert_eq!(volume_names(user, &store), kept);

        // Detached with --rm: the monitor removes the container and its volume.
        den_ok(
            user,
            &store,
            &["run", "-d", "--rm", "-v", "/bg", "busybox", "true"],
        );
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while volume_names(user, &store) != kept {
            assert!(
                std::time::Instant::now() < deadline,
                "the detached --rm container's volume stays: {:?}",
                volume_names(user, &store)
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        // z and Z are accepted; den says once per store that it does not relabel.
        let first = user
            .den_in(
                &store,
                &["run", "--rm", "-v", "zed:/z:z", "busybox", "true"],
            )
            .run();
        first.code_is(0).stderr_has("den does not relabel");
        let again = user
            .den_in(
                &store,
                &["run", "--rm", "-v", "zed:/z:Z", "busybox", "true"],
            )
            .run();
        again.code_is(0);
        assert!(!again.stderr().contains("relabel"), "{}", again.stderr());
        den_ok(user, &store, &["volume", "rm", "zed"]);
        // A named volume stays after rm -v.
        den_ok(
            user,
            &store,
            &[
                "create",
                "--name",
                "named",
                "-v",
                "keepme:/k",
                "busybox",
                "true",
            ],
        );
        den_ok(user, &store, &["rm", "-v", "named"]);
        assert!(volume_names(user, &store).contains(&"keepme".to_string()));
    });
}

#[test]
fn image_volumes_get_anonymous_volumes() {
    for_each_user!(|user| {
        let store = fresh_store(user, "imgvol");
        den_ok(
            user,
            &store,
            &["create", "--name", "base", "busybox", "true"],
        );
        den_ok(
            user,
            &store,
            &["commit", "--change", "VOLUME /vol", "base", "volimg"],
        );
        den_ok(user, &store, &["rm", "base"]);
        den_ok(
            user,
            &store,
            &["create", "--name", "user1", "volimg", "true"],
        );
        let vols = mounted_volumes(user, &store, "user1");
        assert_eq!(vols.len(), 1, "{vols:?}");
        assert_eq!(volume_names(user, &store), vols);
        // The user's own mount on the image's path replaces the anonymous volume.
        den_ok(
            user,
            &store,
            &[
                "create",
                "--name",
                "user2",
                "-v",
                "mine:/vol",
                "volimg",
                "true",
            ],
        );
        assert_eq!(mounted_volumes(user, &store, "user2"), ["mine"]);
        den_ok(user, &store, &["rm", "-v", "user1"]);
        den_ok(user, &store, &["rm", "-v", "user2"]);
        assert_eq!(volume_names(user, &store), ["mine"]);
        let out = den_ok(
            user,
            &store,
            &[
                "run",
                "--rm",
                "volimg",
                "sh",
                "-c",
                "echo y > /vol/f; grep -c ' /vol ' /proc/mounts",
            ],
        );
        assert_eq!(out.trim(), "1");
        assert_eq!(volume_names(user, &store), ["mine"]);
    });
}

#[test]
fn chown_option_gives_the_volume_to_the_container_user() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let vol = name(user, "chowned");
        let _ = user.den(&["volume", "rm", "-f", &vol]).run();
        let spec = format!("{vol}:/u:U");
        // One-id mode maps only root: :U then gives the volume to root.
        let ids = if user.subids { "1000:1000" } else { "0:0" };
        let out = user
            .den(&[
                "run",
                "--rm",
                "-u",
                ids,
                "-v",
                &spec,
                "busybox",
                "sh",
                "-c",
                "touch /u/f && stat -c %u:%g /u /u/f",
            ])
            .run()
            .success("run :U");
        assert_eq!(out, format!("{ids}\n{ids}\n"));
        // A read-only mount is chowned too (before it is mounted).
        let ro = name(user, "chowned-ro");
        let _ = user.den(&["volume", "rm", "-f", &ro]).run();
        let spec = format!("{ro}:/r:U,ro");
        let out = user
            .den(&[
                "run", "--rm", "-u", ids, "-v", &spec, "busybox", "stat", "-c", "%u:%g", "/r",
            ])
            .run()
            .success("run :U,ro");
        assert_eq!(out, format!("{ids}\n"));
        user.den(&["volume", "rm", &ro]).run().success("rm");
        if user.subids {
            // Without :U, the volume of root is not writable by uid 1000.
            let other = name(user, "notchowned");
            let _ = user.den(&["volume", "rm", "-f", &other]).run();
            let spec = format!("{other}:/u");
            let run = user
                .den(&[
                    "run",
                    "--rm",
                    "-u",
                    "1000:1000",
                    "-v",
                    &spec,
                    "busybox",
                    "touch",
                    "/u/f",
                ])
                .run();
            assert_ne!(run.code(), 0, "{}", run.stderr());
            user.den(&["volume", "rm", &other]).run().success("rm");
        }
        user.den(&["volume", "rm", &vol]).run().success("rm");
    });
}

#[test]
fn overlay_option_writes_vanish() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let dir = user.fresh_dir(&name(user, "overlay-src"));
        fs::write(dir.join("orig"), "o\n").unwrap();
        if let Some(owner) = &user.name {
            let pw = nix::unistd::User::from_name(owner).unwrap().unwrap();
            nix::unistd::chown(&dir.join("orig"), Some(pw.uid), Some(pw.gid)).unwrap();
        }
        let spec = format!("{}:/o:O", dir.display());
        let out = user
            .den(&[
                "run",
                "--rm",
                "-v",
                &spec,
                "busybox",
                "sh",
                "-c",
                "cat /o/orig; echo n > /o/added; rm /o/orig; ls /o",
            ])
            .run()
            .success("run :O");
        assert_eq!(out, "o\nadded\n");
        assert!(dir.join("orig").exists());
        assert!(!dir.join("added").exists());
    });
}

#[test]
fn mount_flag_forms() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let dir = user.fresh_dir(&name(user, "mount-src"));
        let vol = name(user, "mounted");
        let _ = user.den(&["volume", "rm", "-f", &vol]).run();
        let bind = format!("type=bind,source={},target=/b,readonly", dir.display());
        let run = user
            .den(&["run", "--rm", "--mount", &bind, "busybox", "touch", "/b/x"])
            .run();
        run.code_is(1).stderr_has("Read-only file system");
        let v = format!("type=volume,src={vol},dst=/m");
        user.den(&[
            "run",
            "--rm",
            "--mount",
            &v,
            "busybox",
            "sh",
            "-c",
            "echo m > /m/f",
        ])
        .run()
        .success("volume mount");
        let out = user
            .den(&[
                "run",
                "--rm",
                "-v",
                &format!("{vol}:/m"),
                "busybox",
                "cat",
                "/m/f",
            ])
            .run()
            .success("read back");
        assert_eq!(out, "m\n");
        let out = user
            .den(&[
                "run",
                "--rm",
                "--mount",
                "type=tmpfs,destination=/t,tmpfs-size=1m",
                "busybox",
                "df",
                "-k",
                "/t",
            ])
            .run()
            .success("tmpfs mount");
        assert!(out.contains(" 1024 "), "{out}");
        for (spec, phrase) in [
            ("src=/tmp,dst=/a", "incorrect mount format"),
            ("type=foo,dst=/a", "invalid filesystem type"),
            ("type=bind,src=/tmp", "must set volume destination"),
            (
                "type=bind,src=/tmp,dst=/a,bogus=1",
                "bogus: invalid mount option",
            ),
            (
                "type=tmpfs,src=/tmp,dst=/a",
                "source is not supported with tmpfs mounts",
            ),
        ] {
            user.den(&["run", "--rm", "--mount", spec, "busybox", "true"])
                .run()
                .code_is(125)
                .stderr_has(phrase);
        }
        user.den(&[
            "run", "--rm", "-v", "/tmp:/a", "--tmpfs", "/a", "busybox", "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("/a: duplicate mount destination");
        user.den(&["volume", "rm", &vol]).run().success("rm");
    });
}

#[test]
fn volumes_in_use_are_not_removed() {
    for_each_user!(|user| {
        // A store of its own: the prune below must not take other tests' volumes.
        let store = fresh_store(user, "inuse");
        let vol = name(user, "inuse");
        let ctr = name(user, "inuse-ctr");
        let _ = user.den_in(&store, &["rm", "-f", &ctr]).run();
        let _ = user.den_in(&store, &["volume", "rm", "-f", &vol]).run();
        let spec = format!("{vol}:/u");
        user.den_in(
            &store,
            &["create", "--name", &ctr, "-v", &spec, "busybox", "true"],
        )
        .run()
        .success("create");
        user.den_in(&store, &["volume", "rm", &vol])
            .run()
            .code_is(2)
            .stderr_has("volume is being used");
        user.den_in(&store, &["volume", "prune", "-f"])
            .run()
            .success("prune");
        user.den_in(&store, &["volume", "exists", &vol])
            .run()
            .code_is(0);
        let filter = format!("name={vol}");
        let dangling = user
            .den_in(
                &store,
                &[
                    "volume",
                    "ls",
                    "-q",
                    "--filter",
                    &filter,
                    "--filter",
                    "dangling=true",
                ],
            )
            .run()
            .success("ls");
        assert_eq!(dangling, "");
        // -f removes the container that uses it, then the volume.
        user.den_in(&store, &["volume", "rm", "-f", &vol])
            .run()
            .success("rm -f");
        user.den_in(&store, &["volume", "exists", &vol])
            .run()
            .code_is(1);
        let ps = user.den_in(&store, &["ps", "-a"]).run().success("ps");
        assert!(!ps.contains(&ctr), "{ps}");
        user.den_in(&store, &["volume", "rm", &vol])
            .run()
            .code_is(1)
            .stderr_has("no such volume");
    });
}

#[test]
fn copy_up_keeps_owners_and_volumes_from_shares_mounts() {
    for_each_user!(|user| {
        let store = fresh_store(user, "owners");
        // One-id mode has only root: the owner is then 0 everywhere.
        let owner = if user.subids { "100:101" } else { "0:0" };
        let script = format!("mkdir /data && echo seed > /data/f && chown {owner} /data/f");
        den_ok(
            user,
            &store,
            &["run", "--name", "base", "busybox", "sh", "-c", &script],
        );
        den_ok(
            user,
            &store,
            &["commit", "--change", "VOLUME /data", "base", "seeded"],
        );
        den_ok(user, &store, &["rm", "base"]);
        den_ok(
            user,
            &store,
            &[
                "run",
                "--name",
                "first",
                "seeded",
                "sh",
                "-c",
                "echo more >> /data/f",
            ],
        );
        let out = den_ok(
            user,
            &store,
            &[
                "run",
                "--rm",
                "--volumes-from",
                "first:ro",
                "busybox",
                "sh",
                "-c",
                "stat -c %u:%g /data/f; cat /data/f; touch /data/g 2>&1 || true",
            ],
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[..3], [owner, "seed", "more"], "{out}");
        assert!(lines[3].contains("Read-only file system"), "{out}");
        // The volume is first's: rm -v of a --volumes-from user leaves it.
        let vols = mounted_volumes(user, &store, "first");
        den_ok(
            user,
            &store,
            &[
                "create",
                "--name",
                "second",
                "--volumes-from",
                "first",
                "busybox",
                "true",
            ],
        );
        den_ok(user, &store, &["rm", "-v", "second"]);
        assert_eq!(volume_names(user, &store), vols);
        user.den_in(&store, &["volume", "rm", &vols[0]])
            .run()
            .code_is(2)
            .stderr_has("volume is being used");
        den_ok(user, &store, &["rm", "-v", "first"]);
        assert!(volume_names(user, &store).is_empty());
    });
}
