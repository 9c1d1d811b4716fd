//! Volumes and the store as a whole, as the unprivileged users: `system df` counting
//! volumes, `system reset` leaving an empty store, `volume export`/`import`, and
//! `system prune --volumes`.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

const BUSYBOX: &str = "busybox.docker.tar";

/// A store of its own with busybox in it.
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

#[test]
fn system_df_counts_volumes_and_reset_empties_the_store() {
    for_each_user!(|user| {
        let store = fresh_store(user, "reset");
        // Its own runtime dir too: reset removes it, and other tests use the user's.
        let runroot = user.fresh_dir("vol-reset-run");
        let rr = runroot.to_str().unwrap().to_string();
        let with_rr = |args: &[&str]| -> Vec<String> {
            ["--runroot", rr.as_str()]
                .iter()
                .chain(args)
                .map(ToString::to_string)
                .collect()
        };
        let den_ok = |user: &common::User, store: &Path, args: &[&str]| {
            let all = with_rr(args);
            let all: Vec<&str> = all.iter().map(String::as_str).collect();
            user.den_in(store, &all).run().success(&args.join(" "))
        };
        let volume_names = |user: &common::User, store: &Path| -> Vec<String> {
            den_ok(user, store, &["volume", "ls", "-q"])
                .lines()
                .map(str::to_string)
                .collect()
        };
        den_ok(user, &store, &["volume", "create", "spare"]);
        den_ok(
            user,
            &store,
            &[
                "run", "-d", "--name", "runner", "-v", "used:/u", "busybox", "sleep", "60",
            ],
        );
        den_ok(
            user,
            &store,
            &[
                "run",
                "--rm",
                "-v",
                "used:/u",
                "busybox",
                "sh",
                "-c",
                "head -c 5000 /dev/zero > /u/f",
            ],
        );
        let df = den_ok(user, &store, &["system", "df"]);
        let volumes = df.lines().find(|l| l.starts_with("Local Volumes")).unwrap();
        let cols: Vec<&str> = volumes.split_whitespace().collect();
        assert_eq!(cols[2..4], ["2", "1"], "{df}");
        let verbose = den_ok(user, &store, &["system", "df", "-v"]);
        assert!(
            verbose
                .lines()
                .any(|l| l.starts_with("used ") && l.split_whitespace().nth(1) == Some("1")),
            "{verbose}"
        );
        // A pod, a network and a secret: podman's reset removes them too.
        den_ok(user, &store, &["pod", "create", "--name", "resetpod"]);
        den_ok(user, &store, &["network", "create", "resetnet"]);
        user.den_in(
            &store,
            &with_rr(&["secret", "create", "resetsecret", "-"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )
        .stdin(b"s3cret")
        .run()
        .success("secret create");
        // Without a terminal and without -f, reset asks, gets no answer and refuses.
        let reset = with_rr(&["system", "reset"]);
        let reset: Vec<&str> = reset.iter().map(String::as_str).collect();
        user.den_in(&store, &reset)
            .stdin(b"")
            .run()
            .code_is(1)
            .stderr_has("no answer");
        assert_eq!(volume_names(user, &store).len(), 2);
        user.den_in(&store, &reset).stdin(b"n\n").run().code_is(0);
        den_ok(user, &store, &["system", "reset", "--force"]);
        let left: Vec<_> = fs::read_dir(&store).map_or_else(
            |_| Vec::new(),
            |d| d.flatten().map(|e| e.file_name()).collect(),
        );
        assert!(left.is_empty(), "{left:?}");
        assert!(!runroot.exists(), "the runtime dir stays");
        assert_eq!(den_ok(user, &store, &["ps", "-aq"]), "");
        assert_eq!(den_ok(user, &store, &["images", "-q"]), "");
        assert!(volume_names(user, &store).is_empty());
        assert_eq!(den_ok(user, &store, &["pod", "ps", "-q"]), "");
        assert_eq!(den_ok(user, &store, &["secret", "ls", "-q"]), "");
        let networks = den_ok(user, &store, &["network", "ls", "--format", "{{.Name}}"]);
        assert_eq!(
            networks.trim(),
            "podman",
            "only the default network is left"
        );
    });
}

#[test]
fn export_import_and_system_prune_volumes() {
    for_each_user!(|user| {
        let store = fresh_store(user, "export");
        let out_dir = user.fresh_dir("vol-export-out");
        let tarball = out_dir.join("v.tar");
        den_ok(
            user,
            &store,
            &[
                "run",
                "--rm",
                "-v",
                "src:/s",
                "busybox",
                "sh",
                "-c",
                "mkdir /s/d && echo hi > /s/d/f && chown -R 0:0 /s/d",
            ],
        );
        den_ok(
            user,
            &store,
            &["volume", "export", "-o", tarball.to_str().unwrap(), "src"],
        );
        den_ok(user, &store, &["volume", "create", "dst"]);
        den_ok(
            user,
            &store,
            &["volume", "import", "dst", tarball.to_str().unwrap()],
        );
        let out = den_ok(
            user,
            &store,
            &["run", "--rm", "-v", "dst:/x", "busybox", "cat", "/x/d/f"],
        );
        assert_eq!(out, "hi\n");
        // Import from stdin.
        den_ok(user, &store, &["volume", "create", "fromstdin"]);
        user.den_in(&store, &["volume", "import", "fromstdin", "-"])
            .stdin(&fs::read(&tarball).unwrap())
            .run()
            .success("import -");
        let out = den_ok(
            user,
            &store,
            &[
                "run",
                "--rm",
                "-v",
                "fromstdin:/x",
                "busybox",
                "cat",
                "/x/d/f",
            ],
        );
        assert_eq!(out, "hi\n");
        user.den_in(&store, &["volume", "export", "nosuch"])
            .run()
            .code_is(125)
            .stderr_has("no such volume");
        // system prune --volumes removes the unused ones only.
        den_ok(
            user,
            &store,
            &[
                "create", "--name", "holder", "-v", "src:/s", "busybox", "true",
            ],
        );
        let pruned = den_ok(user, &store, &["system", "prune", "-f", "--volumes"]);
        assert!(pruned.contains("Deleted Volumes"), "{pruned}");
        // (system prune removes the stopped holder first, so src goes too, as podman.)
        assert!(volume_names(user, &store).is_empty(), "{pruned}");
        den_ok(user, &store, &["volume", "create", "again"]);
        den_ok(
            user,
            &store,
            &[
                "run", "-d", "--name", "live", "-v", "again:/a", "busybox", "sleep", "30",
            ],
        );
        den_ok(user, &store, &["system", "prune", "-f", "--volumes"]);
        assert_eq!(volume_names(user, &store), ["again"]);
        den_ok(user, &store, &["rm", "-f", "live"]);
    });
}
