//! What den prints, as the unprivileged users: output to a reader that has gone ends den
//! quietly with podman's status.

mod common;

use std::process::Stdio;

const BUSYBOX: &str = "busybox.docker.tar";

/// podman's status when stdout's reader is gone (128 + SIGPIPE, as
/// `set -o pipefail; podman images | head -c0` reports).
const EXIT_CLOSED_PIPE: i32 = 141;

/// Runs `den ARGS` with stdout a pipe whose read end is closed before den starts.
fn run_into_closed_pipe(user: &common::User, args: &[&str]) -> std::process::Output {
    let (read, write) = nix::unistd::pipe().expect("pipe");
    drop(read);
    let mut cmd = user.den(args).command();
    cmd.stdin(Stdio::null())
        .stdout(Stdio::from(write))
        .stderr(Stdio::piped());
    let child = cmd.spawn().expect("starting den");
    child.wait_with_output().expect("waiting for den")
}

// `println!` in diff panicked and `writeln!(..)?` in images printed "error: Broken pipe"
// when the reader had gone (`den diff ctr | head`): no output path handled a closed pipe.
#[test]
fn output_to_closed_pipe_does_not_panic() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let ctr = format!("pipe-{}", if user.subids { "sub" } else { "one" });
        let _ = user.den(&["rm", "-f", &ctr]).run();
        user.den(&["run", "--name", &ctr, "busybox", "touch", "/new-file"])
            .run()
            .success("run");
        for args in [
            vec!["diff", ctr.as_str()],
            vec!["images"],
            vec!["ps", "-a"],
            vec!["history", "busybox"],
            vec!["inspect", "busybox"],
        ] {
            let out = run_into_closed_pipe(user, &args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                !stderr.contains("panicked"),
                "den {args:?} as {}: {stderr}",
                user.label()
            );
            assert!(
                !stderr.contains("error"),
                "den {args:?} as {} printed an error for a closed pipe: {stderr}",
                user.label()
            );
            assert_eq!(
                out.status.code(),
                Some(EXIT_CLOSED_PIPE),
                "den {args:?} as {}: {stderr}",
                user.label()
            );
        }
        let _ = user.den(&["rm", "-f", &ctr]).run();
    });
}
