//! Health checks run by the container's monitor (no systemd), as the unprivileged users: a
//! check that starts failing turns the container unhealthy within interval x retries, `ps`
//! and inspect show it, `healthcheck run` answers with podman's exit codes and words, the
//! image's HEALTHCHECK applies, `--no-healthcheck` drops it, and `--health-on-failure` acts.

mod common;

use std::time::{Duration, Instant};

const BUSYBOX: &str = "busybox.docker.tar";

fn name(user: &common::User, what: &str) -> String {
    format!("{what}-{}", if user.subids { "sub" } else { "one" })
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

fn wait_until(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
    start.elapsed()
}

fn status_column(user: &common::User, ctr: &str) -> String {
    user.den(&[
        "ps",
        "-a",
        "--filter",
        &format!("name={ctr}"),
        "--format",
        "{{.Status}}",
    ])
    .run()
    .success("ps")
    .trim()
    .to_string()
}

#[test]
fn a_failing_check_turns_the_container_unhealthy_within_interval_times_retries() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "hc-turn");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--health-cmd",
            "test -e /tmp/ok && echo fine",
            "--health-interval",
            "1s",
            "--health-retries",
            "2",
            "busybox",
            "sh",
            "-c",
            "touch /tmp/ok; sleep 100",
        ])
        .run()
        .success("run -d --health-cmd");
        assert!(
            status_column(user, &n).ends_with("(starting)")
                || status_column(user, &n).ends_with("(healthy)")
        );
        wait_until("healthy", Duration::from_secs(10), || {
            inspect(user, &n, "{{.State.Health.Status}}") == "healthy"
        });
        assert!(
            status_column(user, &n).ends_with("(healthy)"),
            "{}",
            status_column(user, &n)
        );
        assert_eq!(
            inspect(user, &n, "{{(index .State.Health.Log 0).Output}}"),
            "fine"
        );
        // The check starts failing: unhealthy within interval x retries (2 s), plus one
        // interval of slack for the check in flight and this loop.
        user.den(&["exec", &n, "rm", "/tmp/ok"])
            .run()
            .success("exec rm");
        let took = wait_until("unhealthy", Duration::from_secs(10), || {
            inspect(user, &n, "{{.State.Health.Status}}") == "unhealthy"
        });
        assert!(took <= Duration::from_secs(4), "unhealthy after {took:?}");
        assert!(
            inspect(user, &n, "{{.State.Health.FailingStreak}}")
                .parse::<u32>()
                .unwrap()
                >= 2
        );
        assert!(status_column(user, &n).ends_with("(unhealthy)"));
        // healthcheck run: "unhealthy" and 1; after the fix nothing and 0.
        let out = user.den(&["healthcheck", "run", &n]).run();
        out.code_is(1);
        assert_eq!(out.stdout(), "unhealthy\n");
        user.den(&["exec", &n, "touch", "/tmp/ok"])
            .run()
            .success("exec touch");
        let out = user.den(&["healthcheck", "run", &n]).run();
        out.code_is(0);
        assert_eq!(out.stdout(), "");
        assert_eq!(inspect(user, &n, "{{.State.Health.Status}}"), "healthy");
        // No helper outlives the container.
        user.den(&["rm", "-f", &n]).run().success("rm -f");
    });
}

#[test]
fn healthcheck_run_errors_as_podman() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let plain = name(user, "hc-plain");
        let gone = name(user, "hc-gone");
        rm_f(user, &plain);
        rm_f(user, &gone);
        user.den(&["run", "-d", "--name", &plain, "busybox", "sleep", "100"])
            .run()
            .success("run -d");
        user.den(&["healthcheck", "run", &plain])
            .run()
            .code_is(125)
            .stderr_has("has no defined healthcheck");
        user.den(&[
            "run",
            "--name",
            &gone,
            "--health-cmd",
            "true",
            "busybox",
            "true",
        ])
        .run()
        .success("run");
        user.den(&["healthcheck", "run", &gone])
            .run()
            .code_is(125)
            .stderr_has("is not running");
        user.den(&["healthcheck", "run", "hc-no-such-container"])
            .run()
            .code_is(125)
            .stderr_has("no such container");
        rm_f(user, &plain);
        rm_f(user, &gone);
    });
}

