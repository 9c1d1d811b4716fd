//! `den attach` to detached containers started with -t or -i, as the unprivileged users: the
//! terminal through tmux (typing, window size, detach keys, exit status), a second attach
//! refused, and piped stdin to a `-i` container.

mod common;

use std::process::Command;
use std::time::Duration;

const BUSYBOX: &str = "busybox.docker.tar";

fn name(user: &common::User, what: &str) -> String {
    format!("{what}-{}", if user.subids { "sub" } else { "one" })
}

fn rm_f(user: &common::User, name: &str) {
    let _ = user.den(&["rm", "-f", name]).run();
}

#[test]
fn attach_gives_the_terminal_of_a_detached_it_container() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        require!(
            Command::new("tmux").arg("-V").output().is_ok(),
            "tmux is not installed: run tests/setup/root.sh"
        );
        let n = name(user, "attach-tty");
        rm_f(user, &n);
        user.den(&["run", "-dit", "--name", &n, "busybox", "sh"])
            .run()
            .success("run -dit");
        let session = format!("den-attach-{}-{}", std::process::id(), user.subids);
        let den = common::den_binary();
        let inner = user.command(den.to_str().unwrap(), &["attach", &n], true);
        let line = format!("{inner:?}").replace('"', "");
        // Attach, detach, attach again: each attach's status on the screen.
        let start = format!(
            "TERM=xterm {line}; echo first-exited-$?; TERM=xterm {line}; echo second-exited-$?; sleep 5"
        );
        let term = common::Tmux::start(&session, &start);
        let tmux = common::Tmux::run;
        let screen = |want: &str| term.screen_with(want);
        std::thread::sleep(Duration::from_millis(500));
        tmux(&["send-keys", "-t", &session, "echo hello-$((6*7))", "Enter"]);
        let text = screen("hello-42");
        assert!(text.contains("hello-42"), "typing or output lost: {text}");

        // One attached den at a time.
        let second = user.den(&["attach", &n]).run();
        second.code_is(125).stderr_has("already has a den attach");

        tmux(&["send-keys", "-t", &session, "stty size", "Enter"]);
        let text = screen("30 100");
        assert!(text.contains("30 100"), "initial size: {text}");
        tmux(&["resize-window", "-t", &session, "-x", "120", "-y", "40"]);
        std::thread::sleep(Duration::from_millis(300));
        tmux(&["send-keys", "-t", &session, "stty size", "Enter"]);
        let text = screen("40 120");
        assert!(text.contains("40 120"), "resize not seen: {text}");

        tmux(&["send-keys", "-t", &session, "C-p", "C-q"]);
        let text = screen("first-exited-0");
        assert!(text.contains("first-exited-0"), "detach failed: {text}");
        let ps = user.den(&["ps"]).run().success("ps");
        assert!(ps.contains(&n), "container gone after detach: {ps}");

        // The second attach: the same shell, and its exit status.
        std::thread::sleep(Duration::from_millis(500));
        tmux(&["send-keys", "-t", &session, "echo again-$((2*3))", "Enter"]);
        let text = screen("again-6");
        assert!(text.contains("again-6"), "second attach: {text}");
        tmux(&["send-keys", "-t", &session, "exit 3", "Enter"]);
        let text = screen("second-exited-3");
        tmux(&["kill-session", "-t", &session]);
        assert!(text.contains("second-exited-3"), "exit status: {text}");
        let ps = user.den(&["ps"]).run().success("ps");
        assert!(!ps.contains(&n), "container still running: {ps}");
        let logs = user.den(&["logs", &n]).run().success("logs");
        assert!(
            logs.contains("hello-42"),
            "the log missed the pty output: {logs}"
        );
        // The socket is gone with the container: attach falls back to a clear error.
        user.den(&["attach", &n])
            .run()
            .code_is(125)
            .stderr_has("only attach to running containers");
        rm_f(user, &n);
    });
}

#[test]
fn attach_passes_piped_stdin_to_a_detached_i_container() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "attach-stdin");
        rm_f(user, &n);
        user.den(&["run", "-di", "--name", &n, "busybox", "sh"])
            .run()
            .success("run -di");
        let out = user
            .den(&["attach", &n])
            .stdin(b"echo piped-$((6*7))\necho to-stderr >&2\nexit 4\n")
            .run();
        out.code_is(4);
        assert!(out.stdout().contains("piped-42"), "{}", out.stdout());
        assert!(out.stderr().contains("to-stderr"), "{}", out.stderr());
        let logs = user.den(&["logs", &n]).run().success("logs");
        assert!(logs.contains("piped-42"), "{logs}");

        // More input than a pipe holds: the monitor queues it without stalling.
        let big = format!("{n}-big");
        rm_f(user, &big);
        user.den(&["run", "-di", "--name", &big, "busybox", "wc", "-c"])
            .run()
            .success("run -di wc");
        let out = user
            .den(&["attach", &big])
            .stdin(&vec![b'x'; 300_000])
            .run();
        assert_eq!(out.success("attach wc").trim(), "300000");
        rm_f(user, &big);

        // A --rm container leaves no record: the monitor sends attach the exit code.
        let out = user
            .den(&["run", "-di", "--rm", "busybox", "sh"])
            .run()
            .success("run -di --rm");
        let id = out.trim();
        user.den(&["attach", id])
            .stdin(b"exit 7\n")
            .run()
            .code_is(7);

        // --no-stdin: the container does not get this den's input, only shows its output.
        let out = user
            .den(&[
                "run",
                "-di",
                "--rm",
                "busybox",
                "sh",
                "-c",
                "read -t 2 l; echo got-[$l]",
            ])
            .run()
            .success("run -di read");
        let out = user
            .den(&["attach", "--no-stdin", out.trim()])
            .stdin(b"typed\n")
            .run();
        assert_eq!(out.success("attach --no-stdin").trim(), "got-[]");

        // A bad --detach-keys is refused before connecting.
        user.den(&["run", "-di", "--name", &format!("{n}-2"), "busybox", "sh"])
            .run()
            .success("run -di");
        let bad = user
            .den(&["attach", "--detach-keys", "ctrl-1", &format!("{n}-2")])
            .run();
        bad.code_is(125).stderr_has("invalid detach key");
        rm_f(user, &n);
        rm_f(user, &format!("{n}-2"));
    });
}
