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

/// Starts a detached busybox container running `script`; returns its id.
fn start_detached(user: &common::User, n: &str, script: &str) -> String {
    rm_f(user, n);
    user.den(&["run", "-d", "--name", n, "busybox", "sh", "-c", script])
        .run()
        .success("run -d")
        .trim()
        .to_string()
}

#[test]
fn exec_runs_in_the_container() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "exec");
        start_detached(user, &n, "echo marker > /tmp/m; sleep 100");
        wait_until("the marker file", Duration::from_secs(5), || {
            user.den(&["exec", &n, "cat", "/tmp/m"]).run().stdout() == "marker\n"
        });
        // Same pid namespace: the container's sleep is visible, init is PID 1.
        let ps = user.den(&["exec", &n, "ps", "-o", "pid,args"]).run().success("exec ps");
        assert!(ps.contains("sleep 100"), "{ps}");
        assert!(ps.lines().any(|l| l.trim_start().starts_with("1 ")), "{ps}");
        let host = user.den(&["exec", &n, "hostname"]).run().success("hostname");
        assert_eq!(host.trim(), inspect(user, &n, "{{.Config.Hostname}}"));
        user.den(&["exec", &n, "sh", "-c", "exit 7"]).run().code_is(7);
        user.den(&["exec", &n, "nonexistent-cmd"]).run().code_is(127);
        let env = user.den(&["exec", "-e", "FOO=bar", &n, "sh", "-c", "echo $FOO $container"]).run();
        assert_eq!(env.success("exec -e").trim(), "bar den");
        let wd = user.den(&["exec", "-w", "/etc", &n, "pwd"]).run();
        assert_eq!(wd.success("exec -w").trim(), "/etc");
        if user.subids {
            let id = user.den(&["exec", "-u", "nobody", &n, "id", "-u"]).run();
            assert_eq!(id.success("exec -u").trim(), "65534");
        } else {
            // One-id mode maps only root: another user is refused with a reason.
            let out = user.den(&["exec", "-u", "nobody", &n, "id", "-u"]).run();
            assert_ne!(out.code(), 0);
        }
        let stdin = user.den(&["exec", "-i", &n, "cat"]).stdin(b"piped\n").run();
        assert_eq!(stdin.success("exec -i").trim(), "piped");
        user.den(&["exec", "-d", &n, "sh", "-c", "echo late > /tmp/d"]).run().success("exec -d");
        wait_until("exec -d output", Duration::from_secs(5), || {
            user.den(&["exec", &n, "cat", "/tmp/d"]).run().stdout() == "late\n"
        });
        user.den(&["stop", "-t", "1", &n]).run().success("stop");
        user.den(&["exec", &n, "true"]).run().code_is(125).stderr_has("not running");
        rm_f(user, &n);
    });
}

#[test]
fn stop_kills_a_program_that_ignores_sigterm() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "stubborn");
        start_detached(user, &n, "trap '' TERM; sleep 100 & wait; sleep 100");
        let pid: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
        let t = Instant::now();
        let out = user.den(&["stop", "-t", "1", &n]).run();
        assert_eq!(out.success("stop").trim(), n);
        let took = t.elapsed();
        assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(5), "{took:?}");
        assert!(!pid_alive(pid));
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "exited");
        assert_eq!(inspect(user, &n, "{{.State.ExitCode}}"), "137");
        let ps = user.den(&["ps", "-a", "--filter", &format!("name={n}")]).run().success("ps");
        assert!(ps.contains("Exited (137)"), "{ps}");
        // A program that handles SIGTERM stops at once.
        let n2 = name(user, "polite");
        start_detached(user, &n2, "trap 'exit 3' TERM; while true; do sleep 0.1; done");
        let t = Instant::now();
        user.den(&["stop", "-t", "10", &n2]).run().success("stop");
        assert!(t.elapsed() < Duration::from_secs(5));
        assert_eq!(inspect(user, &n2, "{{.State.ExitCode}}"), "3");
        user.den(&["wait", &n2]).run().success("wait");
        assert_eq!(user.den(&["wait", &n2]).run().stdout().trim(), "3");
        rm_f(user, &n);
        rm_f(user, &n2);
    });
}

#[test]
fn kill_restart_and_wait() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "killme");
        start_detached(user, &n, "trap 'echo got-hup' HUP; echo started; while true; do sleep 0.1; done");
        wait_until("start", Duration::from_secs(5), || {
            user.den(&["logs", &n]).run().stdout().contains("started")
        });
        user.den(&["kill", "-s", "HUP", &n]).run().success("kill -s HUP");
        wait_until("the HUP handler", Duration::from_secs(5), || {
            user.den(&["logs", &n]).run().stdout().contains("got-hup")
        });
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "running");
        let pid1: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
        user.den(&["restart", "-t", "1", &n]).run().success("restart");
        let pid2: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
        assert_ne!(pid1, pid2);
        assert!(!pid_alive(pid1) && pid_alive(pid2));
        wait_until("second start", Duration::from_secs(5), || {
            user.den(&["logs", &n]).run().stdout().matches("started").count() == 2
        });
        user.den(&["kill", &n]).run().success("kill");
        let out = user.den(&["wait", &n]).run();
        assert_eq!(out.success("wait").trim(), "137");
        user.den(&["kill", &n]).run().code_is(125).stderr_has("running");
        user.den(&["kill", "-s", "NOPE", &n]).run().code_is(125).stderr_has("invalid signal");
        // start -a: output and exit code of a short program.
        let short = name(user, "short");
        rm_f(user, &short);
        user.den(&["create", "--name", &short, "busybox", "sh", "-c", "echo once; exit 4"]).run().success("create");
        assert_eq!(inspect(user, &short, "{{.State.Status}}"), "created");
        let ps = user.den(&["ps", "-a", "--filter", "status=created"]).run().success("ps");
        assert!(ps.contains(&short), "{ps}");
        let out = user.den(&["start", "-a", &short]).run();
        assert_eq!(out.code(), 4, "{}", out.stderr());
        assert_eq!(out.stdout(), "once\n");
        rm_f(user, &n);
        rm_f(user, &short);
    });
}

#[test]
fn logs_follow_prints_new_lines() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "follow");
        start_detached(user, &n, "i=0; while true; do echo line$i; i=$((i+1)); sleep 0.2; done");
        let mut child = user
            .den(&["logs", "-f", "--tail", "1", &n])
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first: Vec<String> = (0..4).map(|_| lines.next().unwrap().unwrap()).collect();
        let nums: Vec<u32> = first.iter().map(|l| l.trim_start_matches("line").parse().unwrap()).collect();
        assert!(nums.windows(2).all(|w| w[1] == w[0] + 1), "{first:?}");
        let _ = child.kill();
        let _ = child.wait();
        // --since in the future shows nothing; --tail 2 shows two lines.
        let tail = user.den(&["logs", "--tail", "2", &n]).run().success("logs --tail");
        assert_eq!(tail.lines().count(), 2);
        let since = user.den(&["logs", "--since", "2099-01-01T00:00:00Z", &n]).run().success("since");
        assert!(since.is_empty());
        // A follower ends when the container does.
        let follower = user.den(&["logs", "-f", &n]).command().stdout(Stdio::null()).stderr(Stdio::null()).spawn();
        let mut follower = follower.unwrap();
        user.den(&["stop", "-t", "1", &n]).run().success("stop");
        wait_until("the follower to end", Duration::from_secs(5), || {
            follower.try_wait().unwrap().is_some()
        });
        rm_f(user, &n);
    });
}
