//! Differential cases for the process flags of `run`/`create` (issue 10): labels and
//! annotations in inspect and `ps --filter label=`, the stop signal and timeout in inspect,
//! `stop`'s exit code for a program without a handler, /run/.containerenv, the root's mode,
//! TERM, PID 1 under `--init`, `--tz`, a missing `--workdir`, a duplicate mount destination,
//! `--replace` and the passwd line of an unknown uid. podman 4.3 is the spec (man
//! podman-run, and its behaviour on this machine).

mod common;

use common::differential::{Pair, case, run_cases};

#[test]
fn process_flags_are_podmans() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "runflags");
        let labels = [
            "create",
            "--name",
            "lab",
            "-l",
            "x=1",
            "-l",
            "bare",
            "--annotation",
            "an=v",
            "--stop-signal",
            "USR2",
            "--stop-timeout",
            "7",
            "busybox",
            "true",
        ];
        let mut cases = vec![
            case(
                "labels over the image's",
                &["inspect", "--format", "{{json .Config.Labels}}", "lab"],
            )
            .setup(&labels)
            .stdout(),
            case(
                "an annotation",
                &[
                    "inspect",
                    "--format",
                    "{{index .Config.Annotations \"an\"}}",
                    "lab",
                ],
            )
            .setup(&labels)
            .stdout(),
            case(
                "stop signal and timeout given",
                &[
                    "inspect",
                    "--format",
                    "{{.Config.StopSignal}} {{.Config.StopTimeout}}",
                    "lab",
                ],
            )
            .setup(&labels)
            .stdout(),
            case(
                "stop signal and timeout by default",
                &[
                    "inspect",
                    "--format",
                    "{{.Config.StopSignal}} {{.Config.StopTimeout}}",
                    "plain",
                ],
            )
            .setup(&["create", "--name", "plain", "busybox", "true"])
            .stdout(),
            case(
                "ps filters by label=KEY=VALUE",
                &[
                    "ps",
                    "-a",
                    "--filter",
                    "label=x=1",
                    "--format",
                    "{{.Names}}",
                ],
            )
            .setup(&labels)
            .setup(&["create", "--name", "other", "-l", "x=2", "busybox", "true"])
            .stdout(),
            case(
                "ps filters by label=KEY",
                &[
                    "ps",
                    "-a",
                    "--filter",
                    "label=bare",
                    "--format",
                    "{{.Names}}",
                ],
            )
            .setup(&labels)
            .stdout(),
            case(
                "stop kills a program without a TERM handler: 137",
                &["inspect", "--format", "{{.State.ExitCode}}", "sl"],
            )
            .setup(&["run", "-d", "--name", "sl", "busybox", "sleep", "100"])
            .setup(&["stop", "-t", "1", "sl"])
            .stdout(),
            case(
                "/run/.containerenv is there and empty",
                &[
                    "run",
                    "--rm",
                    "busybox",
                    "stat",
                    "-c",
                    "%s %a",
                    "/run/.containerenv",
                ],
            )
            .stdout(),
            case(
                "the root directory's mode",
                &["run", "--rm", "busybox", "stat", "-c", "%a", "/"],
            )
            .stdout(),
            case(
                "TERM without -t",
                &["run", "--rm", "busybox", "printenv", "TERM"],
            )
            .stdout(),
            case(
                "PID 1 under --init",
                &[
                    "run",
                    "--rm",
                    "--init",
                    "busybox",
                    "sh",
                    "-c",
                    "cat /proc/1/comm; tr '\\0' ' ' </proc/1/cmdline",
                ],
            )
            .stdout(),
            case(
                "--hostname",
                &[
                    "run",
                    "--rm",
                    "--hostname",
                    "hh",
                    "busybox",
                    "sh",
                    "-c",
                    "hostname; echo $HOSTNAME",
                ],
            )
            .stdout(),
            case(
                "--tz UTC",
                &["run", "--rm", "--tz", "UTC", "busybox", "date", "+%Z"],
            )
            .stdout(),
            case(
                "--tz of no zone",
                &["run", "--rm", "--tz", "No/Such_Zone", "busybox", "true"],
            )
            .stderr_has("No/Such_Zone"),
            case(
                "a --workdir that does not exist",
                &["run", "--rm", "-w", "/no/such", "busybox", "pwd"],
            )
            .stderr_has("does not exist"),
            case(
                "a --workdir below a file",
                &["run", "--rm", "-w", "/etc/passwd/x", "busybox", "pwd"],
            ),
            case(
                "a duplicate mount destination",
                &[
                    "run", "--rm", "-v", "/tmp:/x", "-v", "/etc:/x", "busybox", "true",
                ],
            )
            .stderr_has("/x: duplicate mount destination"),
            case(
                "a duplicate destination of -v and --tmpfs",
                &[
                    "run", "--rm", "-v", "/tmp:/x", "--tmpfs", "/x", "busybox", "true",
                ],
            )
            .stderr_has("/x: duplicate mount destination"),
            case(
                "--replace",
                &[
                    "run",
                    "--replace",
                    "--name",
                    "rep",
                    "busybox",
                    "echo",
                    "replaced",
                ],
            )
            .setup(&["run", "-d", "--name", "rep", "busybox", "sleep", "100"])
            .stdout(),
            case(
                "--replace of no container",
                &[
                    "run",
                    "--rm",
                    "--replace",
                    "--name",
                    "fresh",
                    "busybox",
                    "echo",
                    "ok",
                ],
            )
            .stdout(),
        ];
        if user.subids {
            // One-id mode maps uid 0 only; podman and den both refuse other uids there, in
            // their own words.
            cases.push(
                case(
                    "the passwd and group lines of an unknown uid",
                    &[
                        "run",
                        "--rm",
                        "--user",
                        "1234:5678",
                        "-w",
                        "/tmp",
                        "busybox",
                        "sh",
                        "-c",
                        "tail -n 1 /etc/passwd; tail -n 1 /etc/group; echo $HOME; id",
                    ],
                )
                .stdout(),
            );
            cases.push(
                case(
                    "--passwd-entry",
                    &[
                        "run",
                        "--rm",
                        "--user",
                        "1234",
                        "--passwd-entry",
                        "$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/false",
                        "busybox",
                        "tail",
                        "-n",
                        "1",
                        "/etc/passwd",
                    ],
                )
                .stdout(),
            );
        }
        run_cases(&pair, "run flags", &cases);
    });
}
