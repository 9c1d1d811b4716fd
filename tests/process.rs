//! The process side of a container, as the unprivileged users: `wait` on containers that
//! never ran, what the container's PID 1 (den's init) keeps and shows, and `stop`'s status.

mod common;

use std::process::Stdio;

const BUSYBOX: &str = "busybox.docker.tar";

/// A name unique to this test and user.
fn name(user: &common::User, what: &str) -> String {
    format!("{what}-{}", if user.subids { "sub" } else { "one" })
}

fn rm_f(user: &common::User, name: &str) {
    let _ = user.den(&["rm", "-f", name]).run();
}

/// Runs `den run --rm busybox sh -c SCRIPT` from a shell that opened `/etc/hostname` as fd 7
/// for den; returns the container's stdout.
fn run_with_fd_7(user: &common::User, script: &str) -> String {
    let line = format!(
        "exec {} run --rm busybox sh -c '{script}' 7</etc/hostname",
        common::den_binary().display()
    );
    let out = user
        .command("sh", &["-c", &line], true)
        .current_dir("/")
        .stdin(Stdio::null())
        .output()
        .expect("running den from sh");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn wait_on_created_container_does_not_hang() {
    // `wait` waited for the state "exited", which a container never started never reaches.
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "waitcreated");
        rm_f(user, &n);
        user.den(&["create", "--name", &n, "busybox", "true"])
            .run()
            .success("create");
        // As podman 4.3: a created container counts as stopped, with exit code 0.
        let out = user.den(&["wait", &n]).run();
        assert_eq!(out.success("wait").trim(), "0");
        rm_f(user, &n);
    });
}

#[test]
fn init_keeps_no_descriptor_den_inherited() {
    // The init (forked from den, never exec'd) kept every descriptor den had, so a host file
    // den's caller opened stayed open in PID 1 (the lesson of CVE-2024-21626).
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let out = run_with_fd_7(user, "echo $(ls /proc/1/fd); echo $(ls /proc/$$/fd)");
        let mut lines = out.lines();
        // 0-2: the container's stdio; 3: the init's signalfd, opened after the others closed.
        assert_eq!(lines.next(), Some("0 1 2 3"), "PID 1's descriptors: {out}");
        let program: Vec<&str> = lines.next().unwrap_or("").split(' ').collect();
        assert!(!program.contains(&"7"), "the program's descriptors: {out}");
    });
}

#[test]
fn pid1_shows_no_host_path() {
    // PID 1 was a fork of den: `ps` in the container showed den's host command line, with
    // the path to den's binary.
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let out = run_with_fd_7(
            user,
            "tr \"\\0\" \"|\" </proc/1/cmdline; echo; cat /proc/1/comm; ps; \
             readlink /proc/1/exe; tr \"\\0\" \"\\n\" </proc/1/environ; true",
        );
        let mut lines = out.lines();
        // As podman's --init shows: `/run/podman-init -- PROGRAM ARGS`, comm podman-init.
        let cmdline = lines.next().unwrap_or_default();
        assert!(
            cmdline.starts_with("/run/podman-init -- sh -c ") && cmdline.ends_with('|'),
            "{out}"
        );
        assert_eq!(lines.next(), Some("podman-init"), "{out}");
        let bin = common::den_binary();
        let dir = bin.parent().unwrap().display().to_string();
        assert!(!out.contains(&dir), "a host path is visible: {out}");
        assert!(
            !out.contains("HOME="),
            "den's environment is visible: {out}"
        );
    });
}

#[test]
fn stop_of_program_ignoring_sigterm_gives_137() {
    // stop's SIGTERM reached a program without a handler for it, which died of it (143);
    // under podman the program is PID 1, the kernel drops SIGTERM, and stop kills (137).
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "nohandler");
        rm_f(user, &n);
        user.den(&["run", "-d", "--name", &n, "busybox", "sleep", "100"])
            .run()
            .success("run -d");
        let t = std::time::Instant::now();
        assert_eq!(
            user.den(&["stop", "-t", "1", &n])
                .run()
                .success("stop")
                .trim(),
            n
        );
        assert!(t.elapsed() >= std::time::Duration::from_millis(900));
        let out = user.den(&["wait", &n]).run();
        assert_eq!(out.success("wait").trim(), "137");
        rm_f(user, &n);
    });
}

