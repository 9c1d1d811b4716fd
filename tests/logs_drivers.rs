//! Log drivers as the unprivileged users: k8s-file (the default) and json-file (podman's alias
//! of it) keep stdout and stderr apart in the log, a foreground run is logged as a detached
//! one, `max-size` keeps the log under the limit with the newest lines, `path=` moves it,
//! none and passthrough keep nothing and `logs` says so as podman, journald is refused, and
//! inspect shows HostConfig.LogConfig.

mod common;

use common::lifecycle::{inspect, name, rm_f};

use std::time::{Duration, Instant};

const BUSYBOX: &str = "busybox.docker.tar";

fn wait_exited(user: &common::User, ctr: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while inspect(user, ctr, "{{.State.Status}}") != "exited" {
        assert!(Instant::now() < deadline, "{ctr} did not exit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

const TWO_STREAMS: &str = "echo out1; echo err1 >&2; echo out2";

#[test]
fn file_drivers_log_both_streams_detached_and_in_the_foreground() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        for driver in ["k8s-file", "json-file"] {
            for detached in [true, false] {
                let n = name(user, &format!("ld-{driver}-{detached}"));
                rm_f(user, &n);
                let mut args = vec!["run", "--name", &n, "--log-driver", driver];
                if detached {
                    args.push("-d");
                }
                args.extend(["busybox", "sh", "-c", TWO_STREAMS]);
                let run = user.den(&args).run();
                run.success("run");
                if !detached {
                    // The foreground run still shows its output, stream by stream.
                    assert_eq!(run.stdout(), "out1\nout2\n");
                    assert!(run.stderr().contains("err1"), "{}", run.stderr());
                }
                wait_exited(user, &n);
                let logs = user.den(&["logs", &n]).run();
                assert_eq!(
                    logs.stdout(),
                    "out1\nout2\n",
                    "{driver} detached={detached}"
                );
                assert_eq!(logs.stderr(), "err1\n");
                let stamped = user.den(&["logs", "-t", &n]).run().success("logs -t");
                let lines: Vec<&str> = stamped.lines().collect();
                assert_eq!(lines.len(), 2, "{stamped}");
                assert!(lines.iter().all(|l| l.starts_with("20")), "{stamped}");
                assert!(lines[1].ends_with(" out2"), "{stamped}");
                assert_eq!(inspect(user, &n, "{{.HostConfig.LogConfig.Type}}"), driver);
                let path = inspect(user, &n, "{{.HostConfig.LogConfig.Path}}");
                assert!(path.ends_with("/ctr.log"), "{path}");
                assert_eq!(inspect(user, &n, "{{.LogPath}}"), path);
                rm_f(user, &n);
            }
        }
    });
}

#[test]
fn max_size_keeps_the_newest_lines_under_the_limit() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "ld-max");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--log-opt",
            "max-size=1k",
            "busybox",
            "sh",
            "-c",
            "for i in $(seq 1 200); do echo line-$i; done",
        ])
        .run()
        .success("run -d");
        wait_exited(user, &n);
        let path = inspect(user, &n, "{{.HostConfig.LogConfig.Path}}");
        let size = std::fs::metadata(&path).unwrap().len();
        assert!(size > 0 && size <= 1000, "log of {size} bytes");
        assert_eq!(inspect(user, &n, "{{.HostConfig.LogConfig.Size}}"), "1kB");
        let logs = user.den(&["logs", &n]).run().success("logs");
        assert!(logs.ends_with("line-200\n"), "{logs}");
        assert!(!logs.contains("line-1\n"), "{logs}");
        rm_f(user, &n);
    });
}

