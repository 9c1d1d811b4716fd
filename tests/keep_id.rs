//! Behaviour tests of `--userns` (keep-id through the fuse driver's id shift), as the
//! unprivileged test users on the Debian fixture: the user's own uid and name inside, the
//! image's owners kept (a file of group shadow), files written in a bind mount owned by the
//! user on the host, changes committed with the image's owners, exec and inspect, what
//! one-id mode says, and bad values refused (nomap and auto: tests/userns_modes.rs).

mod common;

use std::fs;
use std::os::unix::fs::MetadataExt;

const DEBIAN: &str = "debian.oci.tar";
const DEBIAN_IMAGE: &str = "localhost/den-debian";

#[test]
fn keep_id_runs_as_the_user_and_keeps_the_images_owners() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let (uid, gid) = user.host_ids();
        let out = user
            .den(&[
                "run",
                "--rm",
                "--userns=keep-id",
                DEBIAN_IMAGE,
                "sh",
                "-c",
                "id -u; id -un; id -g; stat -c %G /etc/shadow /usr/bin/chage; \
                 stat -c %U /etc; echo $HOME; cat /proc/self/uid_map",
            ])
            .run();
        let stdout = out.success("keep-id run");
        let lines: Vec<&str> = stdout.lines().collect();
        if user.subids {
            assert_eq!(lines[0], uid.to_string(), "{stdout}");
            assert_eq!(lines[1], user.host_name(), "{stdout}");
            assert_eq!(lines[2], gid.to_string(), "{stdout}");
            // podman's HOME for keep-id: the working directory unless $HOME is mounted.
            assert_eq!(lines[6], "/", "{stdout}");
            let own = format!("{uid} {uid} 1");
            assert!(
                lines[7..]
                    .iter()
                    .any(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") == own),
                "no line mapping {uid} to itself: {stdout}"
            );
        } else {
            // One-id mode: keep-id can only mean uid 0 = the user.
            assert_eq!(lines[0], "0", "{stdout}");
            assert_eq!(lines[1], "root", "{stdout}");
        }
        // The image's owners as they were: group shadow, root's /etc. (One-id mode shows
        // every file as root's, keep-id or not.)
        if user.subids {
            assert_eq!(&lines[3..6], ["shadow", "shadow", "root"], "{stdout}");
        }
    });
}

#[test]
fn one_id_mode_says_what_keep_id_means_once() {
    for_each_user!(|user| {
        if user.subids {
            continue;
        }
        let store = user.fresh_dir("keepid-notice-store");
        let path = common::fixtures().unwrap().join("busybox.docker.tar");
        user.den_in(&store, &["load", "-q", "-i", path.to_str().unwrap()])
            .run()
            .success("load");
        let run = || {
            user.den_in(
                &store,
                &["run", "--rm", "--userns=keep-id", "busybox", "true"],
            )
            .run()
        };
        let first = run();
        first.success("first keep-id run");
        assert!(
            first.stderr().contains("keep-id in one-id mode"),
            "{}",
            first.stderr()
        );
        let second = run();
        second.success("second keep-id run");
        assert!(!second.stderr().contains("keep-id"), "{}", second.stderr());
        let _ = fs::remove_dir_all(&store);
    });
}

#[test]
fn files_written_in_a_bind_mount_belong_to_the_user() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let dir = user.fresh_dir("keepid-bind");
        let spec = format!("{}:/data", dir.display());
        user.den(&[
            "run",
            "--rm",
            "--userns=keep-id",
            "-v",
            &spec,
            DEBIAN_IMAGE,
            "sh",
            "-c",
            "echo mine > /data/made-inside && mkdir /data/sub",
        ])
        .run()
        .success("writing into a bind mount");
        let (uid, gid) = user.host_ids();
        for name in ["made-inside", "sub"] {
            let meta = fs::metadata(dir.join(name)).unwrap();
            assert_eq!((meta.uid(), meta.gid()), (uid, gid), "{name}");
        }
        // With $HOME mounted at its own path, HOME inside is the user's home (podman's rule).
        let home = user.home.display().to_string();
        let spec = format!("{home}:{home}");
        let out = user
            .den(&[
                "run",
                "--rm",
                "--userns=keep-id",
                "-v",
                &spec,
                DEBIAN_IMAGE,
                "sh",
                "-c",
                "echo $HOME",
            ])
            .run();
        let stdout = out.success("keep-id with $HOME mounted");
        if user.subids {
            assert_eq!(stdout.trim(), home);
        }
        let _ = fs::remove_dir_all(&dir);
    });
}

