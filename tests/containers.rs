//! Container lifecycle, as the unprivileged users: detached containers under their monitor,
//! exec, logs, stop/kill/restart/rm, ps after faults, concurrency, names and id prefixes.

mod common;

use common::lifecycle::{inspect, name, rm_f, wait_until};

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

const BUSYBOX: &str = "busybox.docker.tar";

fn pid_alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| !s[s.rfind(')').unwrap() + 1..].trim_start().starts_with('Z'))
}

#[test]
fn detached_container_survives_and_is_listed() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "survive");
        rm_f(user, &n);
        let out = user
            .den(&[
                "run",
                "-d",
                "--name",
                &n,
                "busybox",
                "sh",
                "-c",
                "echo hello; echo err >&2; sleep 100",
            ])
            .run();
        let id = out.success("run -d").trim().to_string();
        assert_eq!(id.len(), 64, "run -d prints the full id: {id}");
        // The den that started it has exited; the container still runs.
        let ps = user.den(&["ps"]).run().success("ps");
        assert!(
            ps.lines().next().unwrap().starts_with("CONTAINER ID"),
            "{ps}"
        );
        let line = ps
            .lines()
            .find(|l| l.ends_with(&n))
            .unwrap_or_else(|| panic!("not listed: {ps}"));
        assert!(
            line.starts_with(&id[..12]) && line.contains("Up "),
            "{line}"
        );
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
        let ps = user
            .den(&["exec", &n, "ps", "-o", "pid,args"])
            .run()
            .success("exec ps");
        assert!(ps.contains("sleep 100"), "{ps}");
        assert!(ps.lines().any(|l| l.trim_start().starts_with("1 ")), "{ps}");
        let host = user
            .den(&["exec", &n, "hostname"])
            .run()
            .success("hostname");
        assert_eq!(host.trim(), inspect(user, &n, "{{.Config.Hostname}}"));
        user.den(&["exec", &n, "sh", "-c", "exit 7"])
            .run()
            .code_is(7);
        user.den(&["exec", &n, "nonexistent-cmd"])
            .run()
            .code_is(127);
        let env = user
            .den(&[
                "exec",
                "-e",
                "FOO=bar",
                &n,
                "sh",
                "-c",
                "echo $FOO $container",
            ])
            .run();
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
        user.den(&["exec", "-d", &n, "sh", "-c", "echo late > /tmp/d"])
            .run()
            .success("exec -d");
        wait_until("exec -d output", Duration::from_secs(5), || {
            user.den(&["exec", &n, "cat", "/tmp/d"]).run().stdout() == "late\n"
        });
        user.den(&["stop", "-t", "1", &n]).run().success("stop");
        // podman 4.3 exits 255 when it cannot make the exec session (measured; see
        // tests/differential_cli.rs "exec in a created container").
        user.den(&["exec", &n, "true"])
            .run()
            .code_is(255)
            .stderr_has("not running");
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
        let monitor: i32 = inspect(user, &n, "{{.State.ConmonPid}}").parse().unwrap();
        let t = Instant::now();
        let out = user.den(&["stop", "-t", "1", &n]).run();
        assert_eq!(out.success("stop").trim(), n);
        let took = t.elapsed();
        assert!(
            took >= Duration::from_millis(900) && took < Duration::from_secs(5),
            "{took:?}"
        );
        assert!(!pid_alive(pid));
        // No daemon: the monitor ends with its container.
        wait_until("the monitor to exit", Duration::from_secs(5), || {
            !pid_alive(monitor)
        });
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "exited");
        assert_eq!(inspect(user, &n, "{{.State.ExitCode}}"), "137");
        let ps = user
            .den(&["ps", "-a", "--filter", &format!("name={n}")])
            .run()
            .success("ps");
        assert!(ps.contains("Exited (137)"), "{ps}");
        // A program that handles SIGTERM stops at once.
        let n2 = name(user, "polite");
        start_detached(
            user,
            &n2,
            "trap 'exit 3' TERM; while true; do sleep 0.1; done",
        );
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
        start_detached(
            user,
            &n,
            "trap 'echo got-hup' HUP; echo started; while true; do sleep 0.1; done",
        );
        wait_until("start", Duration::from_secs(5), || {
            user.den(&["logs", &n]).run().stdout().contains("started")
        });
        user.den(&["kill", "-s", "HUP", &n])
            .run()
            .success("kill -s HUP");
        wait_until("the HUP handler", Duration::from_secs(5), || {
            user.den(&["logs", &n]).run().stdout().contains("got-hup")
        });
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "running");
        let pid1: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
        user.den(&["restart", "-t", "1", &n])
            .run()
            .success("restart");
        let pid2: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
        assert_ne!(pid1, pid2);
        assert!(!pid_alive(pid1) && pid_alive(pid2));
        wait_until("second start", Duration::from_secs(5), || {
            user.den(&["logs", &n])
                .run()
                .stdout()
                .matches("started")
                .count()
                == 2
        });
        user.den(&["kill", &n]).run().success("kill");
        let out = user.den(&["wait", &n]).run();
        assert_eq!(out.success("wait").trim(), "137");
        user.den(&["kill", &n])
            .run()
            .code_is(125)
            .stderr_has("running");
        user.den(&["kill", "-s", "NOPE", &n])
            .run()
            .code_is(125)
            .stderr_has("invalid signal");
        // start -a: output and exit code of a short program.
        let short = name(user, "short");
        rm_f(user, &short);
        user.den(&[
            "create",
            "--name",
            &short,
            "busybox",
            "sh",
            "-c",
            "echo once; exit 4",
        ])
        .run()
        .success("create");
        assert_eq!(inspect(user, &short, "{{.State.Status}}"), "created");
        let ps = user
            .den(&["ps", "-a", "--filter", "status=created"])
            .run()
            .success("ps");
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
        start_detached(
            user,
            &n,
            "i=0; while true; do echo line$i; i=$((i+1)); sleep 0.2; done",
        );
        let mut child = user
            .den(&["logs", "-f", "--tail", "1", &n])
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first: Vec<String> = (0..4).map(|_| lines.next().unwrap().unwrap()).collect();
        let nums: Vec<u32> = first
            .iter()
            .map(|l| l.trim_start_matches("line").parse().unwrap())
            .collect();
        assert!(nums.windows(2).all(|w| w[1] == w[0] + 1), "{first:?}");
        let _ = child.kill();
        let _ = child.wait();
        // --since in the future shows nothing; --tail 2 shows two lines.
        let tail = user
            .den(&["logs", "--tail", "2", &n])
            .run()
            .success("logs --tail");
        assert_eq!(tail.lines().count(), 2);
        let since = user
            .den(&["logs", "--since", "2099-01-01T00:00:00Z", &n])
            .run()
            .success("since");
        assert!(since.is_empty());
        // A follower ends when the container does.
        let follower = user
            .den(&["logs", "-f", &n])
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let mut follower = follower.unwrap();
        user.den(&["stop", "-t", "1", &n]).run().success("stop");
        wait_until("the follower to end", Duration::from_secs(5), || {
            follower.try_wait().unwrap().is_some()
        });
        rm_f(user, &n);
    });
}

