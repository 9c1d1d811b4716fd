//! Behaviour tests of `den build`, as the unprivileged test users (with subordinate ranges and
//! in one-id mode): multi-stage builds, the cache, --target, build args, ignore files,
//! COPY --chown, cache mounts, the flags and refusals. Interop with podman and apt-get:
//! tests/build_interop.rs.

mod build_support;
mod common;

use std::fs;

use build_support::{context, copy_layer_entries, image_id, own_store, top_layer, using_cache};

const MULTI: &str = r#"# A build stage makes a program with busybox sh; the final stage copies it.
FROM busybox AS build
ARG GREETING=hello
RUN mkdir /out \
 && echo "$GREETING from the build stage" > /out/msg \
 && printf '#!/bin/sh\ncat /opt/msg /app/data.txt\n' > /out/show \
 && chmod 755 /out/show

FROM busybox AS unused
RUN exit 1

FROM busybox
COPY --from=build /out/msg /opt/msg
COPY --from=build /out/show /usr/local/bin/show
COPY app/ /app/
ENV MODE=prod
CMD ["show"]
"#;

#[test]
fn multi_stage_build_runs_caches_and_reruns_from_a_changed_copy() {
    for_each_user!(|user| {
        user.load_fixture("busybox.docker.tar");
        let ctx = context(
            user,
            "build-multi",
            &[("Containerfile", MULTI), ("app/data.txt", "data v1\n")],
        );
        let ctx_s = ctx.to_str().unwrap();
        let first = user
            .den(&["build", "-t", "multi", "--build-arg", "GREETING=hi", ctx_s])
            .run();
        let out = first.success("den build of a multi-stage Containerfile");
        assert!(
            out.contains("[1/2] STEP 1/3: FROM busybox AS build"),
            "{out}"
        );
        assert!(out.contains("[2/2] STEP 6/6: CMD [\"show\"]"), "{out}");
        assert!(
            !out.contains("exit 1"),
            "the unused stage is skipped: {out}"
        );
        assert!(out.contains("[2/2] COMMIT multi\n"), "{out}");
        assert!(
            out.contains("Successfully tagged localhost/multi:latest"),
            "{out}"
        );
        assert_eq!(using_cache(&out), 0, "{out}");
        let id = image_id(&out);

        let ran = user.den(&["run", "--rm", "multi"]).run();
        assert_eq!(
            ran.success("running the built image"),
            "hi from the build stage\ndata v1\n"
        );
        let env = user
            .den(&[
                "run",
                "--rm",
                "multi",
                "sh",
                "-c",
                "echo $MODE; stat -c %u:%g /app/data.txt",
            ])
            .run();
        assert_eq!(env.success("the image's ENV"), "prod\n0:0\n");

        // Unchanged: every step after a FROM comes from the cache, same image.
        let again = user
            .den(&["build", "-t", "multi", "--build-arg", "GREETING=hi", ctx_s])
            .run();
        let out2 = again.success("the second build");
        assert_eq!(using_cache(&out2), 7, "{out2}");
        assert_eq!(image_id(&out2), id);

        // A changed file reruns its COPY and the steps after it, nothing before.
        fs::write(ctx.join("app/data.txt"), "data v2\n").unwrap();
        let third = user
            .den(&["build", "-t", "multi", "--build-arg", "GREETING=hi", ctx_s])
            .run();
        let out3 = third.success("the build after a change");
        assert_eq!(
            using_cache(&out3),
            4,
            "the build stage and two COPY --from: {out3}"
        );
        assert_ne!(image_id(&out3), id);
        let ran = user.den(&["run", "--rm", "multi"]).run();
        assert_eq!(
            ran.success("the rebuilt image"),
            "hi from the build stage\ndata v2\n"
        );

        // Another build arg changes the build stage's RUN.
        let other = user
            .den(&["build", "-q", "--build-arg", "GREETING=bye", ctx_s])
            .run();
        let quiet = other.success("den build -q");
        assert!(!quiet.contains("STEP"), "-q prints no steps: {quiet}");
        let id4 = image_id(&quiet);
        let ran = user.den(&["run", "--rm", &id4]).run();
        assert_eq!(
            ran.success("the image built with another arg"),
            "bye from the build stage\ndata v2\n"
        );

        let history = user
            .den(&[
                "history",
                "--no-trunc",
                "--format",
                "{{.CreatedBy}}",
                "multi",
            ])
            .run();
        let h = history.success("den history");
        assert!(h.contains("#(nop) ENV MODE=prod"), "{h}");
        assert!(h.contains("#(nop) COPY"), "{h}");
    });
}

const OPTIONS: &str = r#"FROM busybox AS base
ARG VERSION
ARG FROM_FILE
RUN --mount=type=cache,target=/cache \
    n=$(cat /cache/n 2>/dev/null || echo 0); echo $((n+1)) > /cache/n; cp /cache/n /count
COPY --chown=1000:1000 . /ctx/
RUN echo "v=$VERSION f=$FROM_FILE" > /version

FROM base AS final
RUN exit 7
"#;

