//! Differential cases for volumes, `--mount` and `system df`: the same command line through
//! podman 4.3 and den (tests/common/differential.rs), as each unprivileged user. Each case
//! starts with no volumes in either store (containers are removed by the harness).

mod common;

use common::differential::{Case, Pair, case, run_cases};

/// A case that starts without volumes.
fn vcase(name: &str, args: &[&str]) -> Case {
    case(name, args).setup(&["volume", "rm", "--all", "--force"])
}

#[test]
fn volume_commands() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "volume");
        let cases = [
            vcase("create prints the name", &["volume", "create", "v1"]).stdout(),
            vcase("create of an existing name", &["volume", "create", "v1"])
                .setup(&["volume", "create", "v1"])
                .stderr_has("volume already exists"),
            vcase("create of a bad name", &["volume", "create", "bad@name"])
                .stderr_has("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"),
            vcase(
                "create with another driver",
                &["volume", "create", "--driver", "foo", "v1"],
            )
            .stderr_has("no volume plugin with name foo"),
            vcase(
                "create with a bad option",
                &["volume", "create", "-o", "bogus=1", "v1"],
            )
            .stderr_has("invalid mount option bogus for driver 'local'"),
            vcase(
                "create with a size on a plain volume",
                &["volume", "create", "-o", "o=size=1m", "v1"],
            ),
            vcase(
                "create of a tmpfs volume",
                &["volume", "inspect", "--format", "{{.Options}}", "tv"],
            )
            .setup(&["volume", "create", "-o", "type=tmpfs", "-o", "device=tmpfs", "-o", "o=uid=0", "tv"])
            .stdout(),
            vcase(
                "a tmpfs volume is a tmpfs in the container",
                &["run", "--rm", "-v", "tv:/t", "busybox", "sh", "-c", "grep -c ' /t tmpfs ' /proc/mounts"],
            )
            .setup(&["volume", "create", "-o", "type=tmpfs", "-o", "device=tmpfs", "-o", "o=uid=0", "tv"])
            .stdout(),
            vcase("ls", &["volume", "ls"])
                .setup(&["volume", "create", "b"])
                .setup(&["volume", "create", "a"])
                .stdout(),
            vcase("ls empty", &["volume", "ls"]).stdout(),
            vcase("ls -q", &["volume", "ls", "-q"])
                .setup(&["volume", "create", "b"])
                .setup(&["volume", "create", "a"])
                .stdout(),
            vcase(
                "ls --format",
                &[
                    "volume",
                    "ls",
                    "--format",
                    "{{.Name}} {{.Driver}} {{.Scope}} {{.Labels}} {{.Options}} {{.CreatedAt}}",
                ],
            )
            .setup(&["volume", "create", "--label", "team=web", "lab"])
            .setup(&["volume", "create", "-o", "o=uid=0,gid=0", "own"])
            .stdout(),
            vcase(
                "ls --format table",
                &[
                    "volume",
                    "ls",
                    "--format",
                    "table {{.Name}} {{.Driver}} {{.Scope}} {{.CreatedAt}} {{.Labels}}",
                ],
            )
            .setup(&["volume", "create", "--label", "k=v", "lab"])
            .setup(&["volume", "create", "plain"])
            .stdout(),
            vcase("ls --noheading", &["volume", "ls", "--noheading"])
                .setup(&["volume", "create", "plain"])
                .stdout(),
            vcase("ls --format json keys", &["volume", "ls", "--format", "json"])
                .setup(&["volume", "create", "--label", "team=web", "lab"]),
            vcase(
                "ls --filter label",
                &["volume", "ls", "-q", "--filter", "label=team=web"],
            )
            .setup(&["volume", "create", "--label", "team=web", "lab"])
            .setup(&["volume", "create", "plain"])
            .stdout(),
            vcase(
                "ls --filter dangling",
                &["volume", "ls", "-q", "--filter", "dangling=true"],
            )
            .setup(&["volume", "create", "free"])
            .setup(&["create", "-v", "used:/u", "busybox", "true"])
            .stdout(),
            vcase(
                "ls --filter name",
                &["volume", "ls", "-q", "--filter", "name=ap"],
            )
            .setup(&["volume", "create", "apple"])
            .setup(&["volume", "create", "pear"])
            .stdout(),
            vcase(
                "ls --filter of an unknown key",
                &["volume", "ls", "--filter", "bogus=1"],
            )
            .stderr_has("\"bogus\" is an invalid volume filter"),
            vcase(
                "inspect --format",
                &[
                    "volume",
                    "inspect",
                    "--format",
                    "{{.Name}} {{.Driver}} {{.Scope}} {{.Labels}} {{.MountCount}} {{.NeedsCopyUp}} {{.NeedsChown}}",
                    "v1",
                ],
            )
            .setup(&["volume", "create", "--label", "a=b", "v1"])
            .stdout(),
            vcase(
                "inspect --format of uid and gid",
                &["volume", "inspect", "--format", "{{.UID}} {{.GID}} {{.Options}}", "own"],
            )
            .setup(&["volume", "create", "-o", "o=uid=0,gid=0", "own"])
            .stdout(),
            vcase(
                "inspect --all",
                &["volume", "inspect", "--all", "--format", "{{.Name}}"],
            )
            .setup(&["volume", "create", "b"])
            .setup(&["volume", "create", "a"])
            .stdout(),
            vcase(
                "inspect MountCount while a container runs",
                &["volume", "inspect", "--format", "{{.MountCount}}", "used"],
            )
            .setup(&["run", "-d", "-v", "used:/u", "busybox", "sleep", "30"])
            .stdout(),
            vcase(
                "ls --filter dangling=false",
                &["volume", "ls", "-q", "--filter", "dangling=false"],
            )
            .setup(&["volume", "create", "free"])
            .setup(&["run", "-d", "-v", "used:/u", "busybox", "sleep", "30"])
            .stdout(),
            vcase("inspect of a missing volume", &["volume", "inspect", "nosuch"])
                .stdout()
                .stderr_has("no such volume"),
            vcase("inspect without a name", &["volume", "inspect"])
                .stderr_has("provide one or more volume names or use --all"),
            vcase("rm", &["volume", "rm", "v1"])
                .setup(&["volume", "create", "v1"])
                .stdout(),
            vcase("rm of a missing volume", &["volume", "rm", "nosuch"])
                .stderr_has("no such volume"),
            vcase("rm of a used volume", &["volume", "rm", "used"])
                .setup(&["create", "-v", "used:/u", "busybox", "true"])
                .stderr_has("volume is being used"),
            vcase("rm -f of a used volume", &["volume", "rm", "-f", "used"])
                .setup(&["create", "-v", "used:/u", "busybox", "true"])
                .stdout(),
            vcase("rm without a name", &["volume", "rm"])
                .stderr_has("choose either one or more volumes or all"),
            vcase("rm --all with a name", &["volume", "rm", "--all", "v1"])
                .stderr_has("choose either one or more volumes or all"),
            vcase("rm --all", &["volume", "rm", "--all"])
                .setup(&["volume", "create", "b"])
                .setup(&["volume", "create", "a"])
                .unordered(),
            vcase("exists", &["volume", "exists", "v1"]).setup(&["volume", "create", "v1"]),
            vcase("exists of a missing volume", &["volume", "exists", "nosuch"]),
            vcase("prune -f", &["volume", "prune", "-f"])
                .setup(&["volume", "create", "free1"])
                .setup(&["volume", "create", "free2"])
                .setup(&["create", "-v", "used:/u", "busybox", "true"])
                .unordered(),
            vcase(
                "prune --filter label",
                &["volume", "prune", "-f", "--filter", "label=drop"],
            )
            .setup(&["volume", "create", "--label", "drop", "gone"])
            .setup(&["volume", "create", "stays"])
            .unordered(),
            vcase("export of a missing volume", &["volume", "export", "nosuch"])
                .stderr_has("no such volume"),
            vcase(
                "import of a missing volume",
                &["volume", "import", "nosuch", "/dev/null"],
            )
            .stderr_has("no such volume"),
        ];
        run_cases(&pair, "volume", &cases);
    });
}