#[test]
fn ps_tells_the_truth_after_kill_9() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        // The container's init killed: the monitor records 137.
        let a = name(user, "kill9-init");
        start_detached(user, &a, "sleep 100");
        let pid: i32 = inspect(user, &a, "{{.State.Pid}}").parse().unwrap();
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        wait_until("the exit to be recorded", Duration::from_secs(5), || {
            inspect(user, &a, "{{.State.Status}}") == "exited"
        });
        assert_eq!(inspect(user, &a, "{{.State.ExitCode}}"), "137");
        // The monitor killed: the container dies with it, and ps says so.
        let b = name(user, "kill9-monitor");
        start_detached(user, &b, "sleep 100");
        let pid: i32 = inspect(user, &b, "{{.State.Pid}}").parse().unwrap();
        let monitor: i32 = inspect(user, &b, "{{.State.ConmonPid}}").parse().unwrap();
        assert!(monitor > 0 && pid_alive(monitor));
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(monitor),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        wait_until("the container to die", Duration::from_secs(5), || {
            !pid_alive(pid)
        });
        let ps = user.den(&["ps"]).run().success("ps");
        assert!(!ps.contains(&b), "a dead container listed as running: {ps}");
        let all = user
            .den(&["ps", "-a", "--filter", &format!("name={b}")])
            .run()
            .success("ps -a");
        assert!(all.contains("Exited (137)"), "{all}");
        for n in [&a, &b] {
            user.den(&["rm", n])
                .run()
                .success("rm of an exited container");
        }
    });
}