#[test]
fn changes_under_keep_id_commit_with_the_images_owners() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let (uid, _) = user.host_ids();
        let name = format!("keepid-commit-{uid}");
        let _ = user.den(&["rm", "-f", &name]).run();
        // As root inside: a new file, one given to uid 42, and (with ranges) one the user
        // writes through setpriv.
        let script = if user.subids {
            format!(
                "echo r > /etc/by-root && echo l > /etc/by-42 && chown 42:42 /etc/by-42 && \
                 setpriv --reuid={uid} --regid={uid} --clear-groups touch /tmp/by-user"
            )
        } else {
            // One-id mode cannot chown (only uid 0 exists).
            "echo r > /etc/by-root".to_string()
        };
        user.den(&[
            "run",
            "--name",
            &name,
            "--userns=keep-id",
            "--user",
            "0",
            DEBIAN_IMAGE,
            "sh",
            "-c",
            &script,
        ])
        .run()
        .success("writing under keep-id");
        let diff = user.den(&["diff", &name]).run();
        assert!(diff.success("diff").contains("/etc/by-root"));
        let image = format!("localhost/keepid-commit-{uid}");
        user.den(&["commit", "-q", &name, &image])
            .run()
            .success("commit");
        let check = if user.subids {
            "stat -c %u:%g /etc/by-root /etc/by-42 /tmp/by-user"
        } else {
            "stat -c %u:%g /etc/by-root"
        };
        let out = user.den(&["run", "--rm", &image, "sh", "-c", check]).run();
        let stdout = out.success("default-mapping run of the commit");
        let mut want = vec!["0:0".to_string()];
        if user.subids {
            want.push("42:42".to_string());
            want.push(format!("{uid}:{uid}"));
        }
        assert_eq!(stdout.lines().collect::<Vec<_>>(), want, "{stdout}");
        user.den(&["rm", "-f", &name]).run().success("rm");
        user.den(&["rmi", &image]).run().success("rmi");
    });
}

#[test]
fn exec_runs_as_the_user_and_inspect_shows_the_mapping() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let (uid, _) = user.host_ids();
        let name = format!("keepid-exec-{uid}");
        let _ = user.den(&["rm", "-f", &name]).run();
        user.den(&[
            "run",
            "-d",
            "--name",
            &name,
            "--userns=keep-id",
            DEBIAN_IMAGE,
            "sleep",
            "300",
        ])
        .run()
        .success("detached keep-id container");
        let out = user.den(&["exec", &name, "id", "-un"]).run();
        let who = out.success("exec");
        let mode = user
            .den(&["inspect", "--format", "{{.HostConfig.UsernsMode}}", &name])
            .run()
            .success("inspect");
        let maps = user
            .den(&[
                "inspect",
                "--format",
                "{{.HostConfig.IDMappings.UidMap}}",
                &name,
            ])
            .run();
        user.den(&["rm", "-f", &name]).run().success("rm -f");
        if user.subids {
            assert_eq!(who.trim(), user.host_name());
            assert_eq!(mode.trim(), "private");
            let maps = maps.success("inspect IDMappings");
            assert!(maps.contains(&format!("{uid}:0:1")), "{maps}");
            assert!(maps.contains(&format!("0:1:{uid}")), "{maps}");
        } else {
            assert_eq!(who.trim(), "root");
        }
    });
}

#[test]
fn bad_modes_are_refused() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        for (value, phrase) in [
            ("bogus", "unrecognized namespace mode bogus passed"),
            ("keep-id:uid=x", "parsing \"x\": invalid syntax"),
            ("keep-id:foo=1", "unknown option specified: \"foo\""),
            ("auto:foo", "invalid option specified: \"foo\""),
        ] {
            user.den(&[
                "run",
                "--rm",
                &format!("--userns={value}"),
                DEBIAN_IMAGE,
                "true",
            ])
            .run()
            .code_is(125)
            .stderr_has(phrase);
        }
        user.den(&["run", "--rm", "--userns=host", DEBIAN_IMAGE, "true"])
            .run()
            .success("--userns=host");
    });
}
