//! Differential cases of `den build` against `podman build` (tests/common/differential.rs), as
//! each unprivileged user: the step lines, a failing RUN's exit status, the refusals, and the
//! files of a squashed layer.

mod build_support;
mod common;

use std::fs;
use std::path::Path;

use common::differential::{Pair, case, run_cases};

#[test]
fn build_steps_and_exit_codes() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build");
        let ctx = user.fresh_dir("diff-build-ctx");
        let write =
            |name: &str, text: &str| build_dir(user, &ctx, name, &[("Containerfile", text)]);
        let failing = write("failing", "FROM busybox\nRUN exit 3\n");
        let small = write("small", "FROM busybox\nENV A=1\nLABEL x=y\nCMD [\"sh\"]\n");
        let missing = ctx.join("nope").to_str().unwrap().to_string();
        let cases = [
            case("a failing RUN ends with its status", &["build", &failing])
                .stdout()
                .stderr_has("RUN exit 3"),
            case("a missing context", &["build", &missing]),
            case("-q prints only the id", &["build", "-q", &small]).stdout(),
            // podman's --pull values: docker's false is missing; newer goes on with the local
            // image when the registry (here: none at localhost) cannot be reached; --pull
            // alone is always and takes no value after a space (the context stays one).
            case("--pull=false", &["build", "-q", "--pull=false", &small]).stdout(),
            case("--pull=NEVER", &["build", "-q", "--pull=NEVER", &small]).stdout(),
            case("--pull=newer", &["build", "-q", "--pull=newer", &small]).stdout(),
            case("--pull alone pulls", &["build", "-q", "--pull", &small]),
            case("--pull=true pulls", &["build", "-q", "--pull=true", &small]),
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

/// ONBUILD triggers of a docker-format base run as steps 2.. of the child (podman's lines);
/// --annotation and --format docker show alike in `image inspect`.
#[test]
fn build_onbuild_annotation_and_format() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build-more");
        let ctx = user.fresh_dir("diff-build-more-ctx");
        let write = |name: &str, text: &str| {
            build_dir(
                user,
                &ctx,
                name,
                &[("Containerfile", text), ("a.txt", "a\n")],
            )
        };
        let base = write(
            "base",
            "FROM busybox\nONBUILD RUN echo hi > /onbuild\nONBUILD COPY a.txt /a.txt\n",
        );
        let child = write("child", "FROM onbase\nRUN cat /onbuild /a.txt\n");
        let ok =
            |what: &str,
             (p, d): &(common::differential::Outcome, common::differential::Outcome)| {
                assert_eq!(
                    (p.code, d.code),
                    (0, 0),
                    "{what}: podman: {}\nden: {}",
                    p.stderr,
                    d.stderr
                );
            };
        let built = pair.both(&["build", "--format", "docker", "-t", "onbase", &base]);
        ok("the base", &built);
        let built = pair.both(&["build", "-t", "onchild", &child]);
        ok("the child", &built);
        assert_eq!(short_ids(&built.1.stdout), short_ids(&built.0.stdout));
        let built = pair.both(&[
            "build",
            "--no-cache",
            "-q",
            "--annotation",
            "k=v=w",
            "-t",
            "ann",
            &child,
        ]);
        ok("--annotation", &built);
        for (image, format) in [
            ("ann", "{{.Annotations.k}} {{.ManifestType}}"),
            ("onbase", "{{.ManifestType}} {{json .Annotations}}"),
        ] {
            let (p, d) = pair.both(&["image", "inspect", "--format", format, image]);
            assert_eq!(
                (p.code, d.code, &d.stdout),
                (0, 0, &p.stdout),
                "{image}: {}",
                d.stderr
            );
        }
    });
}

/// History entries as podman writes them: COPY/ADD named `file:`, `dir:` or `multi:` by their
/// sources (also with `--from`), a digest and a trailing space; `{{.EmptyLayer}}` false on
/// entries that have a layer; `\n` in a template's string a newline.
#[test]
fn build_history_entries() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build-hist");
        let ctx = user.fresh_dir("diff-build-hist-ctx");
        fs::create_dir_all(ctx.join("hist/d1")).unwrap();
        fs::write(ctx.join("hist/d1/1"), "1\n").unwrap();
        let file = "FROM busybox AS b\nRUN echo x > /x && mkdir /y && echo z > /y/z\n\
                    FROM busybox\nCOPY --from=b /x /x\nCOPY --from=b /y /y\n\
                    COPY --from=b /x /y/z /m/\nADD a.txt /aa\nCOPY a.txt b.txt /two/\n\
                    COPY d* /dd/\nCOPY a.txt .\nENV X=1\n";
        let files = [("Containerfile", file), ("a.txt", "a\n"), ("b.txt", "b\n")];
        let dir = build_dir(user, &ctx, "hist", &files);
        let (p, d) = pair.both(&["build", "-q", "-t", "hist", &dir]);
        assert_eq!(
            (p.code, d.code),
            (0, 0),
            "podman: {}\nden: {}",
            p.stderr,
            d.stderr
        );
        let digests = |text: &str| -> String {
            text.split(':')
                .map(|part| {
                    let hex = part.bytes().take_while(u8::is_ascii_hexdigit).count();
                    if hex == 64 {
                        format!("<DIGEST>{}", &part[64..])
                    } else {
                        part.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(":")
        };
        for args in [
            &[
                "image",
                "inspect",
                "--format",
                r#"{{range .History}}{{.EmptyLayer}} {{.CreatedBy}}|{{.Author}}{{"\n"}}{{end}}"#,
                "hist",
            ][..],
            &[
                "history",
                "--no-trunc",
                "--format",
                "{{.CreatedBy}}",
                "hist",
            ][..],
        ] {
            let (p, d) = pair.both(args);
            assert_eq!((p.code, d.code), (0, 0), "{args:?}: {}", d.stderr);
            assert_eq!(digests(&d.stdout), digests(&p.stdout), "{args:?}");
            assert!(p.stdout.contains("COPY multi:"), "{}", p.stdout);
        }
    });
}

