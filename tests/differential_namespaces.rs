//! Differential cases for namespaces, privileges, devices and process limits against podman
//! 4.3 (tests/common/differential.rs): what a container sees with `--ulimit`, `--umask`,
//! `--sysctl`, `--uts`, `--pid`, `--ipc`, `--privileged`, `--device`, `--group-add` and a
//! running container's namespaces joined, and podman's refusals (exit code and phrase).
//! Written from `man podman-run` and podman's measured behaviour here.
//!
//! Not compared, by design (README's differences): joining a stopped container (podman starts
//! it, den refuses with the fix), `--sysctl` of IPC keys with `--ipc host` (podman fails on
//! this machine's missing /dev/mqueue before validating), `ps` in a joined PID namespace
//! (den's init is visible, see the PID 1 issue).

mod common;

use common::differential::{Pair, case, run_cases};

#[test]
fn limits_and_kernel_parameters() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "nslimits");
        let sh = |script: &'static str| ["busybox", "sh", "-c", script];
        let run = |flags: &[&'static str], script: &'static str| {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend_from_slice(&sh(script));
            args
        };
        let cases = [
            case(
                "ulimit default",
                &run(&[], "ulimit -n; ulimit -Hn; ulimit -u"),
            )
            .stdout(),
            case(
                "ulimit nofile",
                &run(&["--ulimit", "nofile=100:200"], "ulimit -n; ulimit -Hn"),
            )
            .stdout(),
            case(
                "ulimit one value",
                &run(&["--ulimit", "nofile=300"], "ulimit -n; ulimit -Hn"),
            )
            .stdout(),
            case(
                "ulimit core unlimited",
                &run(&["--ulimit", "core=-1"], "ulimit -c"),
            )
            .stdout(),
            case(
                "ulimit above the hard limit",
                &run(&["--ulimit", "nofile=100000000:100000000"], "true"),
            )
            .stderr_has("operation not permitted"),
            case("ulimit bad name", &run(&["--ulimit", "bogus=1"], "true"))
                .stderr_has("requires name=SOFT:HARD")
                .stderr_has("invalid ulimit type: bogus"),
            case(
                "ulimit soft above hard",
                &run(&["--ulimit", "nofile=200:100"], "true"),
            )
            .stderr_has("ulimit soft limit must be less than or equal to hard limit: 200 > 100"),
            case("umask default", &run(&[], "umask")).stdout(),
            case("umask", &run(&["--umask", "0077"], "umask")).stdout(),
            case("umask short", &run(&["--umask", "77"], "umask")).stdout(),
            case("umask bad", &run(&["--umask", "999"], "true"))
                .stderr_has("invalid umask string 999"),
            case(
                "sysctl ipc",
                &run(
                    &["--sysctl", "kernel.shmmax=1000"],
                    "cat /proc/sys/kernel/shmmax",
                ),
            )
            .stdout(),
            case(
                "sysctl not allowed",
                &run(&["--sysctl", "kernel.foo=1"], "true"),
            )
            .stderr_has("sysctl 'kernel.foo' is not allowed"),
            case(
                "sysctl hostname",
                &run(&["--sysctl", "kernel.hostname=x"], "true"),
            )
            .stderr_has("is not allowed"),
            case(
                "sysctl without value",
                &run(&["--sysctl", "kernel.shmmax"], "true"),
            )
            .stderr_has("sysctl values must be in the form of KEY=VALUE"),
            case(
                "sysctl net with the host network",
                &run(
                    &["--network", "host", "--sysctl", "net.ipv4.ip_forward=1"],
                    "true",
                ),
            )
            .stderr_has("can't be set since Network Namespace set to host"),
        ];
        run_cases(&pair, "namespaces: limits", &cases);
    });
}

