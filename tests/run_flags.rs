//! The process flags of `run`/`create`, as the unprivileged users: each flag's effect seen
//! inside the container (environment, files, ids) or in `inspect`/`ps`, and the exit codes
//! podman 4.3 gives (man podman-run; measured against the podman installed here).

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

const BUSYBOX: &str = "busybox.docker.tar";

/// A name unique to this test and user.
fn name(user: &common::User, what: &str) -> String {
    format!("flags-{what}-{}", if user.subids { "sub" } else { "one" })
}

fn rm_f(user: &common::User, name: &str) {
    let _ = user.den(&["rm", "-f", name]).run();
}

fn inspect(user: &common::User, ctr: &str, field: &str) -> String {
    user.den(&["container", "inspect", "--format", field, ctr])
        .run()
        .success("inspect")
        .trim()
        .to_string()
}

/// `den run --rm ARGS... busybox sh -c SCRIPT`; its stdout.
fn sh(user: &common::User, flags: &[&str], script: &str) -> String {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend(["busybox", "sh", "-c", script]);
    user.den(&args).run().success("run")
}

#[test]
fn labels_and_annotations_show_in_inspect_and_filter_ps() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "labels");
        rm_f(user, &n);
        let dir = user.fresh_dir("flags-labels");
        let file = dir.join("labels");
        std::fs::write(&file, "# comment\nfrom=file\n\nnovalue\nspaced=a b\n").unwrap();
        let file = file.to_str().unwrap();
        user.den(&[
            "create",
            "--name",
            &n,
            "-l",
            "x=1",
            "--label",
            "bare",
            "--label-file",
            file,
            "--label",
            "from=flag",
            "--annotation",
            "an=v",
            "busybox",
            "true",
        ])
        .run()
        .success("create");
        let labels: serde_json::Value =
            serde_json::from_str(&inspect(user, &n, "{{json .Config.Labels}}")).unwrap();
        // The image's own label stays; the file's come before -l, which wins.
        assert_eq!(labels["x"], "1", "{labels}");
        assert_eq!(labels["bare"], "", "{labels}");
        assert_eq!(labels["from"], "flag", "{labels}");
        assert_eq!(labels["spaced"], "a b", "{labels}");
        assert_eq!(labels["org.den.fixture"], "1", "{labels}");
        assert!(labels.get("novalue").is_none(), "{labels}");
        assert_eq!(
            inspect(user, &n, "{{index .Config.Annotations \"an\"}}"),
            "v"
        );
        let ps = |filter: &str| {
            user.den(&["ps", "-a", "--filter", filter, "--format", "{{.Names}}"])
                .run()
                .success("ps --filter")
        };
        assert_eq!(ps("label=x=1").trim(), n);
        assert_eq!(ps("label=bare").trim(), n);
        assert!(!ps("label=x=2").contains(&n));
        assert!(!ps("label=nosuch").contains(&n));
        rm_f(user, &n);
    });
}

#[test]
fn stop_sends_the_stop_signal_and_waits_the_stop_timeout() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "stopsig");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--stop-signal",
            "USR1",
            "busybox",
            "sh",
            "-c",
            "trap 'echo got-usr1; exit 3' USR1; trap 'echo got-term; exit 4' TERM; \
             echo ready; while :; do sleep 0.1; done",
        ])
        .run()
        .success("run -d");
        assert_eq!(inspect(user, &n, "{{.Config.StopSignal}}"), "10");
        assert_eq!(inspect(user, &n, "{{.Config.StopTimeout}}"), "10");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !user.den(&["logs", &n]).run().stdout().contains("ready") {
            assert!(Instant::now() < deadline, "the container never got ready");
            std::thread::sleep(Duration::from_millis(50));
        }
        user.den(&["stop", &n]).run().success("stop");
        assert_eq!(inspect(user, &n, "{{.State.ExitCode}}"), "3");
        assert!(user.den(&["logs", &n]).run().stdout().contains("got-usr1"));
        // restart stops with the same signal.
        user.den(&["start", &n]).run().success("start");
        let deadline = Instant::now() + Duration::from_secs(10);
        while user
            .den(&["logs", &n])
            .run()
            .stdout()
            .matches("ready")
            .count()
            < 2
        {
            assert!(
                Instant::now() < deadline,
                "the container never got ready again"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        user.den(&["restart", &n]).run().success("restart");
        let logs = user.den(&["logs", &n]).run().stdout();
        assert_eq!(logs.matches("got-usr1").count(), 2, "{logs}");
        assert!(!logs.contains("got-term"), "{logs}");
        rm_f(user, &n);

        // A program without a handler is killed once the container's own timeout is over.
        let n = name(user, "stoptimeout");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--stop-timeout",
            "1",
            "busybox",
            "sleep",
            "100",
        ])
        .run()
        .success("run -d");
        assert_eq!(inspect(user, &n, "{{.Config.StopTimeout}}"), "1");
        let t = Instant::now();
        user.den(&["stop", &n]).run().success("stop");
        let took = t.elapsed();
        assert!(
            took >= Duration::from_millis(900) && took < Duration::from_secs(8),
            "stop took {took:?}"
        );
        assert_eq!(inspect(user, &n, "{{.State.ExitCode}}"), "137");
        rm_f(user, &n);
        user.den(&["create", "--stop-signal", "NOPE", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("invalid signal");
    });
}