#[test]
fn volumes_of_containers() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "ctrvol");
        let mut cases = vec![
            vcase(
                "run --rm removes its anonymous volume",
                &["volume", "ls", "-q"],
            )
            .setup(&["run", "--rm", "-v", "/data", "busybox", "true"])
            .stdout(),
            vcase("create makes an anonymous volume", &["volume", "ls", "-q"])
                .setup(&["create", "-v", "/data", "busybox", "true"])
                .stdout(),
            vcase("rm -v removes it", &["volume", "ls", "-q"])
                .setup(&["create", "--name", "c1", "-v", "/data", "busybox", "true"])
                .setup(&["rm", "-v", "c1"])
                .stdout(),
            vcase("rm -v keeps named volumes", &["volume", "ls", "-q"])
                .setup(&[
                    "create",
                    "--name",
                    "c1",
                    "-v",
                    "named:/data",
                    "busybox",
                    "true",
                ])
                .setup(&["rm", "-v", "c1"])
                .stdout(),
            vcase(
                "a named volume is created on first use",
                &["volume", "ls", "-q"],
            )
            .setup(&["run", "--rm", "-v", "auto:/a", "busybox", "true"])
            .stdout(),
            vcase(
                "a volume is seeded from the image",
                &["run", "--rm", "-v", "etc:/x", "busybox", "cat", "/x/group"],
            )
            // Not --rm: podman removes an --rm container from conmon's cleanup process too,
            // and once in many CI runs the next run found the volume empty (podman's side).
            .setup(&["run", "--name", "seed", "-v", "etc:/etc", "busybox", "true"])
            .stdout(),
            vcase(
                "a volume keeps what was written",
                &[
                    "run", "--rm", "-v", "keep:/k", "busybox", "grep", "-q", "kept", "/k/f",
                ],
            )
            .setup(&[
                "run",
                "--rm",
                "--mount",
                "type=volume,src=keep,dst=/k",
                "busybox",
                "sh",
                "-c",
                "echo kept > /k/f",
            ])
            .stdout(),
            vcase(
                "--volumes-from mounts the other container's volumes",
                &[
                    "run",
                    "--rm",
                    "--volumes-from",
                    "src:ro",
                    "busybox",
                    "grep",
                    "-q",
                    "a",
                    "/vf/f",
                ],
            )
            .setup(&["create", "--name", "src", "-v", "vf:/vf", "busybox", "true"])
            .setup(&[
                "run",
                "--rm",
                "-v",
                "vf:/vf",
                "busybox",
                "sh",
                "-c",
                "echo a > /vf/f",
            ]),
            vcase(
                "--volumes-from :ro is read-only",
                &[
                    "run",
                    "--rm",
                    "--volumes-from",
                    "src:ro",
                    "busybox",
                    "touch",
                    "/vf/g",
                ],
            )
            .setup(&["create", "--name", "src", "-v", "vf:/vf", "busybox", "true"])
            .stderr_has("Read-only file system"),
            vcase(
                "--volumes-from of a missing container",
                &["run", "--rm", "--volumes-from", "nosuch", "busybox", "true"],
            ),
            vcase(
                "ro volume",
                &["run", "--rm", "-v", "v:/v:ro", "busybox", "touch", "/v/f"],
            )
            .stderr_has("Read-only file system"),
            vcase(
                "tmpfs mount size",
                &[
                    "run",
                    "--rm",
                    "--mount",
                    "type=tmpfs,dst=/t,tmpfs-size=1m",
                    "busybox",
                    "df",
                    "-k",
                    "/t",
                ],
            )
            .stdout(),
            vcase(
                "bind mount read-only",
                &[
                    "run",
                    "--rm",
                    "--mount",
                    "type=bind,src=/etc,target=/h,readonly",
                    "busybox",
                    "touch",
                    "/h/f",
                ],
            )
            .stderr_has("Read-only file system"),
        ];
        // podman 4.3 fails :O in one-id mode (it cannot chown the upper dir); den does not.
        if user.subids {
            cases.push(
                vcase(
                    "an overlay mount takes writes",
                    &[
                        "run",
                        "--rm",
                        "-v",
                        "/etc:/o:O",
                        "busybox",
                        "sh",
                        "-c",
                        "echo x > /o/new-file && cat /o/new-file",
                    ],
                )
                .stdout(),
            );
        }

        run_cases(&pair, "container volumes", &cases);
    });
}