#[test]
fn namespace_modes_privileges_devices() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "nsmodes");
        let run = |flags: &[&'static str], script: &'static str| {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend_from_slice(&["busybox", "sh", "-c", script]);
            args
        };
        let running = ["run", "-d", "--name", "target", "busybox", "sleep", "300"];
        let mut cases = vec![
            case("uts host", &run(&["--uts", "host"], "hostname")).stdout(),
            case(
                "uts host with a hostname",
                &run(&["--uts", "host", "--hostname", "x"], "true"),
            )
            .stderr_has("cannot set hostname when running in the host UTS namespace"),
            case(
                "pid host",
                &run(&["--pid", "host"], "cat /proc/1/comm; test -d /proc/2 && echo kthreadd"),
            )
            .stdout(),
            case("pid private", &run(&[], "cat /proc/1/comm >/dev/null; test -d /proc/2 || echo own")),
            case(
                "ipc none",
                &run(&["--ipc", "none"], "test -e /dev/shm && echo shm || echo no shm"),
            )
            .stdout(),
            case("ipc shareable", &run(&["--ipc", "shareable"], "test -d /dev/shm && echo shm")).stdout(),
            case(
                "ipc private sysctl",
                &run(&["--ipc", "private", "--sysctl", "kernel.msgmax=4096"], "cat /proc/sys/kernel/msgmax"),
            )
            .stdout(),
            case("cgroupns host", &run(&["--cgroupns", "host"], "true")),
            case(
                "privileged caps and seccomp",
                &run(&["--privileged"], "grep -E '^(CapEff|CapBnd|Seccomp):' /proc/self/status"),
            )
            .stdout(),
            case(
                "privileged proc and sys writable",
                &run(&["--privileged"], "grep -E ' /proc/sys | /proc/keys ' /proc/mounts | wc -l; test -e /dev/fuse && echo fuse"),
            )
            .stdout(),
            case(
                "device renamed",
                &run(&["--device", "/dev/null:/dev/mydev"], "test -c /dev/mydev && echo char"),
            )
            .stdout(),
            case(
                "device with perms",
                &run(&["--device", "/dev/null:/dev/mydev:rw"], "echo x >/dev/mydev && echo written"),
            )
            .stdout(),
            case("device fuse", &run(&["--device", "/dev/fuse"], "test -c /dev/fuse && echo char")).stdout(),
            case("device missing", &run(&["--device", "/dev/nonexist"], "true"))
                .stderr_has("stat /dev/nonexist"),
            case("device bad mode", &run(&["--device", "/dev/null:mydev"], "true"))
                .stderr_has("invalid device mode: mydev"),
            case("device bad mode third", &run(&["--device", "/dev/null:/dev/x:xyz"], "true"))
                .stderr_has("invalid device mode: xyz"),
            case("device cgroup rule", &run(&["--device-cgroup-rule", "c 1:3 rwm"], "true")),
            case("device cgroup rule bad", &run(&["--device-cgroup-rule", "bogus"], "true"))
                .stderr_has("invalid device cgroup rule requires type, major:Minor, and access rules"),
            case("group add", &run(&["--group-add", "10"], "id -G")).stdout(),
            case("group add keep-groups", &run(&["--group-add", "keep-groups"], "id -u")).stdout(),
            case(
                "group add keep-groups with others",
                &run(&["--group-add", "keep-groups", "--group-add", "10"], "true"),
            )
            .stderr_has("not allowed with any other --group-add options"),
            case("group add unknown", &run(&["--group-add", "nosuchgroup"], "true"))
                .stderr_has("Unable to find group nosuchgroup"),
            case(
                "join uts",
                &["run", "--rm", "--uts", "container:target", "busybox", "hostname"],
            )
            .setup(&running)
            .stdout(),
            case(
                "join pid",
                &run(
                    &["--pid", "container:target"],
                    "grep -l '^sleep$' /proc/[0-9]*/comm >/dev/null && echo sees sleep",
                ),
            )
            .setup(&running)
            .stdout(),
            case(
                "join ipc",
                &run(&["--ipc", "container:target"], "cat /proc/sys/kernel/shmmax"),
            )
            .setup(&[
                "run",
                "-d",
                "--name",
                "target",
                "--sysctl",
                "kernel.shmmax=123456",
                "busybox",
                "sleep",
                "300",
            ])
            .stdout(),
            case(
                "join ipc shares /dev/shm",
                &run(&["--ipc", "container:target"], "sleep 1; cat /dev/shm/f"),
            )
            .setup(&[
                "run",
                "-d",
                "--name",
                "target",
                "busybox",
                "sh",
                "-c",
                "echo theirs >/dev/shm/f; sleep 300",
            ])
            .stdout(),
            case(
                "join uts and set the hostname",
                &["run", "--rm", "--uts", "container:target", "-h", "x", "busybox", "true"],
            )
            .setup(&running)
            .stderr_has("cannot set hostname"),
        ];
        for (flag, kind) in [("--ipc", "ipc"), ("--pid", "pid"), ("--uts", "uts")] {
            cases.push(
                case(
                    &format!("{kind} bogus"),
                    &["run", "--rm", flag, "bogus", "busybox", "true"],
                )
                .stderr_has("unrecognized namespace mode bogus passed"),
            );
            cases.push(
                case(
                    &format!("{kind} unknown container"),
                    &["run", "--rm", flag, "container:nosuch", "busybox", "true"],
                )
                .stderr_has(&format!(
                    "looking up container to share {kind} namespace with"
                ))
                .stderr_has("no container with name or ID \"nosuch\" found"),
            );
        }
        cases.push(
            case(
                "cgroupns bogus",
                &["run", "--rm", "--cgroupns", "bogus", "busybox", "true"],
            )
            .stderr_has("unrecognized namespace mode bogus passed"),
        );
        run_cases(&pair, "namespaces: modes", &cases);
    });
}
