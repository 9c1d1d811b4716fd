//! Differential cases for den's command line against podman 4.3 (tests/common/
//! differential.rs): global flags, usage errors, podman's error phrases and exit codes, and
//! the lifecycle flags scripts use. Each case is written from podman's documentation and
//! its measured behaviour. Behaviour tests at the end cover what podman's filtered stderr
//! cannot show (its warnings are dropped by the harness).

mod common;

use common::differential::{Pair, case, run_cases};

#[test]
fn global_flags_and_usage_errors() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "cliglobal");
        let cases = [
            case("unknown command", &["psx"]),
            case("unknown nested command", &["container", "nosuch"]),
            case("unknown flag", &["rm", "--nosuch", "x"]),
            case("flag without its value", &["kill", "-s"]),
            case("bad flag value", &["ps", "--last", "abc"]),
            case("rm of nothing", &["rm"]).stderr_has("you must provide at least one name or id"),
            case("stop of nothing", &["stop"])
                .stderr_has("you must provide at least one name or id"),
            case("help", &["rm", "--help"]),
            case("log level bogus", &["--log-level", "bogus", "ps"])
                .stderr_has("trace, debug, info, warn, warning, error, fatal, panic"),
            case("log level warning", &["--log-level", "warning", "ps"]).stdout(),
            // Words after the image are the program's, even where den has a flag of that name.
            case(
                "program flags after the image",
                &[
                    "run",
                    "--rm",
                    "--entrypoint",
                    "echo",
                    "busybox",
                    "-c",
                    "-m",
                    "x",
                ],
            )
            .stdout(),
            case(
                "a program named like a flag",
                &["run", "--rm", "busybox", "-e", "x"],
            ),
            // A flag given twice: the last one counts, as podman (pflag) has it.
            case(
                "repeated format",
                &["version", "--format", "first", "--format", "last"],
            )
            .stdout(),
            case(
                "repeated ps format",
                &[
                    "ps",
                    "-a",
                    "--format",
                    "{{.ID}}",
                    "--format",
                    "table {{.Names}}",
                ],
            )
            .stdout(),
            case("remote", &["--remote", "ps"]),
            case("url", &["--url", "unix:/nonexistent.sock", "ps"]),
            case("events backend bogus", &["--events-backend", "bogus", "ps"]),
            case("events backend none", &["--events-backend", "none", "ps"]).stdout(),
            case("cgroup manager bogus", &["--cgroup-manager", "bogus", "ps"]),
            case(
                "cgroup manager cgroupfs",
                &["--cgroup-manager", "cgroupfs", "ps"],
            )
            .stdout(),
            case("runtime missing", &["--runtime", "/nonexistent/runc", "ps"])
                .stderr_has("no valid executable found for OCI runtime"),
            case("storage driver bogus", &["--storage-driver", "bogus", "ps"]),
            case(
                "storage driver overlay",
                &["--storage-driver", "overlay", "ps"],
            )
            .stdout(),
            case(
                "storage opt mount_program",
                &[
                    "--storage-opt",
                    "overlay.mount_program=/usr/bin/fuse-overlayfs",
                    "images",
                    "-q",
                ],
            )
            .stdout(),
            case("noout", &["--noout", "images"]).stdout(),
            case("tmpdir", &["--tmpdir", "/tmp", "ps"]).stdout(),
            // Global flags after the subcommand, as podman takes them anywhere.
            case(
                "log level after the command",
                &["ps", "--log-level", "bogus"],
            )
            .stderr_has("trace, debug, info, warn, warning, error, fatal, panic"),
            case(
                "events backend after the command",
                &["ps", "--events-backend", "none", "-a"],
            )
            .stdout(),
            // Root-only in podman: refused after the command.
            case("noout after the command", &["images", "--noout"]),
            case(
                "tmpdir after the command",
                &["ps", "--tmpdir", "/tmp", "-a"],
            )
            .stdout(),
            case(
                "global flag in a nested command",
                &["container", "ps", "--cgroup-manager=cgroupfs", "-a"],
            )
            .stdout(),
            case(
                "refused global flag after the command",
                &["ps", "--url", "unix:/nonexistent.sock"],
            ),
            case("global flag without its value", &["ps", "-a", "--runroot"]),
        ];
        run_cases(&pair, "cli global flags", &cases);
    });
}

