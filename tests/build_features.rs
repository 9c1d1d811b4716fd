//! Behaviour tests of `den build`'s later features, as both test users (with subordinate
//! ranges and in one-id mode): ONBUILD triggers, RUN --mount from= a stage or an image,
//! --annotation, --ulimit, a context on standard input.

mod build_support;
mod common;

use std::fs;

use build_support::{context, own_store};

/// ONBUILD lines of a base image run at the start of a stage built FROM it (a RUN, and a
/// COPY from the child's own context), and the child does not pass them on.
#[test]
fn onbuild_triggers_run_in_the_child_and_stop_there() {
    for_each_user!(|user| {
        let store = own_store(user, "build-onbuild-store");
        let ctx = context(user, "build-onbuild", &[("a.txt", "from the child\n")]);
        let ctx_s = ctx.to_str().unwrap();
        let build = |file: &str, tag: &str| {
            user.den_in(&store, &["build", "-f", "-", "-t", tag, ctx_s])
                .stdin(file.as_bytes())
                .run()
                .success(&format!("den build -t {tag}"))
        };
        let base = build(
            "FROM busybox\nONBUILD RUN echo hi > /onbuild\nONBUILD COPY a.txt /a.txt\n",
            "onbase",
        );
        assert!(!base.contains("--> Using cache"), "{base}");
        let config = |image: &str| {
            user.den_in(
                &store,
                &[
                    "image",
                    "inspect",
                    "--format",
                    "{{json .Config.OnBuild}}",
                    image,
                ],
            )
            .run()
            .success("den image inspect")
        };
        let on = config("onbase");
        assert!(
            on.contains("\"RUN echo hi \\u003e /onbuild\"")
                || on.contains("\"RUN echo hi > /onbuild\""),
            "{on}"
        );
        assert!(on.contains("\"COPY a.txt /a.txt\""), "{on}");
        // The base's own build does not run its triggers.
        let ran = user
            .den_in(
                &store,
                &[
                    "run",
                    "--rm",
                    "onbase",
                    "sh",
                    "-c",
                    "test -e /onbuild || echo none",
                ],
            )
            .run();
        assert_eq!(ran.success("den run onbase"), "none\n");

        let child = build("FROM onbase\nRUN cat /onbuild /a.txt > /both\n", "onchild");
        assert!(
            child.contains("STEP 1/2: FROM onbase\nSTEP 2/4: RUN echo hi > /onbuild\n"),
            "{child}"
        );
        assert!(child.contains("STEP 3/4: COPY a.txt /a.txt\n"), "{child}");
        let ran = user
            .den_in(&store, &["run", "--rm", "onchild", "cat", "/both"])
            .run();
        assert_eq!(ran.success("den run onchild"), "hi\nfrom the child\n");
        let off = config("onchild");
        assert!(
            !off.contains("onbuild"),
            "the child keeps no triggers: {off}"
        );

        // A grandchild runs none (the file the trigger would write is absent).
        let grand = build("FROM onchild\nRUN rm /onbuild\n", "ongrand");
        assert!(grand.contains("STEP 2/2: RUN rm /onbuild"), "{grand}");
        let ran = user
            .den_in(
                &store,
                &[
                    "run",
                    "--rm",
                    "ongrand",
                    "sh",
                    "-c",
                    "test -e /onbuild || echo gone",
                ],
            )
            .run();
        assert_eq!(ran.success("den run ongrand"), "gone\n");

        // A second child build takes every step from the cache, the triggers' too.
        let again = build("FROM onbase\nRUN cat /onbuild /a.txt > /both\n", "onchild");
        assert_eq!(build_support::using_cache(&again), 3, "{again}");
    });
}

