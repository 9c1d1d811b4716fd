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