#[test]
fn path_and_tag_options() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "ld-path");
        rm_f(user, &n);
        let dir = user.fresh_dir("ld-path-dir");
        let file = dir.join("my.log");
        let opt = format!("path={}", file.display());
        user.den(&[
            "run",
            "--name",
            &n,
            "--log-opt",
            &opt,
            "--log-opt",
            "tag=web",
            "busybox",
            "echo",
            "moved",
        ])
        .run()
        .success("run");
        assert!(
            std::fs::read_to_string(&file)
                .unwrap()
                .ends_with(" stdout F moved\n")
        );
        assert_eq!(user.den(&["logs", &n]).run().success("logs"), "moved\n");
        assert_eq!(inspect(user, &n, "{{.HostConfig.LogConfig.Tag}}"), "web");
        assert_eq!(
            inspect(user, &n, "{{.HostConfig.LogConfig.Path}}"),
            file.display().to_string()
        );
        rm_f(user, &n);
    });
}

#[test]
fn none_and_passthrough_keep_nothing() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        for driver in ["none", "passthrough"] {
            let n = name(user, &format!("ld-{driver}"));
            rm_f(user, &n);
            let run = user
                .den(&[
                    "run",
                    "--name",
                    &n,
                    "--log-driver",
                    driver,
                    "busybox",
                    "echo",
                    "shown",
                ])
                .run();
            assert_eq!(
                run.success("run"),
                "shown\n",
                "{driver}: the output is shown"
            );
            user.den(&["logs", &n])
                .run()
                .code_is(125)
                .stderr_has(&format!(
                    "this container is using the '{driver}' log driver, cannot read logs"
                ));
            assert_eq!(inspect(user, &n, "{{.LogPath}}"), "");
            rm_f(user, &n);
        }
        // passthrough with -d: the container writes to the caller's stdout.
        let n = name(user, "ld-pass-d");
        rm_f(user, &n);
        let run = user
            .den(&[
                "run",
                "-d",
                "--name",
                &n,
                "--log-driver",
                "passthrough",
                "busybox",
                "echo",
                "direct",
            ])
            .run();
        let out = run.success("run -d passthrough");
        assert!(out.contains("direct\n"), "{out}");
        rm_f(user, &n);
        user.den(&["run", "--log-driver", "journald", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("journald");
        user.den(&["run", "--log-driver", "foo", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("invalid log driver");
        user.den(&["run", "--log-opt", "max-size=abc", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("invalid size: 'abc'");
    });
}

#[test]
fn follow_survives_a_log_started_afresh() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "ld-follow");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--log-opt",
            "max-size=300",
            "busybox",
            "sh",
            "-c",
            "for i in $(seq 1 30); do echo tick-$i; sleep 0.05; done",
        ])
        .run()
        .success("run -d");
        let logs = user
            .den(&["logs", "-f", &n])
            .timeout(Duration::from_secs(30))
            .run()
            .success("logs -f");
        assert!(logs.ends_with("tick-30\n"), "{logs}");
        rm_f(user, &n);
    });
}

#[test]
fn a_foreground_rm_run_keeps_dens_own_stdout() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "rmstdio");
        rm_f(user, &n);
        let out = user.fresh_dir("rm-stdio").join("out");
        let den = common::den_binary();
        let probe = "if [ -p /proc/self/fd/1 ]; then echo pipe; else echo direct; fi";
        // den's stdout is a file: a logged run relays it through a pipe, a --rm run does not.
        for (flags, want) in [
            (&["--rm"][..], "direct"),
            (&["--name", n.as_str()][..], "pipe"),
        ] {
            let line = format!(
                "{} run {} busybox sh -c '{probe}' > {}",
                den.display(),
                flags.join(" "),
                out.display()
            );
            let status = user.command("sh", &["-c", &line], true).status().unwrap();
            assert!(status.success(), "{line}");
            assert_eq!(
                std::fs::read_to_string(&out).unwrap().trim(),
                want,
                "{line}"
            );
        }
        let logged = user.den(&["logs", &n]).run().success("logs");
        assert_eq!(logged.trim(), "pipe");
        rm_f(user, &n);
    });
}