#[test]
fn one_id_notice_shows_once_per_store() {
    // The notice was printed by every run, pull, load...; its usermod range could overlap
    // another user's (it was always 100000-165535).
    for_each_user!(|user| {
        let store = user.fresh_dir("notice-once");
        let load = user
            .den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run();
        load.success("load");
        let run = user
            .den_in(&store, &["run", "--rm", "busybox", "true"])
            .run();
        run.success("run");
        if user.subids {
            assert!(!load.stderr().contains("notice"), "{}", load.stderr());
            continue;
        }
        assert!(load.stderr().contains("one-id mode"), "{}", load.stderr());
        assert!(!run.stderr().contains("one-id mode"), "{}", run.stderr());
        // The proposed range starts after every range already given out.
        let taken = ["/etc/subuid", "/etc/subgid"]
            .iter()
            .flat_map(|f| {
                std::fs::read_to_string(f)
                    .unwrap_or_default()
                    .lines()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter_map(|l| {
                let mut p = l.split(':').skip(1).map(|n| n.trim().parse::<u64>());
                Some(p.next()?.ok()? + p.next()?.ok()?)
            })
            .max()
            .unwrap_or(0);
        let want = format!("--add-subuids {}-", taken.max(100_000));
        assert!(load.stderr().contains(&want), "{want}: {}", load.stderr());
    });
}

/// RssFile of process `pid` (kB): the pages of files (den's binary, its libraries) it maps.
fn resident_file_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("RssFile:"))?;
    line.trim().trim_end_matches("kB").trim().parse().ok()
}

/// The first child of `pid` whose command is `comm`.
fn child_named(pid: u32, comm: &str) -> Option<u32> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).ok()?;
    tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("children")).ok())
        .flat_map(|c| {
            c.split_whitespace()
                .filter_map(|p| p.parse::<u32>().ok())
                .collect::<Vec<_>>()
        })
        .find(|c| {
            std::fs::read_to_string(format!("/proc/{c}/comm")).is_ok_and(|n| n.trim() == comm)
        })
}

#[test]
fn processes_beside_a_running_container_give_back_their_setup_pages() {
    // den's waiting side, the init and the monitor kept every page of den's binary that
    // setting the container up had touched, for the container's whole life (issue 15). Once
    // it has run a second they drop them, and still forward signals and exit codes.
    use std::time::{Duration, Instant};
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let script = "trap 'echo term; exit 7' TERM; echo up; i=0; \
                      while [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done";
        let mut args = "run --rm --network none busybox sh -c"
            .split(' ')
            .collect::<Vec<_>>();
        args.push(script);
        let mut child = user
            .den(&args)
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting den");
        // den's comm: its file name, cut to the kernel's 15 bytes.
        let bin = common::den_binary();
        let comm: String = bin
            .file_name()
            .unwrap()
            .to_string_lossy()
            .chars()
            .take(15)
            .collect();
        // The highest RssFile seen from den's start (set-up) and the last one, 2.5 s in.
        let (mut den, mut init) = (None, None);
        let (mut den_peak, mut init_peak) = (0, 0);
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(2500) {
            den = den.or_else(|| child_named(child.id(), &comm));
            if let Some(d) = den {
                init = init.or_else(|| child_named(d, "podman-init"));
                den_peak = den_peak.max(resident_file_kb(d).unwrap_or(0));
            }
            if let Some(i) = init {
                init_peak = init_peak.max(resident_file_kb(i).unwrap_or(0));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let (Some(den), Some(init)) = (den, init) else {
            let _ = child.kill();
            panic!(
                "den ({den:?}) or its init ({init:?}) not found: {:?}",
                child.wait_with_output()
            );
        };
        let den_now = resident_file_kb(den).expect("den's status");
        let init_now = resident_file_kb(init).expect("the init's status");
        // What a signal wakes after the release still works: den passes SIGTERM to the init,
        // the init to the program, and den exits with the program's code.
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(den as i32),
            nix::sys::signal::Signal::SIGTERM,
        )
        .expect("signalling den");
        let out = child.wait_with_output().expect("waiting for den");
        assert_eq!(out.status.code(), Some(7), "{out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "up\nterm\n");
        assert!(
            den_now * 2 < den_peak,
            "den's waiting side kept {den_now} kB of file pages (peak {den_peak} kB)"
        );
        assert!(
            init_now * 2 < init_peak,
            "the init kept {init_now} kB of file pages (peak {init_peak} kB)"
        );

        // Detached: the monitor, measured against the attached den's set-up.
        let n = name(user, "settle");
        rm_f(user, &n);
        let run = format!("run -d --name {n} --network none busybox sleep 100");
        user.den(&run.split(' ').collect::<Vec<_>>())
            .run()
            .success("run -d");
        let pid = common::lifecycle::inspect(user, &n, "{{.State.Pid}}");
        let pid: u32 = pid.parse().expect("the init's pid");
        std::thread::sleep(Duration::from_millis(2500));
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("init's stat");
        let after_name = &stat[stat.rfind(')').expect("stat") + 2..];
        let monitor: u32 = after_name
            .split(' ')
            .nth(1)
            .and_then(|p| p.parse().ok())
            .expect("ppid");
        let monitor_now = resident_file_kb(monitor).expect("the monitor's status");
        assert!(
            monitor_now * 2 < den_peak,
            "the monitor kept {monitor_now} kB of file pages (den's set-up: {den_peak} kB)"
        );
        let exec = user.den(&["exec", &n, "echo", "ok"]).run();
        assert_eq!(exec.success("exec").trim(), "ok");
        user.den(&["stop", "-t", "0", &n]).run().success("stop");
        let out = user.den(&["wait", &n]).run();
        assert_eq!(out.success("wait").trim(), "137");
        rm_f(user, &n);
    });
}