#[test]
fn records_from_another_boot_are_stale() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "reboot");
        rm_f(user, &n);
        let id = user
            .den(&["create", "--name", &n, "busybox", "true"])
            .run()
            .success("create")
            .trim()
            .to_string();
        // Forge what a record left by a previous boot looks like: running, with a live pid
        // (this test's own) but another boot id.
        let path = user
            .home
            .join(".local/share/den/containers")
            .join(&id)
            .join("container.json");
        let text = std::fs::read_to_string(&path).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let me = std::process::id();
        let stat = std::fs::read_to_string(format!("/proc/{me}/stat")).unwrap();
        let start: u64 = stat[stat.rfind(')').unwrap() + 1..]
            .split_whitespace()
            .nth(19)
            .unwrap()
            .parse()
            .unwrap();
        v["state"] = "running".into();
        v["pid"] = me.into();
        v["pid_start"] = start.into();
        v["boot_id"] = "00000000-0000-0000-0000-000000000000".into();
        std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
        let ps = user.den(&["ps"]).run().success("ps");
        assert!(!ps.contains(&n), "{ps}");
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "exited");
        // rm must not signal the unrelated process.
        user.den(&["rm", "-f", &n]).run().success("rm -f");
        assert!(pid_alive(i32::try_from(me).unwrap()));
    });
}

#[test]
fn names_are_unique_and_id_prefixes_work() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "unique");
        rm_f(user, &n);
        let id = user
            .den(&["create", "--name", &n, "busybox", "true"])
            .run()
            .success("create")
            .trim()
            .to_string();
        user.den(&["create", "--name", &n, "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("already in use");
        user.den(&["run", "-d", "--name", &n, "busybox", "true"])
            .run()
            .code_is(125);
        assert_eq!(inspect(user, &id[..5], "{{.Name}}"), n);
        user.den(&["logs", "no-such-container"])
            .run()
            .code_is(125)
            .stderr_has("no container");
        let renamed = format!("{n}-2");
        rm_f(user, &renamed);
        user.den(&["rename", &id[..12], &renamed])
            .run()
            .success("rename");
        assert_eq!(inspect(user, &id, "{{.Name}}"), renamed);
        let other = user
            .den(&["create", "busybox", "true"])
            .run()
            .success("create")
            .trim()
            .to_string();
        user.den(&["rename", &other, &renamed])
            .run()
            .code_is(125)
            .stderr_has("already in use");
        let q = user
            .den(&["ps", "-a", "-q", "--filter", &format!("id={}", &id[..10])])
            .run()
            .success("ps -q");
        assert_eq!(q.trim(), &id[..12]);
        let full = user
            .den(&[
                "ps",
                "-a",
                "-q",
                "--no-trunc",
                "--filter",
                &format!("name={renamed}"),
            ])
            .run()
            .success("ps");
        assert_eq!(full.trim(), id);
        let json = user
            .den(&[
                "ps",
                "-a",
                "--format",
                "json",
                "--filter",
                &format!("id={id}"),
            ])
            .run()
            .success("ps json");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v[0]["Id"], id.as_str());
        assert_eq!(v[0]["State"], "created");
        user.den(&["rm", "nope-nope"]).run().code_is(1);
        user.den(&["rm", &id, &other]).run().success("rm two");
    });
}