/// RUN --mount=type=bind,from=STAGE|IMAGE sees the stage's tree (owners kept), read-only
/// unless rw, and writes to an rw or cache mount do not reach the stage or the image.
#[test]
fn run_mounts_from_a_stage_or_an_image() {
    for_each_user!(|user| {
        let store = own_store(user, "build-mountfrom-store");
        let ctx = context(user, "build-mountfrom", &[]);
        let one_id = user.subid_ranges("/etc/subuid").is_empty();
        let owner = if one_id { "0:0" } else { "7:8" };
        let chown = if one_id { "" } else { " && chown 7:8 /d/f" };
        let file = format!(
            "FROM busybox AS data\n\
             RUN mkdir /d && echo staged > /d/f{chown}\n\
             FROM busybox\n\
             RUN --mount=type=bind,from=data,source=/d,target=/fromdata \
                 cat /fromdata/f > /copied && stat -c %u:%g /fromdata/f > /owner \
                 && if touch /fromdata/new 2>/dev/null; then echo writable > /ro; else echo read-only > /ro; fi\n\
             RUN --mount=type=bind,from=data,target=/whole,rw echo changed > /whole/d/f && cat /whole/d/f > /rw\n\
             RUN --mount=type=cache,from=data,source=/d,target=/cache cat /cache/f > /cached && echo x > /cache/f\n\
             RUN --mount=type=bind,from=data,source=/d,target=/fromdata cat /fromdata/f > /after\n\
             RUN --mount=type=bind,from=busybox,target=/bb test -x /bb/bin/busybox && echo image > /img\n"
        );
        let out = user
            .den_in(
                &store,
                &["build", "-f", "-", "-t", "mountfrom", ctx.to_str().unwrap()],
            )
            .stdin(file.as_bytes())
            .run();
        out.success("den build with --mount from=");
        let ran = user
            .den_in(
                &store,
                &[
                    "run",
                    "--rm",
                    "mountfrom",
                    "sh",
                    "-c",
                    "cat /copied /owner /ro /rw /cached /after /img; \
                     for d in /fromdata /whole /cache /bb; do test -e $d && echo left $d; done; true",
                ],
            )
            .run();
        assert_eq!(
            ran.success("den run mountfrom"),
            format!("staged\n{owner}\nread-only\nchanged\nstaged\nstaged\nimage\n")
        );
        // The directories made for the mounts are gone.
        let work = store.join("build-work");
        let left: Vec<String> = fs::read_dir(&work)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with("mount-"))
                    .collect()
            })
            .unwrap_or_default();
        assert!(left.is_empty(), "{left:?}");

        user.den_in(&store, &["build", "-f", "-", ctx.to_str().unwrap()])
            .stdin(
                b"FROM busybox\nRUN --mount=type=bind,from=busybox,source=/nope,target=/n true\n",
            )
            .run()
            .code_is(125)
            .stderr_has("\"/nope\" does not exist");
    });
}

/// --annotation lands in the final manifest with buildah's base annotations; --format docker
/// makes a Docker v2 schema 2 manifest (no annotations) whose image still runs.
#[test]
fn annotations_and_the_docker_format() {
    for_each_user!(|user| {
        let store = own_store(user, "build-annotation-store");
        let ctx = context(user, "build-annotation", &[]);
        let ctx_s = ctx.to_str().unwrap();
        let file = b"FROM busybox\nRUN echo a > /a\n";
        user.den_in(
            &store,
            &[
                "build",
                "-q",
                "-f",
                "-",
                "--annotation",
                "a.b=c",
                "--annotation",
                "x=y=z",
                "--annotation",
                "noval",
                "-t",
                "ann",
                ctx_s,
            ],
        )
        .stdin(file.as_slice())
        .run()
        .success("den build --annotation");
        let inspect = |image: &str| {
            user.den_in(
                &store,
                &[
                    "image",
                    "inspect",
                    "--format",
                    "{{json .Annotations}} {{.ManifestType}}",
                    image,
                ],
            )
            .run()
            .success("den image inspect")
        };
        let busybox_manifest = user
            .den_in(
                &store,
                &["image", "inspect", "--format", "{{.Digest}}", "busybox"],
            )
            .run()
            .success("den image inspect busybox");
        let ann = inspect("ann");
        for want in [
            "\"a.b\":\"c\"".to_string(),
            "\"x\":\"y=z\"".to_string(),
            "\"noval\":\"\"".to_string(),
            "\"org.opencontainers.image.base.name\":\"localhost/busybox:latest\"".to_string(),
            format!(
                "\"org.opencontainers.image.base.digest\":\"{}\"",
                busybox_manifest.trim()
            ),
        ] {
            assert!(ann.contains(&want), "{want} in {ann}");
        }
        assert!(
            ann.ends_with(" application/vnd.oci.image.manifest.v1+json\n"),
            "{ann}"
        );
        user.den_in(&store, &["build", "-f", "-", "--annotation", "=v", ctx_s])
            .stdin(file.as_slice())
            .run()
            .code_is(125)
            .stderr_has("--annotation \"=v\": expected KEY=VALUE");

        user.den_in(
            &store,
            &[
                "build",
                "-q",
                "-f",
                "-",
                "--format",
                "docker",
                "--annotation",
                "a=b",
                "-t",
                "dock",
                ctx_s,
            ],
        )
        .stdin(b"FROM busybox\nRUN echo d > /d\n".as_slice())
        .run()
        .success("den build --format docker");
        assert_eq!(
            inspect("dock"),
            "{} application/vnd.docker.distribution.manifest.v2+json\n"
        );
        let ran = user
            .den_in(&store, &["run", "--rm", "dock", "cat", "/d"])
            .run();
        assert_eq!(ran.success("den run of the docker-format image"), "d\n");
        // The OCI archive of it holds the docker manifest and config media types.
        let out = user.fresh_dir("build-docker-save");
        let tar = out.join("dock.tar");
        user.den_in(
            &store,
            &[
                "save",
                "--format",
                "oci-archive",
                "-o",
                tar.to_str().unwrap(),
                "dock",
            ],
        )
        .run()
        .success("den save --format oci-archive");
        let listing = std::process::Command::new("tar")
            .args([
                "-xOf",
                tar.to_str().unwrap(),
                "--wildcards",
                "blobs/sha256/*",
            ])
            .output()
            .unwrap();
        let blobs = String::from_utf8_lossy(&listing.stdout);
        assert!(
            blobs.contains("\"mediaType\":\"application/vnd.docker.container.image.v1+json\""),
            "{blobs}"
        );
        user.den_in(&store, &["build", "--format", "bogus", ctx_s])
            .run()
            .code_is(125)
            .stderr_has("bogus");
    });
}

