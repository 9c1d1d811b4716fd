//! Differential cases of `den build` against `podman build` (tests/common/differential.rs), as
//! each unprivileged user: the step lines, a failing RUN's exit status, and the refusals.

mod common;

use std::fs;

use common::differential::{Pair, case, run_cases};

#[test]
fn build_steps_and_exit_codes() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build");
        let ctx = user.fresh_dir("diff-build-ctx");
        let write = |name: &str, text: &str| {
            let dir = ctx.join(name);
            fs::create_dir_all(&dir).unwrap();
            fs::write(dir.join("Containerfile"), text).unwrap();
            if let Some(owner) = &user.name {
                let out = std::process::Command::new("chown")
                    .args(["-R", &format!("{owner}:"), ctx.to_str().unwrap()])
                    .output()
                    .unwrap();
                assert!(out.status.success());
            }
            dir.to_str().unwrap().to_string()
        };
        let failing = write("failing", "FROM busybox\nRUN exit 3\n");
        let small = write("small", "FROM busybox\nENV A=1\nLABEL x=y\nCMD [\"sh\"]\n");
        let missing = ctx.join("nope").to_str().unwrap().to_string();
        let cases = [
            case("a failing RUN ends with its status", &["build", &failing])
                .stdout()
                .stderr_has("RUN exit 3"),
            case("a missing context", &["build", &missing]),
            case("-q prints only the id", &["build", "-q", &small]).stdout(),
        ];
        run_cases(&pair, "build", &cases);

        // The step lines of a build, the 11-digit ids (`--> ID`) hidden: they are ids of
        // configs with each tool's own creation time.
        // The case before built it: all from the cache, and no COMMIT without a name.
        let (p, d) = pair.both(&["build", &small]);
        assert_eq!(
            (p.code, d.code),
            (0, 0),
            "podman: {}\nden: {}",
            p.stderr,
            d.stderr
        );
        assert_eq!(short_ids(&d.stdout), short_ids(&p.stdout));
        assert!(
            d.stdout
                .contains("STEP 4/4: CMD [\"sh\"]\n--> Using cache "),
            "{}",
            d.stdout
        );
        // Without the cache: every step again, then COMMIT.
        let (p, d) = pair.both(&["build", "--no-cache", &small]);
        assert_eq!(
            (p.code, d.code),
            (0, 0),
            "podman: {}\nden: {}",
            p.stderr,
            d.stderr
        );
        assert_eq!(short_ids(&d.stdout), short_ids(&p.stdout));
        assert!(
            short_ids(&d.stdout).contains("STEP 4/4: CMD [\"sh\"]\nCOMMIT\n--> <SHORT>"),
            "{}",
            d.stdout
        );
    });
}

fn short_ids(out: &str) -> String {
    out.lines()
        .map(|l| match l.strip_prefix("--> ") {
            Some(id) if id.len() == 11 && id.bytes().all(|b| b.is_ascii_hexdigit()) => {
                "--> <SHORT>".to_string()
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
