//! Namespaces, privileges, devices and process limits, as the unprivileged users: joining a
//! running container's IPC, PID, UTS and network namespaces (through its user namespace),
//! the host's, `--privileged`, `--device`, `--sysctl`, `--ulimit`, `--umask`.

mod common;

use std::os::unix::fs::MetadataExt;

const BUSYBOX: &str = "busybox.docker.tar";

fn name(user: &common::User, what: &str) -> String {
    format!("{what}-{}", if user.subids { "sub" } else { "one" })
}

fn rm_f(user: &common::User, name: &str) {
    let _ = user.den(&["rm", "-f", "-t", "0", name]).run();
}

/// `den run --rm ARGS busybox sh -c SCRIPT`, its stdout.
fn sh(user: &common::User, args: &[&str], script: &str) -> String {
    let mut all: Vec<&str> = vec!["run", "--rm"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["busybox", "sh", "-c", script]);
    user.den(&all).run().success(script)
}

/// The namespace links of the shell, one `kind:[inode]` per line, sorted.
const NS_LINKS: &str =
    "for n in ipc mnt net pid user uts; do echo $n $(readlink /proc/self/ns/$n); done";

fn links(text: &str) -> std::collections::HashMap<String, String> {
    text.lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn joining_a_running_container_shares_its_namespaces() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let x = name(user, "nsjoin");
        rm_f(user, &x);
        user.den(&[
            "run",
            "-d",
            "--name",
            &x,
            "--sysctl",
            "kernel.shmmax=123456",
            "-h",
            "xhost",
            "busybox",
            "sh",
            "-c",
            "echo theirs > /dev/shm/f; sleep 300",
        ])
        .run()
        .success("run -d");
        let theirs = links(
            &user
                .den(&["exec", &x, "sh", "-c", NS_LINKS])
                .run()
                .success("exec"),
        );
        let join = format!("container:{x}");
        let flags = [
            "--ipc",
            &join,
            "--pid",
            &join,
            "--uts",
            &join,
            "--network",
            &join,
        ];
        let out = sh(
            user,
            &flags,
            &format!(
                "{NS_LINKS}; hostname; ps -o comm; cat /proc/sys/kernel/shmmax; cat /dev/shm/f"
            ),
        );
        let ours = links(&out);
        for kind in ["ipc", "pid", "uts", "user", "net"] {
            assert_eq!(ours[kind], theirs[kind], "{kind} namespace shared: {out}");
        }
        assert_ne!(
            ours["mnt"], theirs["mnt"],
            "a mount namespace of its own: {out}"
        );
        assert!(out.lines().any(|l| l == "xhost"), "X's hostname: {out}");
        assert!(
            out.lines().any(|l| l.trim() == "sleep"),
            "ps sees X's processes: {out}"
        );
        assert!(
            out.lines().any(|l| l == "123456"),
            "X's IPC limits (set by its --sysctl): {out}"
        );
        assert!(out.lines().any(|l| l == "theirs"), "X's /dev/shm: {out}");
        // Without joins, every namespace is the container's own.
        let alone = links(&sh(user, &["--network", "none"], NS_LINKS));
        for kind in ["ipc", "pid", "uts", "user", "net", "mnt"] {
            assert_ne!(alone[kind], theirs[kind], "{kind}");
        }
        // --network ns:PATH: the network namespace at a path (here X's, a private one) and
        // the user namespace that owns it; --network container:X the same.
        let y = name(user, "nsnet");
        rm_f(user, &y);
        user.den(&[
            "run",
            "-d",
            "--name",
            &y,
            "--network",
            "none",
            "busybox",
            "sleep",
            "300",
        ])
        .run()
        .success("run -d --network none");
        let pid = user
            .den(&["inspect", "--format", "{{.State.Pid}}", &y])
            .run()
            .success("inspect");
        let net = |network: &str| sh(user, &["--network", network], "readlink /proc/self/ns/net");
        let y_net = user
            .den(&["exec", &y, "readlink", "/proc/self/ns/net"])
            .run()
            .success("exec");
        assert_eq!(net(&format!("ns:/proc/{}/ns/net", pid.trim())), y_net);
        assert_eq!(net(&format!("container:{y}")), y_net);
        assert_ne!(net("none"), y_net);
        rm_f(user, &y);
        // container:X takes X's resolv.conf and hosts (its --dns, --add-host) and adds a line
        // of its own, as podman's.
        user.den(&[
            "run",
            "-d",
            "--name",
            &y,
            "--dns",
            "192.0.2.53",
            "--add-host",
            "foo:192.0.2.7",
            "busybox",
            "sleep",
            "300",
        ])
        .run()
        .success("run -d with --dns and --add-host");
        let names = sh(
            user,
            &[
                "--network",
                &format!("container:{y}"),
                "--name",
                &format!("{y}-m"),
            ],
            "cat /etc/resolv.conf /etc/hosts",
        );
        assert!(
            names.contains("nameserver 192.0.2.53"),
            "X's resolv.conf: {names}"
        );
        assert!(names.contains("192.0.2.7\tfoo"), "X's --add-host: {names}");
        assert!(names.contains(&format!(" {y}\n")), "X's own line: {names}");
        assert!(
            names
                .lines()
                .any(|l| l.starts_with("127.0.0.1\t") && l.ends_with(&format!(" {y}-m"))),
            "the member's line: {names}"
        );
        user.den(&[
            "run",
            "--rm",
            "--network",
            "ns:/etc/hostname",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("is not a net namespace");
        rm_f(user, &y);
        // A stopped target is refused with the fix.
        user.den(&["stop", "-t", "0", &x]).run().success("stop");
        user.den(&["run", "--rm", "--ipc", &join, "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("is not running")
            .stderr_has("den start");
        rm_f(user, &x);
        user.den(&[
            "run",
            "--rm",
            "--pid",
            "container:nosuch-ns",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("share pid namespace");
    });
}

#[test]
fn host_namespaces_and_hostname() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
        assert_eq!(sh(user, &["--uts", "host"], "hostname").trim(), host.trim());
        user.den(&[
            "run",
            "--rm",
            "--uts",
            "host",
            "--hostname",
            "x",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("cannot set hostname");
        // --pid host: the host's /proc, where den's own pid is seen.
        let me = std::process::id();
        let out = sh(
            user,
            &["--pid", "host"],
            &format!("test -d /proc/{me} && echo seen"),
        );
        assert_eq!(out.trim(), "seen");
        let out = sh(
            user,
            &[],
            &format!("test -d /proc/{me} && echo seen || echo unseen"),
        );
        assert_eq!(out.trim(), "unseen");
        // --ipc host: the host's IPC namespace; --ipc none: no /dev/shm.
        let host_ipc = std::fs::read_link("/proc/self/ns/ipc").unwrap();
        let out = sh(user, &["--ipc", "host"], "readlink /proc/self/ns/ipc");
        assert_eq!(out.trim(), host_ipc.to_string_lossy());
        let out = sh(
            user,
            &["--ipc", "none"],
            "grep -c ' /dev/shm ' /proc/mounts || true",
        );
        assert_eq!(out.trim(), "0");
        let id = user
            .den(&[
                "create", "--ipc", "host", "--pid", "host", "--uts", "host", "busybox", "true",
            ])
            .run()
            .success("create");
        let modes = user
            .den(&["inspect", "--format", "{{.HostConfig.IpcMode}} {{.HostConfig.PidMode}} {{.HostConfig.UTSMode}} {{.HostConfig.Privileged}}", id.trim()])
            .run()
            .success("inspect");
        assert_eq!(modes.trim(), "host host host false");
        rm_f(user, id.trim());
    });
}

#[test]
fn privileged_has_every_capability_and_no_seccomp() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let report = user.probe(None, &["--privileged", "busybox"]);
        assert_eq!(report["seccomp"], 0, "{report:#}");
        let all = report["caps"]["bounding"]["hex"].clone();
        assert_eq!(report["caps"]["effective"]["hex"], all, "{report:#}");
        assert_ne!(
            all, "00000000800405fb",
            "more than the default set: {report:#}"
        );
        let mount = |target: &str| {
            report["mounts"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["mount_point"] == target)
                .cloned()
        };
        // No masked /proc/keys, /proc/sys writable.
        assert!(mount("/proc/keys").is_none(), "{report:#}");
        let out = sh(
            user,
            &["--privileged"],
            "ls /dev/fuse && grep -c ' /proc/sys ' /proc/mounts || true",
        );
        assert!(out.starts_with("/dev/fuse"), "host devices bound: {out}");
        assert_eq!(out.lines().last().unwrap().trim(), "0", "{out}");
    });
}