#[test]
fn error_phrases_and_exit_codes() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "clierr");
        let missing = "no such container";
        let detached = ["run", "-d", "--name", "r1", "busybox", "sleep", "1000"];
        let created = ["create", "--name", "c1", "busybox", "echo", "hi"];
        let cases = [
            case("rm missing", &["rm", "nosuch"]).stderr_has(missing),
            case("rm --ignore missing", &["rm", "--ignore", "nosuch"]).stdout(),
            case("rm -f missing", &["rm", "-f", "nosuch"]).stdout(),
            case("rm of one missing among others", &["rm", "c1", "nosuch"])
                .setup(&created)
                .stdout()
                .stderr_has(missing),
            case(
                "stop of one missing among others",
                &["stop", "-t", "0", "r1", "nosuch"],
            )
            .setup(&detached)
            .stdout()
            .stderr_has(missing),
            case(
                "wait of one missing among others",
                &["wait", "c1", "nosuch"],
            )
            .setup(&created)
            .stdout()
            .stderr_has(missing),
            case("rmi -f missing", &["rmi", "-f", "nosuch"]).stdout(),
            case("rmi -i missing", &["rmi", "-i", "nosuch"]).stdout(),
            case("rm --depend missing", &["rm", "--depend", "nosuch"]).stderr_has(missing),
            case("stop missing", &["stop", "nosuch"]).stderr_has(missing),
            case("stop --ignore missing", &["stop", "-i", "nosuch"]).stdout(),
            case("kill missing", &["kill", "nosuch"]).stderr_has(missing),
            case("start missing", &["start", "nosuch"]).stderr_has(missing),
            case("restart missing", &["restart", "nosuch"]).stderr_has(missing),
            case("wait missing", &["wait", "nosuch"]).stderr_has(missing),
            case("logs missing", &["logs", "nosuch"]).stderr_has(missing),
            case("exec missing", &["exec", "nosuch", "true"]).stderr_has(missing),
            case("attach missing", &["attach", "nosuch"]).stderr_has(missing),
            case("rmi missing", &["rmi", "nosuch"]).stderr_has("image not known"),
            case("inspect missing", &["inspect", "nosuch"])
                .stdout()
                .stderr_has("no such object"),
            case(
                "inspect --type image missing",
                &["inspect", "--type", "image", "nosuch"],
            )
            .stdout()
            .stderr_has("image not known"),
            case(
                "inspect --type container missing",
                &["inspect", "--type", "container", "nosuch"],
            )
            .stderr_has(missing),
            case(
                "inspect --type volume",
                &["inspect", "--type", "volume", "nosuch"],
            ),
            case(
                "inspect --type bogus",
                &["inspect", "--type", "bogus", "nosuch"],
            ),
            case(
                "container exists missing",
                &["container", "exists", "nosuch"],
            ),
            case("container exists", &["container", "exists", "c1"]).setup(&created),
            case("image exists missing", &["image", "exists", "nosuch"]),
            case("image exists", &["image", "exists", "busybox"]),
            case("rm of a running container", &["rm", "r1"])
                .setup(&detached)
                .stderr_has("as it is running"),
            case("kill of a created container", &["kill", "c1"])
                .setup(&created)
                .stderr_has("can only kill running containers"),
            case("exec in a created container", &["exec", "c1", "true"])
                .setup(&created)
                .stderr_has("can only create exec sessions on running containers"),
            case("attach to a created container", &["attach", "c1"])
                .setup(&created)
                .stderr_has("you can only attach to running containers"),
            case(
                "kill with an invalid signal",
                &["kill", "-s", "BOGUS", "r1"],
            )
            .setup(&detached)
            .stderr_has("invalid signal"),
            case("kill with signal 99", &["kill", "-s", "99", "r1"])
                .setup(&detached)
                .stderr_has("valid signals are 1 through 64"),
            case(
                "rm --cidfile missing file",
                &["rm", "--cidfile", "/nonexistent"],
            )
            .stderr_has("reading CIDFile"),
            case(
                "wait for a bogus state",
                &["wait", "--condition", "bogus", "c1"],
            )
            .setup(&created)
            .stderr_has("unknown container state: bogus"),
            case("logs --until bogus", &["logs", "--until", "bogus", "c1"])
                .setup(&created)
                .stderr_has("parsing --until \"bogus\""),
        ];
        run_cases(&pair, "cli errors", &cases);
    });
}