#[test]
fn environment_has_term_proxies_and_the_host_env_when_asked() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let env = |flags: &[&str]| {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend(["busybox", "env"]);
            user.den(&args)
                .env("https_proxy", "http://proxy.example:3128")
                .env("FOO_FROM_HOST", "bar")
                .run()
                .success("run env")
        };
        let plain = env(&[]);
        // podman sets TERM with or without -t.
        assert!(plain.lines().any(|l| l == "TERM=xterm"), "{plain}");
        assert!(
            plain
                .lines()
                .any(|l| l == "https_proxy=http://proxy.example:3128"),
            "{plain}"
        );
        assert!(!plain.contains("FOO_FROM_HOST"), "{plain}");
        let off = env(&["--http-proxy=false"]);
        assert!(!off.contains("https_proxy"), "{off}");
        let host = env(&["--env-host", "-e", "FOO_FROM_HOST=flag"]);
        assert!(host.lines().any(|l| l == "FOO_FROM_HOST=flag"), "{host}");
        assert!(host.lines().any(|l| l == "LANG=C.UTF-8"), "{host}");
    });
}

#[test]
fn tz_copies_the_zone_file_and_refuses_unknown_zones() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let zone = "/usr/share/zoneinfo/Europe/Paris";
        require!(
            std::path::Path::new(zone).exists(),
            "no {zone} on this machine (tzdata)"
        );
        let size = std::fs::metadata(std::fs::canonicalize(zone).unwrap())
            .unwrap()
            .len();
        let out = sh(
            user,
            &["--tz", "Europe/Paris"],
            "stat -c %s /etc/localtime; echo TZ=$TZ",
        );
        assert_eq!(out, format!("{size}\nTZ=\n"));
        let local = std::fs::read("/etc/localtime").unwrap();
        let out = sh(user, &["--tz", "local"], "stat -c %s /etc/localtime");
        assert_eq!(out.trim(), local.len().to_string());
        user.den(&["run", "--rm", "--tz", "No/Such_Zone", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("No/Such_Zone");
    });
}

#[test]
fn missing_workdir_is_126_as_podman() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&["run", "--rm", "-w", "/no/such/dir", "busybox", "pwd"])
            .run()
            .code_is(126)
            .stderr_has("does not exist");
        user.den(&["run", "--rm", "-w", "/etc/passwd/x", "busybox", "pwd"])
            .run()
            .code_is(126)
            .stderr_has("/etc/passwd/x");
        assert_eq!(sh(user, &["-w", "/tmp"], "pwd"), "/tmp\n");
    });
}

#[test]
fn containerenv_root_mode_and_pid1_as_podman() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let out = sh(
            user,
            &["--init", "--init-path", "/usr/libexec/podman/catatonit"],
            "stat -c '%s %a' /run/.containerenv; stat -c %a /; cat /proc/1/comm",
        );
        // Rootless podman 4.3 writes an empty /run/.containerenv (its keys only with
        // --privileged); an image's root is 0555; PID 1 shows as podman's init.
        assert_eq!(out, "0 644\n555\npodman-init\n");
    });
}

#[test]
fn unknown_uid_gets_a_passwd_line() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        if !user.subids {
            // One-id mode maps uid 0 only: another uid is refused before any file matters.
            user.den(&["run", "--rm", "--user", "1234", "busybox", "true"])
                .run()
                .code_is(125)
                .stderr_has("one-id mode");
            continue;
        }
        let out = sh(
            user,
            &["--user", "1234:5678", "-w", "/tmp"],
            "tail -n 1 /etc/passwd; tail -n 1 /etc/group; echo $HOME; id -un",
        );
        assert_eq!(
            out,
            "1234:*:1234:5678:container user:/tmp:/bin/sh\n5678:x:5678:1234\n/tmp\n1234\n"
        );
        let out = sh(
            user,
            &[
                "--user",
                "1234",
                "--read-only",
                "--passwd-entry",
                "$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/false",
            ],
            "tail -n 1 /etc/passwd",
        );
        assert_eq!(out, "1234:x:1234:0:container user:/:/bin/false\n");
        // A uid the image lists gets no line.
        let out = sh(user, &["--user", "65534"], "grep -c ':65534:' /etc/passwd");
        assert_eq!(out, "1\n");
    });
}