#[test]
fn rm_f_leaves_no_process_and_no_mount() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "rmf");
        let id = start_detached(user, &n, "sleep 100 & sleep 100");
        let pid: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
        let monitor: i32 = inspect(user, &n, "{{.State.ConmonPid}}").parse().unwrap();
        user.den(&["rm", &n]).run().code_is(2).stderr_has("running");
        let out = user.den(&["rm", "-f", &n]).run();
        assert_eq!(out.success("rm -f").trim(), n);
        assert!(!pid_alive(pid) && !pid_alive(monitor));
        let mounts = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
        assert!(
            !mounts.contains(&id),
            "a mount of the container stays: {mounts}"
        );
        assert!(
            !user
                .home
                .join(".local/share/den/containers")
                .join(&id)
                .exists()
        );
        // --rm with -d: the container removes itself when it exits.
        let r = name(user, "autorm");
        rm_f(user, &r);
        let id = user
            .den(&["run", "-d", "--rm", "--name", &r, "busybox", "sleep", "0.3"])
            .run()
            .success("run -d --rm")
            .trim()
            .to_string();
        wait_until("--rm removal", Duration::from_secs(10), || {
            !user
                .home
                .join(".local/share/den/containers")
                .join(&id)
                .exists()
        });
        // Files owned by a subordinate id are removed too.
        if user.subids {
            let o = name(user, "owned");
            start_detached(
                user,
                &o,
                "mkdir /data && chown 1000:1000 /data && touch /data/f && chown 1000 /data/f; sleep 100",
            );
            wait_until("the files", Duration::from_secs(5), || {
                user.den(&["exec", &o, "ls", "/data/f"]).run().code() == 0
            });
            user.den(&["rm", "-f", &o])
                .run()
                .success("rm -f with subordinate-owned files");
        }
    });
}

#[test]
fn twenty_containers_at_once() {
    for_each_user!(|user| {
        // A store of its own: `container prune` must not take other tests' containers.
        let root = user.home.join("store-many");
        let root = root.to_str().unwrap();
        let fixture = common::fixtures().unwrap().join(BUSYBOX);
        user.den(&["--root", root, "load", "-i", fixture.to_str().unwrap()])
            .run()
            .success("load");
        let den = |args: &[&str]| {
            let mut all = vec!["--root", root];
            all.extend_from_slice(args);
            user.den(&all).run()
        };
        let prefix = name(user, "many");
        let names: Vec<String> = (0..20).map(|i| format!("{prefix}-{i}")).collect();
        std::thread::scope(|s| {
            for n in &names {
                s.spawn(move || {
                    den(&["run", "-d", "--name", n, "busybox", "sleep", "100"]).success("run -d");
                });
            }
        });
        let ps = den(&["ps", "--filter", &format!("name={prefix}-")]).success("ps");
        assert_eq!(ps.lines().count(), 21, "{ps}");
        std::thread::scope(|s| {
            for (i, n) in names.iter().enumerate() {
                s.spawn(move || {
                    if i % 2 == 0 {
                        den(&["rm", "-f", n]).success("rm -f");
                    } else {
                        den(&["stop", "-t", "0", n]).success("stop");
                    }
                });
            }
        });
        let ps = den(&["ps", "--filter", &format!("name={prefix}-")]).success("ps");
        assert_eq!(ps.lines().count(), 1, "{ps}");
        let all = den(&["ps", "-a", "--filter", &format!("name={prefix}-")]).success("ps -a");
        assert_eq!(all.lines().count(), 11, "{all}");
        // -t 0: SIGTERM (143) or the SIGKILL right after it (137) ends them.
        assert!(
            all.lines()
                .skip(1)
                .all(|l| l.contains("Exited (137)") || l.contains("Exited (143)")),
            "{all}"
        );
        den(&["container", "prune", "-f"]).success("prune");
        let all = den(&["ps", "-a", "--filter", &format!("name={prefix}-")]).success("ps -a");
        assert_eq!(all.lines().count(), 1, "{all}");
        for n in &names {
            let out = den(&["rm", n]);
            assert_eq!(out.code(), 1, "{}", out.stderr());
        }
    });
}

#[test]
fn top_lists_the_containers_processes() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "top");
        start_detached(user, &n, "sleep 123");
        let out = user.den(&["top", &n]).run().success("top");
        assert!(out.starts_with("USER"), "{out}");
        assert!(out.contains("sleep 123"), "{out}");
        assert!(
            out.lines()
                .skip(1)
                .any(|l| l.split_whitespace().nth(1) == Some("1")),
            "{out}"
        );
        rm_f(user, &n);
        user.den(&["top", &n]).run().code_is(125);
    });
}