#[test]
fn mount_and_volume_errors() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "mounterr");
        let run = |name: &str, flags: &[&str], phrase: &str| {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend(["busybox", "true"]);
            case(name, &args).stderr_has(phrase)
        };
        let cases = [
            run(
                "--mount without a type",
                &["--mount", "src=/tmp,dst=/a"],
                "incorrect mount format",
            ),
            run(
                "--mount of an unknown type",
                &["--mount", "type=foo,dst=/a"],
                "invalid filesystem type \"foo\"",
            ),
            run(
                "--mount without a destination",
                &["--mount", "type=bind,src=/tmp"],
                "must set volume destination",
            ),
            run(
                "--mount with an unknown option",
                &["--mount", "type=bind,src=/tmp,dst=/a,bogus=1"],
                "bogus: invalid mount option",
            ),
            run(
                "--mount ro=maybe",
                &["--mount", "type=bind,src=/tmp,dst=/a,ro=maybe"],
                "must be set to true or false",
            ),
            run(
                "--mount tmpfs with a source",
                &["--mount", "type=tmpfs,src=/tmp,dst=/a"],
                "source is not supported with tmpfs mounts",
            ),
            run(
                "--mount with a relative destination",
                &["--mount", "type=bind,src=/tmp,dst=rel"],
                "must be an absolute path",
            ),
            run(
                "--mount volume with a bad name",
                &["--mount", "type=volume,src=a@b,dst=/a"],
                "names must match",
            ),
            run(
                "--mount bad propagation",
                &[
                    "--mount",
                    "type=bind,src=/tmp,dst=/a,bind-propagation=bogus",
                ],
                "invalid option type \"bogus\"",
            ),
            run(
                "duplicate -v destinations",
                &["-v", "/tmp:/a", "-v", "/var/tmp:/a"],
                "/a: duplicate mount destination",
            ),
            run(
                "-v and --tmpfs on one destination",
                &["-v", "/tmp:/a", "--tmpfs", "/a"],
                "/a: duplicate mount destination",
            ),
            run(
                "-v with an unknown option",
                &["-v", "/tmp:/a:bogus"],
                "invalid option type \"bogus\"",
            ),
            run(
                "-v with too many fields",
                &["-v", "/a:/b:ro:rw"],
                "incorrect volume format",
            ),
            run(
                "-v with an empty source",
                &["-v", ":/b"],
                "host directory cannot be empty",
            ),
            case(
                "-v with z, Z and U is accepted",
                &["run", "--rm", "-v", "zv:/a:z,U", "busybox", "true"],
            ),
        ];
        run_cases(&pair, "mount errors", &cases);
    });
}

#[test]
fn system_df_rows() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "df");
        let cases = [
            vcase("system df", &["system", "df"]).stdout(),
            vcase("system df with volumes", &["system", "df"])
                .setup(&["volume", "create", "spare"])
                .setup(&["create", "-v", "used:/u", "busybox", "true"])
                .stdout(),
            // (Only the exit code: podman names a loaded image localhost/busybox.)
            vcase("system df -v", &["system", "df", "-v"]).setup(&["volume", "create", "spare"]),
        ];
        run_cases(&pair, "system df", &cases);
    });
}
