//! Differential cases: the same command line through podman and den (tests/common/
//! differential.rs), as each unprivileged user. One suite per command family; each case is
//! written from podman 4.3's documentation and behaviour.

mod common;

use common::differential::{Pair, case, run_cases};

#[test]
fn images_and_containers_listing() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "listing");
        let cases = [
            case("images -q", &["images", "-q"]).stdout(),
            case(
                "images --format",
                &["images", "--format", "{{.Repository}}:{{.Tag}}"],
            )
            .stdout(),
            case("ps -a empty", &["ps", "-a"]).stdout(),
            case("ps -aq", &["ps", "-aq"])
                .setup(&["create", "--name", "c1", "busybox", "true"])
                .stdout(),
            case("ps --format names", &["ps", "-a", "--format", "{{.Names}}"])
                .setup(&["create", "--name", "c1", "busybox", "true"])
                .stdout(),
        ];
        run_cases(&pair, "listing", &cases);
    });
}

#[test]
fn exit_codes_and_messages() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "errors");
        let cases = [
            case("rm of a missing container", &["rm", "nosuch"]).stderr_has("no such container"),
            case("inspect of a missing object", &["inspect", "nosuch"]),
            case("stop of a missing container", &["stop", "nosuch"])
                .stderr_has("no such container"),
            case("rmi of a missing image", &["rmi", "nosuch"]).stderr_has("image not known"),
            case(
                "run exit code",
                &["run", "--rm", "busybox", "sh", "-c", "exit 3"],
            ),
            case(
                "run of a missing command",
                &["run", "--rm", "busybox", "nosuchcmd"],
            ),
            case(
                "run of a non-executable",
                &["run", "--rm", "busybox", "/etc/passwd"],
            ),
            case("run output", &["run", "--rm", "busybox", "echo", "hi"]).stdout(),
        ];
        run_cases(&pair, "errors", &cases);
    });
}
