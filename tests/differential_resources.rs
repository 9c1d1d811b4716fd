//! Differential cases for the resource flags, the cgroup v1 warning and secrets: the same
//! command line through podman 4.3 and den (tests/common/differential.rs), as each
//! unprivileged user. `stats` and `pause` have no cases: podman refuses both on rootless
//! cgroup v1, where den works (README's differences); tests/stats.rs covers them.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::differential::{Case, Pair, case, run_cases};

const V1_WARNING: &str =
    "Resource limits are not supported and ignored on cgroups V1 rootless systems";

fn cgroup_v1() -> bool {
    !std::fs::read_to_string("/proc/self/mounts")
        .unwrap()
        .lines()
        .any(|l| l.split_whitespace().nth(1) == Some("/sys/fs/cgroup") && l.contains(" cgroup2 "))
}

#[test]
fn resource_flags() {
    for_each_user!(|user| {
        require!(
            cgroup_v1(),
            "this host has cgroup v2: the cases are written for rootless cgroup v1"
        );
        let pair = Pair::new(user, "resources");
        let fields = "{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.MemoryReservation}} {{.HostConfig.NanoCpus}} {{.HostConfig.CpuShares}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}} {{.HostConfig.PidsLimit}} {{.HostConfig.BlkioWeight}} {{.HostConfig.CpusetCpus}} {{.HostConfig.CpusetMems}} {{.HostConfig.CgroupParent}} {{.HostConfig.Cgroups}}";
        let mut cases = vec![];
        for (what, flags) in [
            ("memory", &["-m", "10m"][..]),
            ("memory below podman's v2 minimum", &["--memory", "4m"]),
            (
                "memory and swap",
                &["--memory", "10m", "--memory-swap", "20m"],
            ),
            ("memory reservation", &["--memory-reservation", "5m"]),
            ("cpus", &["--cpus", "0.5"]),
            ("cpu shares", &["--cpu-shares", "512"]),
            (
                "cpu quota and period",
                &["--cpu-quota", "50000", "--cpu-period", "100000"],
            ),
            ("cpuset", &["--cpuset-cpus", "0", "--cpuset-mems", "0"]),
            ("pids limit", &["--pids-limit", "10"]),
            ("blkio weight", &["--blkio-weight", "500"]),
        ] {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend_from_slice(&["busybox", "echo", "ran"]);
            cases.push(
                case(&format!("{what}: the v1 warning, and it runs"), &args)
                    .stdout()
                    .stderr_has(V1_WARNING),
            );
        }
        for (what, flags, phrase) in [
            (
                "a bad memory size",
                &["--memory", "abc"][..],
                "invalid value for memory: invalid size: 'abc'",
            ),
            (
                "a unit podman lacks",
                &["--memory", "10x"],
                "invalid size: '10x'",
            ),
            ("a negative size", &["--memory", "-5"], "invalid size: '-5'"),
            (
                "a bad swap size",
                &["--memory-swap", "abc"],
                "invalid value for memory: invalid size: 'abc'",
            ),
            (
                "bad cpus",
                &["--cpus", "abc"],
                "parsing \"abc\": invalid syntax",
            ),
            (
                "bad pids limit",
                &["--pids-limit", "abc"],
                "parsing \"abc\": invalid syntax",
            ),
            (
                "bad blkio weight",
                &["--blkio-weight", "abc"],
                "invalid value for blkio-weight",
            ),
            (
                "bad cpu shares",
                &["--cpu-shares", "abc"],
                "parsing \"abc\": invalid syntax",
            ),
            (
                "cpus with a quota",
                &["--cpus", "1", "--cpu-quota", "1000"],
                "--cpu-quota and --cpus cannot be set together",
            ),
            (
                "a bad cgroups mode",
                &["--cgroups", "bogus"],
                "invalid cgroup mode \"bogus\"",
            ),
        ] {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend_from_slice(&["busybox", "true"]);
            cases.push(case(&format!("{what} is refused"), &args).stderr_has(phrase));
        }
        cases.push(
            case(
                "ignored limits are not in inspect",
                &["container", "inspect", "--format", fields, "r1"],
            )
            .setup(&[
                "create",
                "--name",
                "r1",
                "-m",
                "10m",
                "--memory-swap",
                "20m",
                "--cpus",
                "1.5",
                "--cpu-shares",
                "512",
                "--pids-limit",
                "10",
                "--blkio-weight",
                "300",
                "--cpuset-cpus",
                "0",
                "busybox",
                "true",
            ])
            .stdout(),
        );
        cases.push(
            case(
                "no limits: inspect's defaults",
                &["container", "inspect", "--format", fields, "r1"],
            )
            .setup(&["create", "--name", "r1", "busybox", "true"])
            .stdout(),
        );
        cases.push(
            case(
                "unlimited swap alone says nothing",
                &[
                    "run",
                    "--rm",
                    "--memory-swap",
                    "-1",
                    "busybox",
                    "echo",
                    "ran",
                ],
            )
            .stdout(),
        );
        cases.push(
            case(
                "--cgroups no-conmon runs",
                &[
                    "run",
                    "--rm",
                    "--cgroups",
                    "no-conmon",
                    "busybox",
                    "echo",
                    "ran",
                ],
            )
            .stdout(),
        );
        run_cases(&pair, "resources", &cases);
    });
}

