//! Differential cases for what the container's monitor does: the logs of each driver, the
//! LogConfig inspect shows, restart counts, and health check states and `healthcheck run`
//! exit codes. podman runs its periodic checks from systemd timers, which these machines do
//! not have, so the cases compare `healthcheck run` (which works without them) and the state
//! it leaves, with the interval at its default of 30 s (no check of den's own comes first).

mod common;

use std::time::{Duration, Instant};

use common::differential::{Pair, case, run_cases};

const SH: &str = "echo out1; echo err1 >&2; echo out2";

#[test]
fn logs_of_each_driver() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "mon-logs");
        let cases = [
            case("k8s-file, detached", &["logs", "lg"])
                .setup(&["run", "-d", "--name", "lg", "busybox", "sh", "-c", SH])
                .setup(&["wait", "lg"])
                .stdout(),
            case("json-file is k8s-file", &["logs", "lg"])
                .setup(&[
                    "run", "-d", "--name", "lg", "--log-driver", "json-file", "busybox", "sh",
                    "-c", SH,
                ])
                .setup(&["wait", "lg"])
                .stdout(),
            case("a foreground run is logged", &["logs", "lg"])
                .setup(&["run", "--name", "lg", "busybox", "sh", "-c", SH])
                .stdout(),
            case("--tail", &["logs", "--tail", "1", "lg"])
                .setup(&["run", "--name", "lg", "busybox", "sh", "-c", "echo a; echo b"])
                .stdout(),
            case("none", &["logs", "lg"])
                .setup(&["run", "--name", "lg", "--log-driver", "none", "busybox", "true"])
                .stderr_has("this container is using the 'none' log driver, cannot read logs"),
            case("passthrough", &["logs", "lg"])
                .setup(&[
                    "run", "--name", "lg", "--log-driver", "passthrough", "busybox", "true",
                ])
                .stderr_has("cannot read logs: this container is not logging output"),
            case("none shows the foreground output", &[
                "run", "--rm", "--log-driver", "none", "busybox", "echo", "hi",
            ])
            .stdout(),
            case("LogConfig", &[
                "inspect",
                "--format",
                "{{.HostConfig.LogConfig.Type}} {{.HostConfig.LogConfig.Tag}} {{.HostConfig.LogConfig.Size}}",
                "lg",
            ])
            .setup(&[
                "create", "--name", "lg", "--log-driver", "json-file", "--log-opt",
                "max-size=10k", "--log-opt", "tag=web", "busybox", "true",
            ])
            .stdout(),
            case("journald without a journal", &[
                "run", "--log-driver", "journald", "busybox", "true",
            ]),
            case("an unknown driver", &["run", "--log-driver", "foo", "busybox", "true"]),
            case("a bad max-size", &["run", "--log-opt", "max-size=abc", "busybox", "true"])
                .stderr_has("invalid size: 'abc'"),
        ];
        run_cases(&pair, "monitor logs", &cases);
    });
}

#[test]
fn restart_policies_and_counts() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "mon-restart");
        let cases = [
            case("--rm with --restart", &["run", "--rm", "--restart", "always", "busybox", "true"])
                .stderr_has("the --rm option conflicts with --restart"),
            case("a bad policy", &["run", "--restart", "bogus", "busybox", "true"])
                .stderr_has("is not a valid restart policy"),
            case("retries without on-failure", &[
                "run", "--restart", "always:2", "busybox", "true",
            ])
            .stderr_has("restart policy retries can only be specified with on-failure"),
            case("RestartPolicy in inspect", &[
                "inspect",
                "--format",
                "{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.RestartCount}}",
                "rp",
            ])
            .setup(&["create", "--name", "rp", "--restart", "on-failure:5", "busybox", "true"])
            .stdout(),
            case("stop ends always", &["inspect", "--format", "{{.RestartCount}} {{.State.Status}}", "rp"])
                .setup(&["run", "-d", "--name", "rp", "--restart", "always", "busybox", "sleep", "100"])
                .setup(&["stop", "-t", "0", "rp"])
                .stdout(),
        ];
        run_cases(&pair, "monitor restart", &cases);

        // on-failure:3 running `false`: three restarts in both, then exited (1).
        pair.clean();
        let run = [
            "run",
            "-d",
            "--name",
            "rf",
            "--restart",
            "on-failure:3",
            "busybox",
            "false",
        ];
        assert_eq!(pair.podman(&run).status.code(), Some(0), "podman run -d");
        pair.den(&run).success("den run -d");
        let field = [
            "inspect",
            "--format",
            "{{.RestartCount}} {{.State.ExitCode}}",
            "rf",
        ];
        let deadline = Instant::now() + Duration::from_secs(30);
        let (mut p, mut d) = (String::new(), String::new());
        while Instant::now() < deadline {
            p = String::from_utf8_lossy(&pair.podman(&field).stdout)
                .trim()
                .to_string();
            d = pair.den(&field).stdout().trim().to_string();
            if p == "3 1" && d == "3 1" {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        assert_eq!(
            (p.as_str(), d.as_str()),
            ("3 1", "3 1"),
            "RestartCount, ExitCode: podman, den"
        );
        pair.clean();
    });
}