/// A build context `ctx/name` of `files` (name, content), the user's; its path.
fn build_dir(user: &common::User, ctx: &Path, name: &str, files: &[(&str, &str)]) -> String {
    let dir = ctx.join(name);
    fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        fs::write(dir.join(file), text).unwrap();
    }
    if let Some(owner) = &user.name {
        let out = std::process::Command::new("chown")
            .args(["-R", &format!("{owner}:"), ctx.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    dir.to_str().unwrap().to_string()
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

/// `--squash`: podman's step lines (no step's id), the base's layer and one more, history
/// entries one per step with only the last naming a layer; the refusal with --layers; and
/// `--layers=false`'s step lines (no step's id either).
#[test]
fn build_squash_layers_and_history() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build-sq");
        let ctx = user.fresh_dir("diff-build-sq-ctx");
        let file = "FROM busybox\nENV A=1\nRUN echo one > /one && rm /etc/group\nRUN rm /one && echo z > /z\nLABEL k=v\nCMD [\"sh\"]\n";
        let dir = build_dir(user, &ctx, "squash", &[("Containerfile", file)]);
        let dir = dir.as_str();
        for args in [
            &["build", "--squash", "-t", "sq", dir][..],
            &["build", "--layers=false", dir][..],
        ] {
            let (p, d) = pair.both(args);
            assert_eq!(
                (p.code, d.code),
                (0, 0),
                "{args:?}: podman: {}\nden: {}",
                p.stderr,
                d.stderr
            );
            assert_eq!(short_ids(&d.stdout), short_ids(&p.stdout), "{args:?}");
        }
        for args in [
            &[
                "image",
                "inspect",
                "--format",
                "{{len .RootFS.Layers}} {{range .History}}{{if .EmptyLayer}}e{{else}}L{{end}}{{end}}",
                "sq",
            ][..],
            &["history", "--format", "{{.CreatedBy}}", "sq"][..],
            &[
                "run",
                "--rm",
                "sq",
                "sh",
                "-c",
                "ls /one /etc/group; cat /z",
            ][..],
        ] {
            let (p, d) = pair.both(args);
            assert_eq!(
                (p.code, d.code, &d.stdout),
                (p.code, p.code, &p.stdout),
                "{args:?}: {}",
                d.stderr
            );
        }
        // The squashed layer's entries (path, owner, mode): podman's also holds the empty
        // mount targets of its RUN container (/etc/hosts, ...), and whiteouts only of the
        // base's files.
        let saved = user.fresh_dir("diff-build-sq-save");
        let (p_tar, d_tar) = (saved.join("podman.tar"), saved.join("den.tar"));
        let out = pair.podman(&["save", "-o", p_tar.to_str().unwrap(), "sq"]);
        assert!(out.status.success(), "podman save: {out:?}");
        pair.den(&["save", "-o", d_tar.to_str().unwrap(), "sq"])
            .success("den save");
        // podman's tar modes carry the file type bits and its whiteouts have mode 0; den's
        // have the permission bits only (both unpack alike): compare those of files.
        let top = |tar: &Path| {
            let mut entries: Vec<_> = build_support::saved_layers(tar)
                .remove(0)
                .into_iter()
                .map(|(p, u, g, m)| {
                    let whiteout = p.rsplit('/').next().unwrap_or("").starts_with(".wh.");
                    let m = if whiteout { 0 } else { m & 0o7777 };
                    (p, u, g, m)
                })
                .collect();
            entries.sort();
            entries
        };
        let podman_top = top(&p_tar);
        assert!(
            podman_top.iter().any(|(p, ..)| p == "etc/hosts"),
            "{podman_top:?}"
        );
        assert_eq!(top(&d_tar), podman_top);

        let cases = [case(
            "--squash with --layers",
            &["build", "--squash", "--layers", dir],
        )
        .stderr_has("cannot specify --squash with --layers")];
        run_cases(&pair, "build-sq", &cases);
        pair.clean();
    });
}
