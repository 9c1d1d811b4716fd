//! Restart policies, carried out by the container's monitor, as the unprivileged users:
//! `on-failure:N` restarts a failing program N times and inspect counts them, a user's `stop`
//! or `kill` ends `always`, a foreground run is restarted in the background, `--rm` with a
//! policy is refused as podman refuses it.

mod common;

use common::lifecycle::{inspect, name, rm_f, wait_until};

use std::time::Duration;

const BUSYBOX: &str = "busybox.docker.tar";

fn logs_of(user: &common::User, ctr: &str) -> String {
    user.den(&["logs", ctr]).run().success("logs")
}

#[test]
fn on_failure_3_restarts_false_three_times() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "rs-false");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--restart",
            "on-failure:3",
            "busybox",
            "sh",
            "-c",
            "echo ran; exit 1",
        ])
        .run()
        .success("run -d --restart on-failure:3");
        // Between two runs the record says exited too, so the logs are read first: once the
        // last run has logged (its output is read only after it is recorded running), an
        // "exited" with the third restart can only be the final exit.
        let done = |runs: usize| {
            logs_of(user, &n).matches("ran").count() == runs
                && inspect(user, &n, "{{.RestartCount}} {{.State.Status}}") == "3 exited"
        };
        wait_until(
            "three restarts and the exit",
            Duration::from_secs(30),
            || done(4),
        );
        assert_eq!(inspect(user, &n, "{{.State.ExitCode}}"), "1");
        assert_eq!(
            inspect(
                user,
                &n,
                "{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}"
            ),
            "on-failure:3"
        );
        // A start by the user counts from 0 again.
        user.den(&["start", &n]).run().success("start");
        wait_until("the restarts after start", Duration::from_secs(30), || {
            done(8)
        });
        std::thread::sleep(Duration::from_millis(500));
        assert_eq!(
            logs_of(user, &n).matches("ran").count(),
            8,
            "no fifth restart"
        );
        rm_f(user, &n);
    });
}

#[test]
fn stop_and_kill_end_restart_always() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        for verb in ["stop", "kill"] {
            let n = name(user, &format!("rs-{verb}"));
            rm_f(user, &n);
            user.den(&[
                "run",
                "-d",
                "--name",
                &n,
                "--restart",
                "always",
                "busybox",
                "sleep",
                "100",
            ])
            .run()
            .success("run -d --restart always");
            let args: Vec<&str> = if verb == "stop" {
                vec!["stop", "-t", "0", &n]
            } else {
                vec!["kill", &n]
            };
            user.den(&args).run().success(verb);
            wait_until("the exit", Duration::from_secs(10), || {
                inspect(user, &n, "{{.State.Status}}") == "exited"
            });
            std::thread::sleep(Duration::from_millis(500));
            assert_eq!(
                inspect(user, &n, "{{.RestartCount}} {{.State.Status}}"),
                "0 exited",
                "{verb} must end the policy"
            );
            rm_f(user, &n);
        }
    });
}

#[test]
fn always_restarts_a_program_that_succeeds() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "rs-always");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "--restart",
            "always",
            "busybox",
            "true",
        ])
        .run()
        .success("run -d");
        wait_until("two restarts", Duration::from_secs(20), || {
            inspect(user, &n, "{{.RestartCount}}")
                .parse::<u32>()
                .is_ok_and(|c| c >= 2)
        });
        // rm -f ends it for good: no monitor restarts a removed container.
        user.den(&["rm", "-f", &n]).run().success("rm -f");
        std::thread::sleep(Duration::from_millis(500));
        user.den(&["container", "exists", &n]).run().code_is(1);
    });
}

#[test]
fn foreground_run_returns_and_restarts_in_the_background() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "rs-fg");
        rm_f(user, &n);
        let out = user
            .den(&[
                "run",
                "--name",
                &n,
                "--restart",
                "on-failure:2",
                "busybox",
                "sh",
                "-c",
                "echo x; exit 3",
            ])
            .run();
        out.code_is(3);
        assert_eq!(out.stdout(), "x\n");
        wait_until("two restarts", Duration::from_secs(30), || {
            inspect(user, &n, "{{.RestartCount}} {{.State.Status}}") == "2 exited"
                && logs_of(user, &n) == "x\nx\nx\n"
        });
        rm_f(user, &n);
    });
}

#[test]
fn bad_policies_are_refused() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&["run", "--rm", "--restart", "always", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("the --rm option conflicts with --restart");
        user.den(&["run", "--restart", "bogus", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("is not a valid restart policy");
        user.den(&["run", "--restart", "always:3", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("only be specified with on-failure");
        // --rm with "no" is fine.
        user.den(&["run", "--rm", "--restart", "no", "busybox", "true"])
            .run()
            .success("--rm --restart no");
    });
}