#[test]
fn health_states_and_healthcheck_run() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "mon-health");
        let failing = [
            "run",
            "-d",
            "--name",
            "hc",
            "--health-cmd",
            "false",
            "--health-retries",
            "1",
            "busybox",
            "sleep",
            "100",
        ];
        let passing = [
            "run",
            "-d",
            "--name",
            "hc",
            "--health-cmd",
            "echo fine",
            "busybox",
            "sleep",
            "100",
        ];
        let status = [
            "inspect",
            "--format",
            "{{.State.Health.Status}} {{.State.Health.FailingStreak}}",
            "hc",
        ];
        let cases = [
            case("a failing check", &["healthcheck", "run", "hc"]).setup(&failing).stdout(),
            case("a passing check", &["healthcheck", "run", "hc"]).setup(&passing).stdout(),
            case("healthy, and its output", &[
                "inspect",
                "--format",
                "{{.State.Health.Status}} {{(index .State.Health.Log 0).ExitCode}} {{(index .State.Health.Log 0).Output}}",
                "hc",
            ])
            .setup(&passing)
            .setup(&["healthcheck", "run", "hc"])
            .stdout(),
            case("starting before a check", &status).setup(&passing).stdout(),
            case("one failure of three: still starting", &status)
                .setup(&[
                    "run", "-d", "--name", "hc", "--health-cmd", "false", "busybox", "sleep",
                    "100",
                ])
                .setup(&["ps", "-a"])
                .stdout(),
            case("no healthcheck", &["healthcheck", "run", "hc"])
                .setup(&["run", "-d", "--name", "hc", "busybox", "sleep", "100"])
                .stderr_has("has no defined healthcheck"),
            case("not running", &["healthcheck", "run", "hc"])
                .setup(&["create", "--name", "hc", "--health-cmd", "true", "busybox", "true"])
                .stderr_has("is not running"),
            case("no such container", &["healthcheck", "run", "nope"])
                .stderr_has("no such container"),
            case("the test in Config", &["inspect", "--format", "{{json .Config.Healthcheck.Test}} {{.Config.Healthcheck.Retries}}", "hc"])
                .setup(&["create", "--name", "hc", "--health-cmd", "test -e /x", "--health-retries", "2", "busybox", "true"])
                .stdout(),
            case("--health-cmd none", &["inspect", "--format", "{{json .Config.Healthcheck.Test}}", "hc"])
                .setup(&["create", "--name", "hc", "--health-cmd", "none", "busybox", "true"])
                .stdout(),
        ];
        run_cases(&pair, "monitor health", &cases);

        // A failing check (exit 1 in both, so not a case's setup): unhealthy after one
        // failure with --health-retries 1, in inspect and in ps.
        pair.clean();
        assert_eq!(
            pair.podman(&failing).status.code(),
            Some(0),
            "podman run -d"
        );
        pair.den(&failing).success("den run -d");
        let (p, d) = pair.both(&["healthcheck", "run", "hc"]);
        assert_eq!(
            (p.code, p.stdout.as_str()),
            (d.code, d.stdout.as_str()),
            "healthcheck run"
        );
        for args in [&status[..], &["ps", "--format", "{{.Names}} {{.Status}}"]] {
            let (p, d) = pair.both(args);
            assert_eq!(p.stdout, d.stdout, "`{}`: podman, den", args.join(" "));
        }
        pair.clean();
    });
}