#[test]
fn replace_removes_the_container_of_that_name() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "replace");
        rm_f(user, &n);
        let first = user
            .den(&["run", "-d", "--name", &n, "busybox", "sleep", "100"])
            .run()
            .success("run -d");
        user.den(&["run", "--name", &n, "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("already in use");
        let out = user
            .den(&[
                "run",
                "--replace",
                "--name",
                &n,
                "busybox",
                "echo",
                "replaced",
            ])
            .run()
            .success("run --replace");
        // podman prints the replaced container's name first, as `rm` does.
        assert_eq!(out, format!("{n}\nreplaced\n"));
        let ids = user
            .den(&[
                "ps",
                "-a",
                "--no-trunc",
                "--filter",
                &format!("name={n}"),
                "-q",
            ])
            .run()
            .success("ps");
        assert_eq!(ids.lines().count(), 1, "{ids}");
        assert_ne!(ids.trim(), first.trim());
        rm_f(user, &n);
        user.den(&["run", "--rm", "--replace", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("--name");
    });
}

#[test]
fn rmi_removes_the_image_after_the_run() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let tag = format!("localhost/rmi-{}", name(user, "img"));
        user.den(&["tag", "busybox", &tag]).run().success("tag");
        let out = user
            .den(&["run", "--rm", "--rmi", "-q", &tag, "echo", "hi"])
            .run()
            .success("run --rmi");
        assert_eq!(out, "hi\n");
        user.den(&["image", "exists", &tag]).run().code_is(1);
        user.den(&["image", "exists", "busybox"]).run().code_is(0);
        user.den(&["create", "--rmi", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("--rmi");
    });
}

#[test]
fn tty_without_a_terminal_goes_on_as_podman() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        // podman 4.3 does not refuse -t when stdin is not a terminal: the program gets one.
        let line = format!(
            "exec {} run --rm -t busybox sh -c 'tty; echo $TERM' </dev/null",
            common::den_binary().display()
        );
        let out = user
            .command("sh", &["-c", &line], true)
            .current_dir("/")
            .stdin(Stdio::null())
            .output()
            .expect("running den from sh");
        assert!(out.status.success(), "{out:?}");
        let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
        assert_eq!(text, "/dev/pts/0\nxterm\n");
    });
}

#[test]
fn duplicate_mount_destination_is_refused() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&[
            "run", "--rm", "-v", "/tmp:/x", "--tmpfs", "/x", "busybox", "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("/x: duplicate mount destination");
    });
}

#[test]
fn run_q_pulls_without_progress() {
    use common::registry::{Registry, tools_present};
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    for_each_user!(|user| {
        let reg = Registry::start("", None);
        reg.push_fixture("busybox.docker.tar", "quiet/busybox:1", None);
        reg.push_fixture("busybox.docker.tar", "loud/busybox:1", None);
        let conf = user.home.join("flags-registries.conf");
        std::fs::write(
            &conf,
            format!(
                "[[registry]]\nlocation = \"{}\"\ninsecure = true\n",
                reg.host()
            ),
        )
        .unwrap();
        let run = |args: &[&str]| {
            user.den(args)
                .env("CONTAINERS_REGISTRIES_CONF", conf.to_str().unwrap())
                .run()
        };
        let quiet = format!("{}/quiet/busybox:1", reg.host());
        let out = run(&["run", "--rm", "-q", &quiet, "echo", "ran"]);
        assert_eq!(out.success("run -q"), "ran\n");
        assert!(
            !out.stderr().contains("Trying") && !out.stderr().contains("Copying"),
            "-q printed pull progress: {}",
            out.stderr()
        );
        // Without -q the same pull says what it does (so the check above can fail).
        let loud = format!("{}/loud/busybox:1", reg.host());
        let out = run(&["run", "--rm", &loud, "true"]);
        out.success("run");
        out.stderr_has("Trying to pull");
        let _ = user.den(&["rmi", &quiet, &loud]).run();
    });
}
