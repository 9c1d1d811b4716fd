//! `den secret` and `--secret`, as the unprivileged users: create from a file, stdin and the
//! environment; ls, inspect, rm, exists; mounted and env secrets in containers, with owner
//! and mode; what is refused.

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};

const BUSYBOX: &str = "busybox.docker.tar";

/// A store of this test's own, with the busybox fixture (ls counts every secret of a store).
fn store(user: &common::User, what: &str) -> std::path::PathBuf {
    let store = user.fresh_dir(&format!("secrets-{what}"));
    let tar = common::fixtures().unwrap().join(BUSYBOX);
    user.den_in(&store, &["load", "-i", tar.to_str().unwrap()])
        .run()
        .success("load");
    store
}

fn data_file(user: &common::User, store: &std::path::Path, text: &str) -> std::path::PathBuf {
    let path = store.join("secret-input");
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _ = user;
    path
}

#[test]
fn secrets_are_created_listed_inspected_and_removed() {
    for_each_user!(|user| {
        let store = store(user, "crud");
        let input = data_file(user, &store, "hunter2");
        let id = user
            .den_in(
                &store,
                &[
                    "secret",
                    "create",
                    "-l",
                    "team=a",
                    "s1",
                    input.to_str().unwrap(),
                ],
            )
            .run()
            .success("secret create");
        let id = id.trim().to_string();
        assert_eq!(id.len(), 25, "podman's 25-hex id: {id}");
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
        // The data is the user's alone, in the store.
        let data = store.join("secrets/filedriver").join(&id);
        assert_eq!(std::fs::read_to_string(&data).unwrap(), "hunter2");
        assert_eq!(std::fs::metadata(&data).unwrap().mode() & 0o777, 0o600);
        assert_eq!(
            std::fs::metadata(store.join("secrets")).unwrap().mode() & 0o777,
            0o700
        );
        user.den_in(&store, &["secret", "create", "s1", input.to_str().unwrap()])
            .run()
            .code_is(125)
            .stderr_has("s1: secret name in use");
        user.den_in(&store, &["secret", "create", "s2", "-"])
            .stdin(b"from stdin")
            .run()
            .success("create from stdin");
        user.den_in(
            &store,
            &["secret", "create", "bad/name", input.to_str().unwrap()],
        )
        .run()
        .code_is(125)
        .stderr_has("invalid secret name");
        let ls = user.den_in(&store, &["secret", "ls"]).run().success("ls");
        let lines: Vec<&str> = ls.lines().collect();
        assert!(
            lines[0].starts_with("ID") && lines[0].contains("NAME") && lines[0].contains("DRIVER"),
            "{ls}"
        );
        assert_eq!(lines.len(), 3, "{ls}");
        assert!(
            lines[1].starts_with(&id) && lines[1].contains(" s1 ") && lines[1].contains(" file "),
            "{ls}"
        );
        let names = user
            .den_in(
                &store,
                &[
                    "secret",
                    "ls",
                    "--noheading",
                    "--format",
                    "{{.Name}}",
                    "--filter",
                    "name=s1",
                ],
            )
            .run()
            .success("ls --filter");
        assert_eq!(names.trim(), "s1");
        let ids = user
            .den_in(&store, &["secret", "ls", "-q"])
            .run()
            .success("ls -q");
        assert!(ids.lines().any(|l| l == id), "{ids}");
        let json = user
            .den_in(&store, &["secret", "inspect", "s1"])
            .run()
            .success("inspect");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v[0]["ID"], id.as_str());
        assert_eq!(v[0]["Spec"]["Name"], "s1");
        assert_eq!(v[0]["Spec"]["Driver"]["Name"], "file");
        assert_eq!(v[0]["Spec"]["Labels"]["team"], "a");
        assert!(!json.contains("hunter2"), "inspect never shows the data");
        let f = user
            .den_in(
                &store,
                &[
                    "secret",
                    "inspect",
                    "--format",
                    "{{.Spec.Name}} {{.Spec.Driver.Name}}",
                    &id[..6],
                ],
            )
            .run()
            .success("inspect --format");
        assert_eq!(f.trim(), "s1 file");
        user.den_in(&store, &["secret", "exists", "s1"])
            .run()
            .code_is(0);
        user.den_in(&store, &["secret", "exists", "nope"])
            .run()
            .code_is(1);
        user.den_in(&store, &["secret", "inspect", "nope"])
            .run()
            .code_is(125)
            .stderr_has("no such secret");
        let removed = user
            .den_in(&store, &["secret", "rm", "s1"])
            .run()
            .success("rm");
        assert_eq!(removed.trim(), id);
        assert!(!data.exists(), "the data goes with the secret");
        user.den_in(&store, &["secret", "rm", "s1"])
            .run()
            .code_is(125)
            .stderr_has("no such secret");
        user.den_in(&store, &["secret", "rm", "--all"])
            .run()
            .success("rm --all");
        let ls = user
            .den_in(&store, &["secret", "ls", "-q"])
            .run()
            .success("ls");
        assert!(ls.trim().is_empty(), "{ls}");
    });
}

