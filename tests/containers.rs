//! Container lifecycle, as the unprivileged users: detached containers under their monitor,
//! exec, logs, stop/kill/restart/rm, ps after faults, concurrency, names and id prefixes.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

const BUSYBOX: &str = "busybox.docker.tar";

/// A name unique to this test and user.
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

fn pid_alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        !s[s.rfind(')').unwrap() + 1..].trim_start().starts_with('Z')
    })
}

fn wait_until(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn detached_container_survives_and_is_listed() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "survive");
        rm_f(user, &n);
        let out = user
            .den(&["run", "-d", "--name", &n, "busybox", "sh", "-c", "echo hello; echo err >&2; sleep 100"])
            .run();
        let id = out.success("run -d").trim().to_string();
        assert_eq!(id.len(), 64, "run -d prints the full id: {id}");
        // The den that started it has exited; the container still runs.
        let ps = user.den(&["ps"]).run().success("ps");
        assert!(ps.lines().next().unwrap().starts_with("CONTAINER ID"), "{ps}");
        let line = ps.lines().find(|l| l.ends_with(&n)).unwrap_or_else(|| panic!("not listed: {ps}"));
        assert!(line.starts_with(&id[..12]) && line.contains("Up "), "{line}");
        let pid: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
        assert!(pid > 0 && pid_alive(pid));
        assert_eq!(inspect(user, &id[..8], "{{.State.Status}}"), "running");
        wait_until("log output", Duration::from_secs(5), || {
            user.den(&["logs", &n]).run().stdout().contains("hello")
        });
        let logs = user.den(&["logs", &n]).run();
        assert_eq!(logs.stdout(), "hello\n");
        assert_eq!(logs.stderr(), "err\n");
        let ts = user.den(&["logs", "-t", &n]).run().stdout();
        assert!(ts.starts_with("20") && ts.contains("Z hello"), "{ts}");
        user.den(&["rm", "-f", &n]).run().success("rm -f");
        assert!(!pid_alive(pid), "rm -f left the container's init running");
        let all = user.den(&["ps", "-a"]).run().success("ps -a");
        assert!(!all.contains(&n), "{all}");
    });
}