#[test]
fn ps_ns_shows_the_containers_own_namespaces() {
    use std::os::unix::fs::MetadataExt;
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "psns");
        start_detached(user, &n, "sleep 124");
        let line = user
            .den(&[
                "ps",
                "--ns",
                "--filter",
                &format!("name={n}"),
                "--format",
                "{{.Pid}} {{.Namespaces.PIDNS}} {{.Namespaces.MNT}} {{.Namespaces.User}}",
            ])
            .run()
            .success("ps --ns");
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(fields.len(), 4, "{line}");
        let ino = |pid: &str, ns: &str| {
            std::fs::metadata(format!("/proc/{pid}/ns/{ns}"))
                .unwrap()
                .ino()
                .to_string()
        };
        // The numbers are the container's, not den's or the host's.
        assert_eq!(fields[1], ino(fields[0], "pid"), "{line}");
        assert_eq!(fields[2], ino(fields[0], "mnt"), "{line}");
        assert_eq!(fields[3], ino(fields[0], "user"), "{line}");
        assert_ne!(fields[1], ino("self", "pid"), "{line}");
        assert_ne!(fields[3], ino("self", "user"), "{line}");
        rm_f(user, &n);
    });
}

#[test]
fn ps_watch_prints_again_until_interrupted() {
    for_each_user!(|user| {
        let den = common::den_binary();
        let out = user
            .command(
                "timeout",
                &["2.5", den.to_str().unwrap(), "ps", "-w", "1"],
                true,
            )
            .output()
            .unwrap();
        // timeout(1) ends it: 124. Each round clears the screen and prints the header.
        assert_eq!(out.status.code(), Some(124), "{out:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.matches("\x1b[H\x1b[2J").count() >= 2, "{text:?}");
        assert!(text.matches("CONTAINER ID").count() >= 2, "{text:?}");
    });
}

#[test]
fn inspect_size_counts_what_the_container_wrote() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "insz");
        rm_f(user, &n);
        let script = "head -c 100000 /dev/zero > /big";
        user.den(&["run", "--name", &n, "busybox", "sh", "-c", script])
            .run()
            .success("run");
        for cmd in [
            &["container", "inspect", "-s"][..],
            &["inspect", "--size"][..],
        ] {
            let mut args = cmd.to_vec();
            args.extend(["--format", "{{.SizeRw}} {{.SizeRootFs}}", &n]);
            let out = user.den(&args).run().success("inspect --size");
            let sizes: Vec<u64> = out.split_whitespace().map(|v| v.parse().unwrap()).collect();
            assert!((100_000..150_000).contains(&sizes[0]), "{out}");
            assert!(sizes[1] > sizes[0] + 500_000, "the image counts too: {out}");
        }
        // Without --size the fields are not there, as podman's JSON.
        let json = user.den(&["inspect", &n]).run().success("inspect");
        assert!(!json.contains("SizeRw"), "{json}");
        let sized = user.den(&["inspect", "-s", &n]).run().success("inspect -s");
        let keys: Vec<&str> = sized.lines().map(str::trim).collect();
        let at = |k: &str| keys.iter().position(|l| l.starts_with(k)).unwrap();
        assert!(at("\"SizeRootFs\"") + 1 == at("\"Mounts\""), "{sized}");
        rm_f(user, &n);
    });
}