#[test]
fn lifecycle_flags() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "clilife");
        let detached = ["run", "-d", "--name", "r1", "busybox", "sleep", "1000"];
        let created = ["create", "--name", "c1", "busybox", "echo", "hi"];
        // Detached, so that its output is logged (a foreground run's output is not), then
        // waited for with `.setup(&["wait", name])`.
        let ran = |name: &'static str, script: &'static str| {
            ["run", "-d", "--name", name, "busybox", "sh", "-c", script]
        };
        let cases = [
            case(
                "the script line rm -t 0 --all --force --ignore",
                &["rm", "-t", "0", "--all", "--force", "--ignore"],
            )
            .setup(&detached)
            .setup(&created)
            .unordered(),
            case("rm -v", &["rm", "-v", "c1"]).setup(&created).stdout(),
            case("rm -f -t 0", &["rm", "-f", "-t", "0", "r1"])
                .setup(&detached)
                .stdout(),
            case("stop --all", &["stop", "--all", "-t", "0"])
                .setup(&detached)
                .setup(&created)
                .unordered(),
            case("stop --filter", &["stop", "--filter", "name=r1", "-t", "0"])
                .setup(&detached)
                .stdout(),
            case("start --all", &["start", "--all"])
                .setup(&created)
                .stdout(),
            case("start --filter", &["start", "--filter", "name=c1"])
                .setup(&created)
                .stdout(),
            case("start --attach", &["start", "-a", "c1"])
                .setup(&created)
                .stdout(),
            case("kill --all", &["kill", "--all"])
                .setup(&detached)
                .setup(&created)
                .stdout(),
            case("kill -s TERM", &["kill", "-s", "TERM", "r1"])
                .setup(&detached)
                .stdout(),
            case("restart -t 0", &["restart", "-t", "0", "r1"])
                .setup(&detached)
                .stdout(),
            case("wait of several", &["wait", "w1", "w2"])
                .setup(&ran("w1", "true"))
                .setup(&["wait", "w1"])
                .setup(&["create", "--name", "w2", "busybox", "sh", "-c", "exit 3"])
                .setup(&["start", "w2"])
                .stdout(),
            case(
                "wait --condition running",
                &["wait", "--condition", "running", "r1"],
            )
            .setup(&detached)
            .stdout(),
            case(
                "wait --condition stopped --interval",
                &["wait", "--condition", "stopped", "--interval", "50ms", "c1"],
            )
            .setup(&created)
            .stdout(),
            // podman reads the logs of several containers at once: their order varies.
            case("logs of several", &["logs", "l1", "l2"])
                .setup(&ran("l1", "echo one"))
                .setup(&["wait", "l1"])
                .setup(&ran("l2", "echo two"))
                .setup(&["wait", "l2"])
                .unordered(),
            case("logs --names", &["logs", "--names", "l1", "l2"])
                .setup(&ran("l1", "echo one"))
                .setup(&["wait", "l1"])
                .setup(&ran("l2", "echo two"))
                .setup(&["wait", "l2"])
                .unordered(),
            case("logs --tail", &["logs", "--tail", "1", "l1"])
                .setup(&ran("l1", "echo a; echo b"))
                .setup(&["wait", "l1"])
                .stdout(),
            case("logs --timestamps", &["logs", "-t", "l1"])
                .setup(&ran("l1", "echo a"))
                .setup(&["wait", "l1"])
                .stdout(),
            case(
                "logs --until the past",
                &["logs", "--until", "2020-01-01T00:00:00Z", "l1"],
            )
            .setup(&ran("l1", "echo a"))
            .setup(&["wait", "l1"])
            .stdout(),
            case(
                "exec --env-file",
                &[
                    "exec",
                    "--env-file",
                    "/etc/os-release",
                    "r1",
                    "sh",
                    "-c",
                    "echo $ID",
                ],
            )
            .setup(&detached)
            .stdout(),
            case(
                "exec --privileged",
                &[
                    "exec",
                    "--privileged",
                    "r1",
                    "grep",
                    "CapEff",
                    "/proc/self/status",
                ],
            )
            .setup(&detached)
            .stdout(),
            case(
                "exec --detach-keys",
                &["exec", "--detach-keys", "ctrl-a", "r1", "echo", "ok"],
            )
            .setup(&detached)
            .stdout(),
            case("exec --latest", &["exec", "-l", "echo", "hi"])
                .setup(&detached)
                .stdout(),
            case("exec without a command", &["exec", "r1"])
                .setup(&detached)
                .stderr_has("must provide a non-empty command"),
            case("rm --filter", &["rm", "--filter", "name=c1"])
                .setup(&created)
                .stdout(),
            case(
                "restart --all --running",
                &["restart", "--all", "--running", "-t", "0"],
            )
            .setup(&detached)
            .setup(&created)
            .stdout(),
            case("container rm", &["container", "rm", "c1"])
                .setup(&created)
                .stdout(),
            case("container start", &["container", "start", "c1"])
                .setup(&created)
                .stdout(),
            case("container stop", &["container", "stop", "-t", "0", "r1"])
                .setup(&detached)
                .stdout(),
            case("container ls", &["container", "ls", "-aq"])
                .setup(&created)
                .stdout(),
            case("container list", &["container", "list", "-aq"])
                .setup(&created)
                .stdout(),
            case("container ps", &["container", "ps", "-aq"])
                .setup(&created)
                .stdout(),
            case("container wait", &["container", "wait", "c1"])
                .setup(&created)
                .stdout(),
        ];
        run_cases(&pair, "cli lifecycle", &cases);
    });
}

