//! Differential cases for `--userns` against podman 4.3 (tests/common/differential.rs), from
//! `man podman-run` ("--userns") and podman's measured behaviour here: keep-id's identity,
//! passwd entry and map shape, and the exit codes and phrases of bad values. The map lines
//! are compared without their middle column: podman's are written against its own
//! namespace (intermediate ids), den's against the host's, so only the container ids and the
//! counts can match.

mod common;

use common::differential::{Pair, case, run_cases};

/// The container ids and counts of a map (the first and third columns).
const SHAPE: &str = "awk '{print $1, $3}' /proc/self/uid_map /proc/self/gid_map";

#[test]
fn keep_id_matches_podman() {
    for_each_user!(|user| {
        // podman needs subordinate ranges for keep-id; in one-id mode den maps uid 0 to the
        // user instead (tests/keep_id.rs), so there is nothing to compare.
        if !user.subids {
            continue;
        }
        let pair = Pair::new(user, "userns");
        let run = |extra: &[&'static str]| -> Vec<&'static str> {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(extra);
            args
        };
        let cases = [
            case("keep-id id", &run(&["--userns=keep-id", "busybox", "id"])).stdout(),
            case(
                "keep-id uid and gid",
                &run(&["--userns=keep-id:uid=200,gid=300", "busybox", "id"]),
            )
            .stdout(),
            case(
                "keep-id map shape",
                &run(&["--userns=keep-id", "busybox", "sh", "-c", SHAPE]),
            )
            .stdout(),
            case(
                "keep-id uid map shape",
                &run(&[
                    "--userns=keep-id:uid=200,gid=300",
                    "busybox",
                    "sh",
                    "-c",
                    SHAPE,
                ]),
            )
            .stdout(),
            case(
                "keep-id passwd entry and HOME",
                &run(&[
                    "--userns=keep-id",
                    "busybox",
                    "sh",
                    "-c",
                    "tail -n1 /etc/passwd; tail -n1 /etc/group; echo $HOME; pwd",
                ]),
            )
            .stdout(),
            case(
                "keep-id as root",
                &run(&["--userns=keep-id", "--user", "0", "busybox", "id", "-u"]),
            )
            .stdout(),
            case(
                "host mode",
                &run(&["--userns=host", "busybox", "sh", "-c", SHAPE]),
            )
            .stdout(),
            case("empty mode", &run(&["--userns=", "busybox", "true"])),
        ];
        run_cases(&pair, "userns keep-id", &cases);
    });
}

#[test]
fn bad_userns_values_match_podman() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "usernsbad");
        let bad = |value: &'static str| -> Vec<&'static str> {
            vec!["run", "--rm", value, "busybox", "true"]
        };
        let cases = [
            case("unknown mode", &bad("--userns=bogus"))
                .stderr_has("unrecognized namespace mode bogus passed"),
            case("host with options", &bad("--userns=host:x"))
                .stderr_has("unrecognized namespace mode host:x passed"),
            case("nomap with options", &bad("--userns=nomap:x"))
                .stderr_has("unrecognized namespace mode nomap:x passed"),
            case("keep-id bad uid", &bad("--userns=keep-id:uid=x"))
                .stderr_has("parsing \"x\": invalid syntax"),
            case("keep-id unknown option", &bad("--userns=keep-id:foo=1"))
                .stderr_has("unknown option specified: \"foo\""),
            case("auto bad size", &bad("--userns=auto:size=x"))
                .stderr_has("parsing \"x\": invalid syntax"),
            case("auto unknown option", &bad("--userns=auto:foo"))
                .stderr_has("invalid option specified: \"foo\""),
        ];
        run_cases(&pair, "userns bad values", &cases);
    });
}

#[test]
fn nomap_and_auto_match_podman() {
    for_each_user!(|user| {
        // podman refuses nomap and auto without subordinate ranges; den gives one-id mode the
        // default mapping instead (tests/userns_modes.rs).
        if !user.subids {
            continue;
        }
        let pair = Pair::new(user, "usernsnomap");
        let run = |extra: &[&'static str]| -> Vec<&'static str> {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(extra);
            args
        };
        let owners = "stat -c '%u %g %n' / /bin /etc/passwd";
        let cases = [
            case("nomap id", &run(&["--userns=nomap", "busybox", "id"])).stdout(),
            case(
                "nomap map shape",
                &run(&["--userns=nomap", "busybox", "sh", "-c", SHAPE]),
            )
            .stdout(),
            case(
                "nomap image owners",
                &run(&["--userns=nomap", "busybox", "sh", "-c", owners]),
            )
            .stdout(),
            case(
                "nomap writes",
                &run(&[
                    "--userns=nomap",
                    "busybox",
                    "sh",
                    "-c",
                    "echo hi > /etc/new && stat -c '%u %g' /etc/new && cat /etc/new",
                ]),
            )
            .stdout(),
            // Not compared: auto's default size (podman grows it to the image's highest file
            // owner, 65534 on this busybox; den takes 1024: README's differences) and the
            // inspect mode of an auto container that never ran (podman: "", den: "private",
            // podman's once it runs).
            case(
                "auto size map shape",
                &run(&["--userns=auto:size=500", "busybox", "sh", "-c", SHAPE]),
            )
            .stdout(),
            case(
                "auto image owners",
                &run(&["--userns=auto", "busybox", "sh", "-c", owners]),
            )
            .stdout(),
            case(
                "auto too large",
                &run(&["--userns=auto:size=70000", "busybox", "true"]),
            )
            .stderr_has("could not find enough available IDs"),
            case(
                "nomap inspect mode",
                &["inspect", "--format", "{{.HostConfig.UsernsMode}}", "n1"],
            )
            .setup(&[
                "create",
                "--name",
                "n1",
                "--userns=nomap",
                "busybox",
                "true",
            ])
            .stdout(),
        ];
        run_cases(&pair, "userns nomap and auto", &cases);
    });
}