#[test]
fn target_build_args_ignore_file_chown_and_cache_mount() {
    for_each_user!(|user| {
        let store = own_store(user, "build-opts-store");
        let ctx = context(
            user,
            "build-opts",
            &[
                ("Containerfile", OPTIONS),
                (".containerignore", "secret.txt\nlogs/**\n!logs/keep.log\n"),
                ("secret.txt", "do not copy\n"),
                ("logs/other.log", "no\n"),
                ("logs/keep.log", "yes\n"),
                ("src/a.txt", "a\n"),
                ("args", "# build args\nFROM_FILE=filed\n"),
            ],
        );
        let ctx_s = ctx.to_str().unwrap();
        let args_file = ctx.join("args");
        let build = |extra: &[&str]| {
            let mut a = vec![
                "build",
                "--target",
                "base",
                "-t",
                "opts",
                "--build-arg",
                "VERSION=3",
                "--build-arg-file",
                args_file.to_str().unwrap(),
            ];
            a.extend_from_slice(extra);
            a.push(ctx_s);
            user.den_in(&store, &a).run()
        };
        let out = build(&[]).success("den build --target base");
        assert!(
            !out.contains("exit 7"),
            "--target stops before the final stage: {out}"
        );
        let check = user
            .den_in(
                &store,
                &[
                    "run",
                    "--rm",
                    "opts",
                    "sh",
                    "-c",
                    "cat /version /count; cd /ctx; find . -type f | sort",
                ],
            )
            .run();
        assert_eq!(
            check.success("the target stage's files"),
            "v=3 f=filed\n1\n./.containerignore\n./Containerfile\n./args\n./logs/keep.log\n./src/a.txt\n"
        );
        // The layer of COPY --chown gives the files to 1000:1000, with subordinate ids and
        // in one-id mode (recorded, then written into the layer).
        let layer = top_layer(user, &store, "opts");
        assert!(
            layer.iter().all(|(p, ..)| p != "cache"),
            "the cache mount's target is not in a layer: {layer:?}"
        );
        let mut ids = Vec::new();
        // The COPY layer is the one below the top (RUN /version); find it by its files.
        let copy_layer = copy_layer_entries(user, &store, "opts", "ctx/src/a.txt");
        for (p, uid, gid, _) in &copy_layer {
            if p.starts_with("ctx/") {
                ids.push((p.clone(), *uid, *gid));
            }
        }
        assert!(!ids.is_empty(), "{copy_layer:?}");
        assert!(
            ids.iter().all(|(_, u, g)| (*u, *g) == (1000, 1000)),
            "{ids:?}"
        );
        assert!(
            copy_layer
                .iter()
                .all(|(p, ..)| !p.contains("secret") && !p.contains("other.log")),
            "{copy_layer:?}"
        );

        // The cache mount survives between builds (--no-cache reruns the step).
        build(&["--no-cache"]).success("den build --no-cache");
        let count = user
            .den_in(&store, &["run", "--rm", "opts", "cat", "/count"])
            .run();
        assert_eq!(count.success("the cache mount's second run"), "2\n");

        // The failing final stage: podman's exit status of the step, and the step named.
        let failed = user.den_in(&store, &["build", ctx_s]).run();
        failed
            .code_is(7)
            .stderr_has("building at STEP \"RUN exit 7\": the command exited with status 7");
        let ps = user.den_in(&store, &["ps", "-a", "-q"]).run();
        assert_eq!(ps.success("den ps -a"), "", "no step container is left");

        // Pruning removes the intermediate images, never the named one; the cache misses then.
        user.den_in(&store, &["image", "prune", "-f"])
            .run()
            .success("den image prune");
        let images = user.den_in(&store, &["images", "-q", "--no-trunc"]).run();
        let left = images.success("den images");
        assert!(!left.is_empty());
        user.den_in(&store, &["run", "--rm", "opts", "cat", "/version"])
            .run()
            .success("the named image after a prune");
        let rebuilt = build(&[]).success("a build after the prune");
        assert!(
            using_cache(&rebuilt) < 5,
            "pruned steps are built again: {rebuilt}"
        );
    });
}