#[test]
fn devices_are_bound_and_checked() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let out = sh(
            user,
            &["--device", "/dev/null:/dev/mydev"],
            "test -c /dev/mydev && echo x > /dev/mydev && echo ok",
        );
        assert_eq!(out.trim(), "ok");
        let out = sh(
            user,
            &["--device", "/dev/fuse"],
            "test -c /dev/fuse && echo ok",
        );
        assert_eq!(out.trim(), "ok");
        user.den(&[
            "run",
            "--rm",
            "--device",
            "/dev/nonexist",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("stat /dev/nonexist");
        user.den(&[
            "run",
            "--rm",
            "--device",
            "/dev/null:mydev",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("invalid device mode: mydev");
        // A root-only device node (mode 0600, the host's /dev/kvm here) is refused with why.
        let root_only =
            std::fs::metadata("/dev/kvm").is_ok_and(|m| m.uid() == 0 && m.mode() & 0o066 == 0);
        if root_only {
            user.den(&["run", "--rm", "--device", "/dev/kvm", "busybox", "true"])
                .run()
                .code_is(125)
                .stderr_has("cannot open it");
        }
    });
}

#[test]
fn sysctl_ulimit_umask_and_groups() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let out = sh(
            user,
            &["--sysctl", "kernel.shmmax=65536"],
            "cat /proc/sys/kernel/shmmax",
        );
        assert_eq!(out.trim(), "65536");
        let out = sh(
            user,
            &[
                "--network",
                "none",
                "--sysctl",
                "net.ipv4.ping_group_range=0 0",
            ],
            "cat /proc/sys/net/ipv4/ping_group_range",
        );
        assert_eq!(out.split_whitespace().collect::<Vec<_>>(), ["0", "0"]);
        user.den(&["run", "--rm", "--sysctl", "kernel.foo=1", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("is not allowed");
        let out = sh(
            user,
            &["--ulimit", "nofile=100:200"],
            "ulimit -n; ulimit -Hn",
        );
        assert_eq!(out.split_whitespace().collect::<Vec<_>>(), ["100", "200"]);
        // The default, as rootless podman: nofile at the hard limit.
        let out = sh(user, &[], "echo $(ulimit -n) $(ulimit -Hn)");
        let v: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(v[0], v[1], "{out}");
        user.den(&[
            "run",
            "--rm",
            "--ulimit",
            "nofile=100000000:100000000",
            "busybox",
            "true",
        ])
        .run()
        .code_is(126)
        .stderr_has("operation not permitted");
        assert_eq!(sh(user, &["--umask", "0077"], "umask").trim(), "0077");
        assert_eq!(sh(user, &[], "umask").trim(), "0022");
        let out = sh(user, &["--group-add", "10"], "id -G");
        if user.subids {
            assert!(out.split_whitespace().any(|g| g == "10"), "{out}");
        }
        user.den(&[
            "run",
            "--rm",
            "--group-add",
            "nosuchgroup",
            "busybox",
            "true",
        ])
        .run()
        .code_is(126)
        .stderr_has("Unable to find group nosuchgroup");
    });
}