#[test]
fn config_healthcheck_none_json_form_and_timeout() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "hc-json");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--health-cmd",
            r#"["CMD", "sleep", "5"]"#,
            "--health-interval",
            "disable",
            "--health-timeout",
            "1s",
            "--health-retries",
            "1",
            "busybox",
            "sleep",
            "100",
        ])
        .run()
        .success("run -d");
        assert_eq!(
            inspect(user, &n, "{{json .Config.Healthcheck.Test}}"),
            r#"["CMD","sleep","5"]"#
        );
        let start = Instant::now();
        user.den(&["healthcheck", "run", &n]).run().code_is(1);
        assert!(
            start.elapsed() < Duration::from_secs(4),
            "the timeout ends the check"
        );
        assert_eq!(inspect(user, &n, "{{.State.Health.Status}}"), "unhealthy");
        assert!(
            inspect(user, &n, "{{(index .State.Health.Log 0).Output}}")
                .contains("exceeded timeout of 1s")
        );
        rm_f(user, &n);
        // --health-cmd none and --no-healthcheck: no check.
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--health-cmd",
            "none",
            "busybox",
            "sleep",
            "100",
        ])
        .run()
        .success("run -d --health-cmd none");
        assert!(!status_column(user, &n).contains('('));
        user.den(&["healthcheck", "run", &n])
            .run()
            .code_is(125)
            .stderr_has("has no defined healthcheck");
        rm_f(user, &n);
    });
}

#[test]
fn on_failure_kill_and_restart() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let killed = name(user, "hc-kill");
        let restarted = name(user, "hc-restart");
        for (n, action) in [(&killed, "kill"), (&restarted, "restart")] {
            rm_f(user, n);
            user.den(&[
                "run",
                "-d",
                "--name",
                n,
                "--health-cmd",
                "false",
                "--health-interval",
                "1s",
                "--health-retries",
                "1",
                "--health-on-failure",
                action,
                "busybox",
                "sleep",
                "100",
            ])
            .run()
            .success("run -d --health-on-failure");
        }
        wait_until("the kill", Duration::from_secs(10), || {
            inspect(user, &killed, "{{.State.Status}}") == "exited"
        });
        assert_eq!(inspect(user, &killed, "{{.State.ExitCode}}"), "137");
        assert_eq!(inspect(user, &killed, "{{.RestartCount}}"), "0");
        wait_until("the restart", Duration::from_secs(10), || {
            inspect(user, &restarted, "{{.RestartCount}}") != "0"
        });
        rm_f(user, &killed);
        user.den(&["rm", "-f", &restarted]).run().success("rm -f");
    });
}

#[test]
fn the_images_healthcheck_applies_and_no_healthcheck_drops_it() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let ctx = user.fresh_dir("hc-build");
        std::fs::write(
            ctx.join("Containerfile"),
            "FROM busybox\nHEALTHCHECK --interval=1s --retries=1 CMD test -e /etc/passwd\n",
        )
        .unwrap();
        let tag = format!("localhost/{}:hc", name(user, "hcimg"));
        user.den(&["build", "-q", "-t", &tag, ctx.to_str().unwrap()])
            .run()
            .success("build");
        let with = name(user, "hc-image");
        let without = name(user, "hc-none");
        rm_f(user, &with);
        rm_f(user, &without);
        user.den(&["run", "-d", "--name", &with, &tag, "sleep", "100"])
            .run()
            .success("run -d");
        assert_eq!(
            inspect(user, &with, "{{json .Config.Healthcheck.Test}}"),
            r#"["CMD-SHELL","test -e /etc/passwd"]"#
        );
        wait_until("healthy", Duration::from_secs(10), || {
            inspect(user, &with, "{{.State.Health.Status}}") == "healthy"
        });
        user.den(&[
            "run",
            "-d",
            "--name",
            &without,
            "--no-healthcheck",
            &tag,
            "sleep",
            "100",
        ])
        .run()
        .success("run -d --no-healthcheck");
        assert_eq!(inspect(user, &without, "{{.State.Health.Status}}"), "");
        rm_f(user, &with);
        rm_f(user, &without);
        let _ = user.den(&["rmi", &tag]).run();
    });
}