#[test]
fn exec_t_gives_a_terminal() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        require!(
            std::process::Command::new("tmux")
                .arg("-V")
                .output()
                .is_ok(),
            "tmux is not installed: run tests/setup/root.sh"
        );
        let n = name(user, "exec-tty");
        start_detached(user, &n, "sleep 100");
        let session = format!("den-exec-{}-{}", std::process::id(), user.subids);
        let den = common::den_binary();
        let inner = user.command(den.to_str().unwrap(), &["exec", "-it", &n, "sh"], true);
        let line = format!("{inner:?}").replace('"', "");
        let start = format!("TERM=xterm {line}; echo den-exited-$?; sleep 5");
        let term = common::Tmux::start(&session, &start);
        let tmux = common::Tmux::run;
        let screen = |want: &str| term.screen_with(want);
        let text = screen("/ #");
        assert!(text.contains("/ #"), "no prompt: {text}");
        tmux(&["send-keys", "-t", &session, "tty; stty size", "Enter"]);
        let text = screen("30 100");
        assert!(
            text.contains("30 100") && text.contains("/dev/pts/"),
            "{text}"
        );
        tmux(&["send-keys", "-t", &session, "sleep 30", "Enter"]);
        std::thread::sleep(Duration::from_millis(300));
        tmux(&["send-keys", "-t", &session, "C-c"]);
        tmux(&["send-keys", "-t", &session, "exit 6", "Enter"]);
        let text = screen("den-exited-6");
        tmux(&["kill-session", "-t", &session]);
        assert!(
            text.contains("den-exited-6"),
            "Ctrl-C or exit status lost: {text}"
        );
        rm_f(user, &n);
    });
}

#[test]
fn run_d_reports_setup_errors_with_podmans_codes() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "badcmd");
        rm_f(user, &n);
        let out = user
            .den(&["run", "-d", "--name", &n, "busybox", "no-such-program"])
            .run();
        out.code_is(127).stderr_has("no-such-program");
        assert!(
            out.stdout().is_empty(),
            "no id for a container that did not start"
        );
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "exited");
        assert_eq!(inspect(user, &n, "{{.State.ExitCode}}"), "127");
        let n2 = name(user, "notexec");
        rm_f(user, &n2);
        user.den(&["run", "-d", "--name", &n2, "busybox", "/etc/passwd"])
            .run()
            .code_is(126);
        user.den(&["run", "-d", "--rm", "busybox", "no-such-program"])
            .run()
            .code_is(127);
        user.den(&["run", "-d", "--pull=never", "no-such-image", "true"])
            .run()
            .code_is(125);
        rm_f(user, &n);
        rm_f(user, &n2);
    });
}

#[test]
fn attach_follows_output_and_returns_the_status() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "attach");
        start_detached(user, &n, "sleep 1; echo attached-line; exit 9");
        let out = user.den(&["attach", &n]).run();
        assert_eq!(out.code(), 9, "{}", out.stderr());
        assert_eq!(out.stdout(), "attached-line\n");
        user.den(&["attach", &n])
            .run()
            .code_is(125)
            .stderr_has("running");
        rm_f(user, &n);
    });
}

#[test]
fn one_name_one_container_under_races() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "race");
        rm_f(user, &n);
        let codes: Vec<i32> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..6)
                .map(|_| {
                    let n = &n;
                    s.spawn(move || {
                        user.den(&["run", "-d", "--name", n, "busybox", "sleep", "100"])
                            .run()
                            .code()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 1, "{codes:?}");
        assert!(codes.iter().all(|&c| c == 0 || c == 125), "{codes:?}");
        let q = user
            .den(&["ps", "-q", "--filter", &format!("name={n}")])
            .run()
            .success("ps");
        assert_eq!(q.lines().count(), 1, "{q}");
        rm_f(user, &n);
    });
}

#[test]
fn run_d_keeps_no_descriptor_of_its_caller() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "fds");
        rm_f(user, &n);
        // The shell's fd 3 is a pipe to us: `run -d` must return, and the pipe must close,
        // while the container runs on.
        let den = common::den_binary();
        let script = format!(
            "{} run -d --name {n} busybox sleep 20 3>&1 >/dev/null",
            den.display()
        );
        let mut cmd = user.command("sh", &["-c", &script], true);
        let t = Instant::now();
        let out = cmd.stdin(Stdio::null()).output().unwrap();
        assert!(out.status.success(), "{out:?}");
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the caller's pipe was held open"
        );
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "running");
        rm_f(user, &n);
    });
}

