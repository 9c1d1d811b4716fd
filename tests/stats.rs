//! `den stats`, `pause`/`unpause` and the resource flags, as the unprivileged users. These
//! machines have cgroup v1 only: stats and pause take the /proc path here (the cgroup v2
//! path is unit-tested against a fake tree in src/cgroup), and limits are ignored with
//! podman's warning.

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

fn wait_until(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The container's processes as the host sees them: their state letters.
fn process_states(user: &common::User, ctr: &str) -> Vec<char> {
    let init: i32 = inspect(user, ctr, "{{.State.Pid}}").parse().unwrap();
    let ns = std::fs::read_link(format!("/proc/{init}/ns/pid")).unwrap();
    let mut states = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        if std::fs::read_link(format!("/proc/{pid}/ns/pid")).ok() != Some(ns.clone()) {
            continue;
        }
        if let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            let rest = &stat[stat.rfind(')').unwrap() + 1..];
            states.push(rest.trim_start().chars().next().unwrap());
        }
    }
    states
}

#[test]
fn stats_no_stream_json_shows_the_pids_and_memory_of_a_running_sleep() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "stats");
        rm_f(user, &n);
        // Two sleeps under a shell: init, sh and two sleeps, so four processes.
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "busybox",
            "sh",
            "-c",
            "sleep 300 & sleep 300; wait",
        ])
        .run()
        .success("run -d");
        wait_until("both sleeps", Duration::from_secs(10), || {
            process_states(user, &n).len() == 4
        });
        let out = user
            .den(&["stats", "--no-stream", "--format", "json", &n])
            .run();
        let text = out.success("stats");
        let v: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        let row = &v.as_array().expect("a list")[0];
        assert_eq!(row["name"], n.as_str(), "{row}");
        let id = inspect(user, &n, "{{.Id}}");
        assert_eq!(row["id"], &id[..12], "{row}");
        assert_eq!(row["pids"], "4", "init, sh and two sleeps: {row}");
        let mem = row["mem_usage"].as_str().unwrap();
        let used = mem.split(" / ").next().unwrap();
        assert!(
            used != "0B" && !used.starts_with('0'),
            "memory in use: {row}"
        );
        assert!(row["cpu_percent"].as_str().unwrap().ends_with('%'), "{row}");
        // The table has podman's columns; a template picks fields.
        let table = user
            .den(&["stats", "--no-stream", &n])
            .run()
            .success("stats");
        let header = table.lines().next().unwrap();
        for col in [
            "ID",
            "NAME",
            "CPU %",
            "MEM USAGE / LIMIT",
            "MEM %",
            "NET IO",
            "BLOCK IO",
            "PIDS",
            "CPU TIME",
            "AVG CPU %",
        ] {
            assert!(header.contains(col), "{col} in {header}");
        }
        let t = user
            .den(&[
                "stats",
                "--no-stream",
                "--format",
                "{{.Name}} {{.PIDs}}",
                &n,
            ])
            .run()
            .success("stats --format");
        assert_eq!(t.trim(), format!("{n} 4"));
        // Every running container is listed without names; a stopped one is refused by name.
        let all = user
            .den(&["stats", "--no-stream", "--format", "{{.Name}}"])
            .run()
            .success("stats");
        assert!(all.lines().any(|l| l == n), "{all}");
        user.den(&["rm", "-f", &n]).run().success("rm -f");
        user.den(&["stats", "--no-stream", &n]).run().code_is(125);
    });
}

#[test]
fn pause_stops_every_process_and_unpause_continues_them() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "pause");
        rm_f(user, &n);
        user.den(&[
            "run",
            "-d",
            "--name",
            &n,
            "busybox",
            "sh",
            "-c",
            "sleep 300 & sleep 300; wait",
        ])
        .run()
        .success("run -d");
        wait_until("both sleeps", Duration::from_secs(10), || {
            process_states(user, &n).len() == 4
        });
        user.den(&["pause", &n]).run().success("pause");
        let states = process_states(user, &n);
        assert!(
            states.iter().all(|s| *s == 'T'),
            "every process stopped: {states:?}"
        );
        assert_eq!(
            inspect(user, &n, "{{.State.Status}} {{.State.Paused}}"),
            "paused true"
        );
        let ps = user
            .den(&["ps", "--format", "{{.Names}} {{.Status}}"])
            .run()
            .success("ps");
        assert!(ps.lines().any(|l| l == format!("{n} Paused")), "{ps}");
        // Pausing twice is podman's "state improper".
        user.den(&["pause", &n])
            .run()
            .code_is(125)
            .stderr_has("container state improper");
        user.den(&["unpause", &n]).run().success("unpause");
        let states = process_states(user, &n);
        assert!(states.iter().all(|s| *s != 'T'), "none stopped: {states:?}");
        assert_eq!(inspect(user, &n, "{{.State.Status}}"), "running");
        user.den(&["unpause", &n]).run().code_is(125);
        // --all pauses the running ones; a paused container is not stopped (podman's
        // refusal) but is removed by rm -f.
        user.den(&["pause", "--all"]).run().success("pause --all");
        assert_eq!(inspect(user, &n, "{{.State.Paused}}"), "true");
        user.den(&["stop", "-t", "1", &n])
            .run()
            .code_is(125)
            .stderr_has("is in state paused: container state improper");
        user.den(&["rm", "-f", &n]).run().success("rm -f paused");
        user.den(&["container", "exists", &n]).run().code_is(1);
    });
}

#[test]
fn resource_flags_warn_on_cgroup_v1_and_the_container_runs() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let v1 = !std::fs::read_to_string("/proc/self/mounts")
            .unwrap()
            .lines()
            .any(|l| {
                l.split_whitespace().nth(1) == Some("/sys/fs/cgroup") && l.contains(" cgroup2 ")
            });
        require!(
            v1,
            "this host has cgroup v2: the v1 warning cannot be checked here"
        );
        let out = user
            .den(&[
                "run",
                "--rm",
                "-m",
                "64m",
                "--cpus",
                "0.5",
                "--pids-limit",
                "10",
                "busybox",
                "echo",
                "ran",
            ])
            .run();
        assert_eq!(out.success("run with limits").trim(), "ran");
        out.stderr_has(
            "Resource limits are not supported and ignored on cgroups V1 rootless systems",
        );
        let n = name(user, "limits");
        rm_f(user, &n);
        user.den(&[
            "create",
            "--name",
            &n,
            "--memory",
            "1g",
            "--cpu-shares",
            "512",
            "busybox",
            "true",
        ])
        .run()
        .success("create");
        // As podman on v1: the ignored limits are not recorded.
        assert_eq!(
            inspect(user, &n, "{{.HostConfig.Memory}} {{.HostConfig.CpuShares}}"),
            "0 0"
        );
        rm_f(user, &n);
        // Bad values are refused before anything runs, with podman's words.
        user.den(&["run", "--rm", "--memory", "abc", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("invalid value for memory: invalid size: 'abc'");
        user.den(&[
            "run",
            "--rm",
            "--cpus",
            "1",
            "--cpu-quota",
            "1000",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("--cpu-quota and --cpus cannot be set together");
        user.den(&["run", "--rm", "--cgroups", "bogus", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("invalid cgroup mode \"bogus\"");
        // No limit, no warning.
        let quiet = user
            .den(&["run", "--rm", "--cgroups", "disabled", "busybox", "true"])
            .run();
        quiet.success("run --cgroups disabled");
        assert!(
            !quiet.stderr().contains("Resource limits"),
            "{}",
            quiet.stderr()
        );
    });
}