/// A case that starts with no secrets in either store.
fn scase(name: &str, args: &[&str]) -> Case {
    case(name, args).setup(&["secret", "rm", "--all"])
}

#[test]
fn secrets() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "secrets");
        let dir = user.fresh_dir("differential-secrets");
        let data = dir.join("data");
        std::fs::write(&data, "hunter2").unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o644)).unwrap();
        let data = data.to_str().unwrap();
        let create = |name: &'static str| -> Vec<&str> { vec!["secret", "create", name, data] };
        let cases = [
            scase("create of a name in use", &create("s1"))
                .setup(&create("s1"))
                .stderr_has("s1: secret name in use"),
            scase("create of a bad name", &create("bad/name")).stderr_has("invalid secret name"),
            scase(
                "create from a missing file",
                &["secret", "create", "s1", "/nonexistent/x"],
            ),
            scase(
                "create from an unset variable",
                &["secret", "create", "--env", "s1", "DEN_UNSET_VAR"],
            )
            .stderr_has("environment variable DEN_UNSET_VAR is not set"),
            scase(
                "ls --format",
                &[
                    "secret",
                    "ls",
                    "--format",
                    "{{.Name}} {{.Driver}} {{.CreatedAt}}",
                ],
            )
            .setup(&create("s1"))
            .setup(&create("s2"))
            .unordered(),
            scase(
                "ls --format table",
                &["secret", "ls", "--format", "table {{.Name}} {{.Driver}}"],
            )
            .setup(&create("s1"))
            .stdout(),
            scase("ls of none", &["secret", "ls"]).stdout(),
            scase(
                "ls --filter name",
                &[
                    "secret",
                    "ls",
                    "--noheading",
                    "--format",
                    "{{.Name}}",
                    "--filter",
                    "name=s2",
                ],
            )
            .setup(&create("s1"))
            .setup(&create("s2"))
            .stdout(),
            // podman checks the filter against each secret: with none there is nothing to refuse.
            scase(
                "ls --filter of an unknown key",
                &["secret", "ls", "--filter", "foo=bar"],
            )
            .setup(&create("s1"))
            .stderr_has("invalid filter \"foo\""),
            scase(
                "ls --filter of an unknown key, no secrets",
                &["secret", "ls", "--filter", "foo=bar"],
            )
            .stdout(),
            scase(
                "inspect --format",
                &[
                    "secret",
                    "inspect",
                    "--format",
                    "{{.Spec.Name}} {{.Spec.Driver.Name}} {{.Spec.Labels}}",
                    "s1",
                ],
            )
            .setup(&["secret", "create", "-l", "team=a", "s1", data])
            .stdout(),
            scase(
                "inspect of a missing secret",
                &["secret", "inspect", "nope"],
            )
            .stdout()
            .stderr_has("no such secret"),
            scase("rm of a missing secret", &["secret", "rm", "nope"]).stderr_has("no such secret"),
            scase("rm --all", &["secret", "rm", "--all"]).setup(&create("s1")),
            scase(
                "rm of a secret in use (podman allows it)",
                &["secret", "rm", "s1"],
            )
            .setup(&create("s1"))
            .setup(&[
                "create", "--name", "u1", "--secret", "s1", "busybox", "true",
            ]),
            scase(
                "a mounted secret",
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1",
                    "busybox",
                    "sh",
                    "-c",
                    "stat -c '%a %u %g %s %n' /run/secrets/s1; cat /run/secrets/s1",
                ],
            )
            .setup(&create("s1"))
            .stdout(),
            scase(
                "a mounted secret at a relative target",
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1,target=other",
                    "busybox",
                    "ls",
                    "/run/secrets",
                ],
            )
            .setup(&create("s1"))
            .stdout(),
            scase(
                "a mounted secret with owner and mode",
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1,target=/etc/pw,uid=0,gid=0,mode=0400",
                    "busybox",
                    "stat",
                    "-c",
                    "%a %u %g",
                    "/etc/pw",
                ],
            )
            .setup(&create("s1"))
            .stdout(),
            scase(
                "an env secret",
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1,type=env",
                    "busybox",
                    "sh",
                    "-c",
                    "echo $s1",
                ],
            )
            .setup(&create("s1"))
            .stdout(),
            scase(
                "an env secret with a target",
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1,type=env,target=PASS",
                    "busybox",
                    "sh",
                    "-c",
                    "echo $PASS",
                ],
            )
            .setup(&create("s1"))
            .stdout(),
            scase(
                "a missing secret",
                &["run", "--rm", "--secret", "nope", "busybox", "true"],
            )
            .stderr_has("no secret with name or id \"nope\": no such secret"),
            scase(
                "a bad type",
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1,type=bogus",
                    "busybox",
                    "true",
                ],
            )
            .setup(&create("s1"))
            .stderr_has("type bogus is invalid"),
            scase(
                "a bad option",
                &["run", "--rm", "--secret", "s1,foo=1", "busybox", "true"],
            )
            .setup(&create("s1"))
            .stderr_has("option foo=1 invalid"),
            scase(
                "mode on an env secret",
                &[
                    "run",
                    "--rm",
                    "--secret",
                    "s1,type=env,mode=1",
                    "busybox",
                    "true",
                ],
            )
            .setup(&create("s1"))
            .stderr_has("UID, GID, Mode options cannot be set with secret type env"),
        ];
        run_cases(&pair, "secrets", &cases);
    });
}