#[test]
fn start_ai_runs_a_created_container_in_the_foreground() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "startai");
        rm_f(user, &n);
        user.den(&["create", "--name", &n, "busybox", "sh", "-c", "cat; exit 3"])
            .run()
            .success("create");
        let out = user
            .den(&["start", "-ai", &n])
            .stdin(b"through stdin\n")
            .run();
        assert_eq!(out.code(), 3, "{}", out.stderr());
        assert_eq!(out.stdout(), "through stdin\n");
        assert_eq!(inspect(user, &n, "{{.State.ExitCode}}"), "3");
        // Without -i the program reads nothing, as podman.
        let out = user.den(&["start", "-a", &n]).stdin(b"ignored\n").run();
        assert_eq!((out.code(), out.stdout().as_str()), (3, ""));
        rm_f(user, &n);
    });
}

#[test]
fn stop_and_rm_f_of_an_rm_container() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let verbs: [&[&str]; 2] = [&["stop", "-t", "1"], &["rm", "-f"]];
        for (i, verb) in verbs.iter().enumerate() {
            let n = format!("{}-{i}", name(user, "autorm-stop"));
            rm_f(user, &n);
            let id = user
                .den(&["run", "-d", "--rm", "--name", &n, "busybox", "sleep", "100"])
                .run()
                .success("run -d --rm")
                .trim()
                .to_string();
            let mut args = verb.to_vec();
            args.push(&n);
            let out = user.den(&args).run();
            assert_eq!(out.success(verb[0]).trim(), n);
            wait_until("removal", Duration::from_secs(5), || {
                !user
                    .home
                    .join(".local/share/den/containers")
                    .join(&id)
                    .exists()
            });
        }
    });
}

#[test]
fn system_prune_removes_stopped_containers_dangling_images_and_unused_volumes() {
    for_each_user!(|user| {
        // A store of its own: prune must not take other tests' containers and images.
        let root = user.home.join("store-prune");
        let root = root.to_str().unwrap();
        let den = |args: &[&str]| {
            let mut all = vec!["--root", root];
            all.extend_from_slice(args);
            user.den(&all).run()
        };
        let fixtures = common::fixtures().unwrap();
        den(&["load", "-i", fixtures.join(BUSYBOX).to_str().unwrap()]).success("load");
        // A nameless (dangling) image.
        let dangling = den(&[
            "import",
            fixtures.join("busybox-rootfs.tar").to_str().unwrap(),
        ])
        .success("import")
        .trim()
        .to_string();
        let stopped = name(user, "prune-stopped");
        den(&[
            "run",
            "--name",
            &stopped,
            "-v",
            "unusedvol:/v",
            "busybox",
            "sh",
            "-c",
            "echo x > /v/f",
        ])
        .success("run leaving a stopped container");
        let running = name(user, "prune-running");
        den(&[
            "run",
            "-d",
            "--name",
            &running,
            "-v",
            "usedvol:/v",
            "busybox",
            "sleep",
            "100",
        ])
        .success("run -d");
        // unusedvol belongs to the stopped container, which the prune removes first.
        let out = den(&["system", "prune", "-f", "--volumes"]).success("system prune");
        assert!(out.contains("Deleted Containers"), "{out}");
        assert!(out.contains(&dangling), "dangling image not pruned: {out}");
        assert!(out.contains("unusedvol"), "unused volume not pruned: {out}");
        let deleted_volumes: Vec<&str> = out
            .lines()
            .skip_while(|l| *l != "Deleted Volumes")
            .skip(1)
            .take_while(|l| !l.starts_with("Total") && !l.starts_with("Deleted"))
            .collect();
        assert_eq!(deleted_volumes, ["unusedvol"], "{out}");
        assert!(out.contains("Total reclaimed space:"), "{out}");
        let all = den(&["ps", "-a", "--format", "json"]).success("ps -a");
        assert!(all.contains(&running) && !all.contains(&stopped), "{all}");
        let images = den(&["images", "-q", "--no-trunc"]).success("images");
        assert!(!images.contains(&dangling), "{images}");
        assert!(images.lines().count() >= 1, "named image kept: {images}");
        let volumes = user.home.join("store-prune/volumes");
        assert!(volumes.join("usedvol").exists(), "used volume removed");
        assert!(!volumes.join("unusedvol").exists(), "unused volume kept");
        den(&["rm", "-f", &running]).success("rm -f");
    });
}