#[test]
fn containers_get_mounted_and_env_secrets() {
    for_each_user!(|user| {
        let store = store(user, "run");
        let input = data_file(user, &store, "hunter2");
        user.den_in(&store, &["secret", "create", "s1", input.to_str().unwrap()])
            .run()
            .success("create");
        let out = user
            .den_in(&store, &["run", "--rm", "--secret", "s1", "busybox", "sh", "-c", "stat -c '%a %u %g' /run/secrets/s1; cat /run/secrets/s1; echo; echo x > /run/secrets/s1 || echo read-only"])
            .run()
            .success("run --secret");
        assert_eq!(out, "444 0 0\nhunter2\nread-only\n");
        let env = user
            .den_in(
                &store,
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1,type=env,target=PASS",
                    "busybox",
                    "sh",
                    "-c",
                    "echo $PASS",
                ],
            )
            .run()
            .success("env secret");
        assert_eq!(env.trim(), "hunter2");
        // Not recorded in the container's configuration.
        let name = format!("sec-{}", if user.subids { "sub" } else { "one" });
        user.den_in(
            &store,
            &[
                "create",
                "--name",
                &name,
                "--secret",
                "s1,type=env",
                "busybox",
                "true",
            ],
        )
        .run()
        .success("create");
        let cfg = user
            .den_in(
                &store,
                &[
                    "container",
                    "inspect",
                    "--format",
                    "{{json .Config.Env}}",
                    &name,
                ],
            )
            .run()
            .success("inspect");
        assert!(!cfg.contains("hunter2"), "{cfg}");
        let _ = user.den_in(&store, &["rm", &name]).run();
        // An exec session sees an env secret too, as podman's; a health check as well.
        let name = format!("sec-exec-{}", if user.subids { "sub" } else { "one" });
        user.den_in(
            &store,
            &[
                "run",
                "-d",
                "--name",
                &name,
                "--secret",
                "s1,type=env,target=PASS",
                "--health-cmd",
                "test \"$PASS\" = hunter2",
                "--health-interval",
                "1h",
                "busybox",
                "sleep",
                "100",
            ],
        )
        .run()
        .success("run -d with an env secret");
        let seen = user
            .den_in(&store, &["exec", &name, "sh", "-c", "echo $PASS"])
            .run()
            .success("exec sees the env secret");
        assert_eq!(seen.trim(), "hunter2");
        user.den_in(&store, &["healthcheck", "run", &name])
            .run()
            .success("a health check sees the env secret");
        let _ = user.den_in(&store, &["rm", "-f", "-t", "0", &name]).run();
        // Owner and mode as asked, at a target of one's choosing; in one-id mode only root
        // exists in the container.
        let (uid, gid) = if user.subids { ("5", "6") } else { ("0", "0") };
        let spec = format!("s1,target=/etc/pass,uid={uid},gid={gid},mode=0400");
        let out = user
            .den_in(
                &store,
                &[
                    "run",
                    "--rm",
                    "--secret",
                    &spec,
                    "busybox",
                    "stat",
                    "-c",
                    "%a %u %g",
                    "/etc/pass",
                ],
            )
            .run()
            .success("run --secret target");
        assert_eq!(out.trim(), format!("400 {uid} {gid}"));
        for (spec, phrase) in [
            ("nope", "no secret with name or id \"nope\": no such secret"),
            ("s1,type=bogus", "type bogus is invalid"),
            ("s1,type=env,mode=1", "cannot be set with secret type env"),
        ] {
            user.den_in(
                &store,
                &["run", "--rm", "--secret", spec, "busybox", "true"],
            )
            .run()
            .code_is(125)
            .stderr_has(phrase);
        }
    });
}