/// --ulimit sets RUN steps' limits; a bad one fails before any step with podman's error.
#[test]
fn ulimit_applies_to_run_steps() {
    for_each_user!(|user| {
        let store = own_store(user, "build-ulimit-store");
        let ctx = context(user, "build-ulimit", &[]);
        let ctx_s = ctx.to_str().unwrap();
        user.den_in(
            &store,
            &[
                "build",
                "-q",
                "-f",
                "-",
                "--ulimit",
                "nofile=512:1024",
                "-t",
                "lim",
                ctx_s,
            ],
        )
        .stdin(b"FROM busybox\nRUN ulimit -Sn > /soft && ulimit -Hn > /hard\n".as_slice())
        .run()
        .success("den build --ulimit");
        let ran = user
            .den_in(&store, &["run", "--rm", "lim", "cat", "/soft", "/hard"])
            .run();
        assert_eq!(ran.success("den run lim"), "512\n1024\n");
        user.den_in(&store, &["build", "--ulimit", "nofile=x", ctx_s])
            .stdin(b"FROM busybox\nRUN true\n".as_slice())
            .run()
            .code_is(125)
            .stderr_has("ulimit option \"nofile=x\" requires name=SOFT:HARD");
    });
}

/// `den build -` takes a tarball (plain or gzip) as the context, or a Containerfile alone.
#[test]
fn context_from_standard_input() {
    for_each_user!(|user| {
        let store = own_store(user, "build-stdin-store");
        let dir = context(
            user,
            "build-stdin-ctx",
            &[
                ("Containerfile", "FROM busybox\nCOPY h.txt /h.txt\n"),
                ("h.txt", "hello\n"),
            ],
        );
        let tar = std::process::Command::new("tar")
            .args(["-C", dir.to_str().unwrap(), "-cf", "-", "."])
            .output()
            .unwrap();
        assert!(tar.status.success());
        let gz = {
            use std::io::Write;
            let mut child = std::process::Command::new("gzip")
                .arg("-c")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            child.stdin.take().unwrap().write_all(&tar.stdout).unwrap();
            child.wait_with_output().unwrap().stdout
        };
        for (tag, bytes) in [("fromtar", &tar.stdout), ("fromgz", &gz)] {
            user.den_in(&store, &["build", "-q", "-t", tag, "-"])
                .stdin(bytes.as_slice())
                .run()
                .success("den build - < ctx.tar");
            let ran = user
                .den_in(&store, &["run", "--rm", tag, "cat", "/h.txt"])
                .run();
            assert_eq!(ran.success("den run"), "hello\n");
        }
        let built = user
            .den_in(&store, &["build", "-q", "-t", "fromfile", "-"])
            .stdin(b"FROM busybox\nRUN echo df > /df\n".as_slice())
            .run();
        built.success("den build - < Containerfile");
        let ran = user
            .den_in(&store, &["run", "--rm", "fromfile", "cat", "/df"])
            .run();
        assert_eq!(ran.success("den run fromfile"), "df\n");
        user.den_in(&store, &["build", "-f", "-", "-"])
            .stdin(b"FROM busybox\n".as_slice())
            .run()
            .code_is(125)
            .stderr_has("cannot both come from standard input");
    });
}

/// --cache-from and --cache-to are accepted with a warning (den's cache is the local store's)
/// and checked as references.
#[test]
fn remote_cache_flags_warn_and_build() {
    for_each_user!(|user| {
        let store = own_store(user, "build-cachefrom-store");
        let ctx = context(user, "build-cachefrom", &[]);
        let ctx_s = ctx.to_str().unwrap();
        let built = user
            .den_in(
                &store,
                &[
                    "build",
                    "-q",
                    "-f",
                    "-",
                    "--cache-from",
                    "registry.example/app/cache",
                    "--cache-to",
                    "registry.example/app/cache",
                    "-t",
                    "cached",
                    ctx_s,
                ],
            )
            .stdin(b"FROM busybox\nRUN echo c > /c\n".as_slice())
            .run();
        built
            .stderr_has("--cache-from registry.example/app/cache: den keeps the build cache in the local store only")
            .stderr_has("--cache-to registry.example/app/cache:");
        built.success("den build --cache-from");
        user.den_in(&store, &["build", "--cache-from", "bad ref", ctx_s])
            .run()
            .code_is(125)
            .stderr_has("unable to parse value provided to --cache-from");
    });
}