/// podman warns when `stop` had to kill (the harness drops podman's warning lines, so this
/// is checked on den alone); `-t 0` kills at once without the warning, as podman.
#[test]
fn stop_warns_when_it_had_to_kill() {
    for_each_user!(|user| {
        user.load_fixture("busybox.docker.tar");
        let name = format!("warn-{}", std::process::id());
        user.den(&["run", "-d", "--name", &name, "busybox", "sleep", "1000"])
            .run()
            .success("run -d");
        let out = user.den(&["stop", "-t", "1", &name]).run();
        out.code_is(0).stderr_has(&format!(
            "StopSignal SIGTERM failed to stop container {name} in 1 seconds, resorting to SIGKILL"
        ));
        user.den(&["start", &name]).run().success("start");
        let out = user.den(&["rm", "-f", "-t", "0", &name]).run();
        out.code_is(0);
        assert!(
            !out.stderr().contains("StopSignal"),
            "as {}: rm -f -t 0 warned: {}",
            user.label(),
            out.stderr()
        );
    });
}

/// `--storage-driver` overrides config.toml for one command: `den info` names it.
#[test]
fn storage_driver_flag_chooses_the_driver() {
    for_each_user!(|user| {
        let out = user.den(&["--storage-driver", "vfs", "info"]).run();
        let text = out.success("info with --storage-driver vfs");
        assert!(
            text.lines().any(|l| l.contains("vfs")),
            "as {}: den info does not name vfs:\n{text}",
            user.label()
        );
    });
}

/// `--cidfile` (podman's run writes one; den reads them in stop, kill and rm): the id in the
/// file is acted on and printed, as podman prints it.
#[test]
fn cidfile_names_the_container() {
    for_each_user!(|user| {
        user.load_fixture("busybox.docker.tar");
        let name = format!("cid-{}", std::process::id());
        let id = user
            .den(&["run", "-d", "--name", &name, "busybox", "sleep", "1000"])
            .run()
            .success("run -d")
            .trim()
            .to_string();
        let file = user.fresh_dir("cidfile").join("ctr.cid");
        std::fs::write(&file, format!("{id}\n")).unwrap();
        let file = file.to_str().unwrap();
        let out = user.den(&["kill", "-s", "WINCH", "--cidfile", file]).run();
        assert_eq!(out.success("kill --cidfile").trim(), id);
        let out = user.den(&["stop", "-t", "0", "--cidfile", file]).run();
        assert_eq!(out.success("stop --cidfile").trim(), id);
        let out = user.den(&["rm", "--cidfile", file]).run();
        assert_eq!(out.success("rm --cidfile").trim(), id);
        user.den(&["container", "exists", &name]).run().code_is(1);
    });
}