#[test]
fn stdin_file_labels_env_iidfile_timestamp_and_clear_refusals() {
    for_each_user!(|user| {
        user.load_fixture("busybox.docker.tar");
        let ctx = context(user, "build-flags", &[("data/f.txt", "f\n")]);
        let ctx_s = ctx.to_str().unwrap();
        let iid = ctx.join("iid");
        let file = "FROM busybox\nCOPY data /srv/data\nENV A=1\nLABEL x=y\n";
        let build = || {
            user.den(&[
                "build",
                "-f",
                "-",
                "--no-cache",
                "-q",
                "--env",
                "B=2",
                "--label",
                "team=den",
                "--iidfile",
                iid.to_str().unwrap(),
                "--timestamp",
                "1700000000",
                "-t",
                "flags",
                ctx_s,
            ])
            .stdin(file.as_bytes())
            .run()
        };
        let id = image_id(&build().success("den build -f -"));
        assert_eq!(fs::read_to_string(&iid).unwrap(), format!("sha256:{id}"));
        // --timestamp makes the build reproducible: the same id without the cache, also a
        // second later (the directories COPY creates get the timestamp, not the time).
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(image_id(&build().success("the second build")), id);
        let inspect = user
            .den(&[
                "image",
                "inspect",
                "--format",
                "{{json .Config.Labels}} {{json .Config.Env}} {{.Created}}",
                "flags",
            ])
            .run();
        let fields = inspect.success("den image inspect");
        assert!(
            fields.contains("\"team\":\"den\"") && fields.contains("\"x\":\"y\""),
            "{fields}"
        );
        assert!(
            fields.contains("\"A=1\"") && fields.contains("\"B=2\""),
            "{fields}"
        );
        assert!(fields.contains("2023-11-14"), "{fields}");
        let ran = user
            .den(&["run", "--rm", "flags", "cat", "/srv/data/f.txt"])
            .run();
        assert_eq!(ran.success("COPY of a directory"), "f\n");

        user.den(&["build", "https://github.com/example/app.git"])
            .run()
            .code_is(125)
            .stderr_has("is remote");
        user.den(&["build", "--platform", "linux/s390x", ctx_s])
            .run()
            .code_is(125)
            .stderr_has("den builds for the host only");
        user.den(&["build", "-f", "-", ctx_s])
            .stdin(b"FROM busybox\n\nRUNN true\n")
            .run()
            .code_is(125)
            .stderr_has("-:3: unknown instruction \"RUNN\"");
        user.den(&["build", "-f", "-", ctx_s])
            .stdin(b"FROM busybox\nCOPY missing.txt /\n")
            .run()
            .code_is(125)
            .stderr_has(
                "-:2: COPY: no such file or directory in the build context: \"missing.txt\"",
            );
        if user.subid_ranges("/etc/subuid").is_empty() {
            user.den(&["build", "-f", "-", ctx_s])
                .stdin(b"FROM busybox\nRUN chown 1000 /tmp\n")
                .run()
                .code_is(1)
                .stderr_has("in one-id mode only root (id 0) exists");
        }
    });
}

#[test]
fn squash_all_makes_one_layer() {
    for_each_user!(|user| {
        let store = own_store(user, "build-squash-store");
        let ctx = context(user, "build-squash", &[("a.txt", "a\n")]);
        let file = "FROM busybox\nCOPY a.txt /a.txt\nRUN echo b > /b.txt && rm /bin/true\n";
        let built = user
            .den_in(
                &store,
                &[
                    "build",
                    "-f",
                    "-",
                    "--squash-all",
                    "-t",
                    "squashed",
                    ctx.to_str().unwrap(),
                ],
            )
            .stdin(file.as_bytes())
            .run();
        built.success("den build --squash-all");
        let inspect = user
            .den_in(
                &store,
                &[
                    "image",
                    "inspect",
                    "--format",
                    "{{json .RootFS.Layers}}",
                    "squashed",
                ],
            )
            .run();
        let layers = inspect.success("den image inspect");
        assert_eq!(layers.matches("sha256:").count(), 1, "{layers}");
        let ran = user
            .den_in(
                &store,
                &[
                    "run",
                    "--rm",
                    "squashed",
                    "sh",
                    "-c",
                    "cat /a.txt /b.txt; test -e /bin/true || echo gone",
                ],
            )
            .run();
        assert_eq!(ran.success("the squashed image"), "a\nb\ngone\n");

        // --layers=false keeps the final image only.
        let count = || {
            let out = user.den_in(&store, &["images", "-q", "--no-trunc"]).run();
            out.success("den images").lines().count()
        };
        let before = count();
        let file = "FROM busybox\nCOPY a.txt /c.txt\nENV X=1\nRUN echo c >> /c.txt\n";
        user.den_in(
            &store,
            &["build", "-f", "-", "--layers=false", ctx.to_str().unwrap()],
        )
        .stdin(file.as_bytes())
        .run()
        .success("den build --layers=false");
        assert_eq!(count(), before + 1);
    });
}

/// The nameless images a build keeps for its cache are hidden from `den images`, as podman
/// hides intermediate images, and listed with `-a`.
#[test]
fn intermediate_images_show_only_with_all() {
    for_each_user!(|user| {
        let store = own_store(user, "build-intermediate-store");
        let ctx = context(user, "build-intermediate", &[("a.txt", "a\n")]);
        let file = "FROM busybox\nCOPY a.txt /a.txt\nRUN echo b > /b.txt\nENV X=1\n";
        user.den_in(
            &store,
            &["build", "-f", "-", "-t", "final", ctx.to_str().unwrap()],
        )
        .stdin(file.as_bytes())
        .run()
        .success("den build");
        let list = |extra: &[&str]| {
            let mut args = vec!["images", "--format", "{{.Repository}}"];
            args.extend_from_slice(extra);
            user.den_in(&store, &args).run().success("den images")
        };
        let plain = list(&[]);
        assert!(!plain.contains("<none>"), "{plain}");
        assert!(plain.contains("localhost/final"), "{plain}");
        let all = list(&["-a"]);
        assert!(all.matches("<none>").count() >= 2, "{all}");
    });
}
