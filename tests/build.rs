//! Behaviour tests of `den build`, as the unprivileged test users (with subordinate ranges and
//! in one-id mode): multi-stage builds, the cache, --target, build args, ignore files,
//! COPY --chown, cache mounts, interop with podman, and apt-get in a Debian stage.

mod common;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use common::User;
use common::differential::Pair;

/// A build context of the user's: `files` as (relative path, content).
fn context(user: &User, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = user.fresh_dir(name);
    for (rel, text) in files {
        let p = dir.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, text).unwrap();
    }
    if let Some(owner) = &user.name {
        let out = std::process::Command::new("chown")
            .args(["-R", &format!("{owner}:"), dir.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    dir
}

/// A store of the test's own (tests run in parallel; this one prunes or counts images),
/// with busybox loaded.
fn own_store(user: &User, name: &str) -> PathBuf {
    let store = user.fresh_dir(name);
    let busybox = common::fixtures().unwrap().join("busybox.docker.tar");
    user.den_in(&store, &["load", "-q", "-i", busybox.to_str().unwrap()])
        .run()
        .success("loading busybox");
    store
}

fn using_cache(out: &str) -> usize {
    out.lines()
        .filter(|l| l.starts_with("--> Using cache "))
        .count()
}

/// The final line of a build's stdout: the image id.
fn image_id(out: &str) -> String {
    let id = out.lines().last().unwrap_or("").to_string();
    assert_eq!(id.len(), 64, "the build ends with the image id: {out}");
    id
}

/// The entries (path, uid, gid, mode) of the top layer of `image`, read from `den save`.
fn top_layer(user: &User, store: &Path, image: &str) -> Vec<(String, u64, u64, u32)> {
    let out = user.fresh_dir("build-save");
    let tar_path = out.join("img.tar");
    user.den_in(store, &["save", "-o", tar_path.to_str().unwrap(), image])
        .run()
        .success("den save");
    let mut archive = tar::Archive::new(fs::File::open(&tar_path).unwrap());
    let mut manifest = String::new();
    let mut layers: std::collections::HashMap<String, Vec<u8>> = std::collections::HashMap::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == "manifest.json" {
            manifest = String::from_utf8(data).unwrap();
        } else {
            layers.insert(name, data);
        }
    }
    let m: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    let top = m[0]["Layers"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .as_str()
        .unwrap();
    let mut layer = tar::Archive::new(&layers[top][..]);
    layer
        .entries()
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let h = e.header();
            (
                e.path()
                    .unwrap()
                    .to_string_lossy()
                    .trim_end_matches('/')
                    .to_string(),
                h.uid().unwrap(),
                h.gid().unwrap(),
                h.mode().unwrap(),
            )
        })
        .collect()
}

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
        assert!(out.contains("[2/2] COMMIT localhost/multi:latest"), "{out}");
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

/// The entries of the first layer of `image` (from the top) that holds `path`.
fn copy_layer_entries(
    user: &User,
    store: &Path,
    image: &str,
    path: &str,
) -> Vec<(String, u64, u64, u32)> {
    let out = user.fresh_dir("build-save2");
    let tar_path = out.join("img.tar");
    user.den_in(store, &["save", "-o", tar_path.to_str().unwrap(), image])
        .run()
        .success("den save");
    let mut archive = tar::Archive::new(fs::File::open(&tar_path).unwrap());
    let mut layers = Vec::new();
    let mut manifest = String::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == "manifest.json" {
            manifest = String::from_utf8(data).unwrap();
        } else {
            layers.push((name, data));
        }
    }
    let m: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    for l in m[0]["Layers"].as_array().unwrap().iter().rev() {
        let data = &layers
            .iter()
            .find(|(n, _)| n == l.as_str().unwrap())
            .unwrap()
            .1;
        let entries: Vec<_> = tar::Archive::new(&data[..])
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let h = e.header();
                (
                    e.path()
                        .unwrap()
                        .to_string_lossy()
                        .trim_end_matches('/')
                        .to_string(),
                    h.uid().unwrap(),
                    h.gid().unwrap(),
                    h.mode().unwrap(),
                )
            })
            .collect();
        if entries.iter().any(|(p, ..)| p == path) {
            return entries;
        }
    }
    panic!("no layer of {image} holds {path}");
}

#[test]
fn built_image_loads_and_runs_in_podman() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build");
        let one_id = user.subid_ranges("/etc/subuid").is_empty();
        // One-id mode has no id but 0: no other user to give the file to.
        let (run, user_line, want_owner) = if one_id {
            ("echo built >> hello.txt", "USER root", "0 root\n")
        } else {
            (
                "echo built >> hello.txt && echo app:x:1234:1234::/srv:/bin/sh >> /etc/passwd && chown 1234 hello.txt",
                "USER app",
                "1234 app\n",
            )
        };
        let file = format!(
            "FROM busybox\nWORKDIR /srv\nCOPY hello.txt ./\nRUN {run}\n{user_line}\nENTRYPOINT [\"cat\"]\nCMD [\"hello.txt\"]\n"
        );
        let ctx = context(
            user,
            "build-interop",
            &[("Containerfile", file.as_str()), ("hello.txt", "hello\n")],
        );
        let root = pair.den_root.to_str().unwrap().to_string();
        let built = user
            .den(&[
                "--root",
                &root,
                "build",
                "-t",
                "interop",
                ctx.to_str().unwrap(),
            ])
            .run();
        let out = built.success("den build");
        let ran = pair.den(&["run", "--rm", "interop"]);
        assert_eq!(ran.success("the image in den"), "hello\nbuilt\n");
        let owner = pair.den(&[
            "run",
            "--rm",
            "--entrypoint",
            "stat",
            "interop",
            "-c",
            "%u %U",
            "/srv/hello.txt",
        ]);
        assert_eq!(owner.success("the RUN's owner"), want_owner);
        let tar_dir = user.fresh_dir("build-interop-out");
        let tar = tar_dir.join("interop.tar");
        pair.den(&["save", "-o", tar.to_str().unwrap(), "interop"])
            .success("den save");
        let loaded = pair.podman(&["load", "-i", tar.to_str().unwrap()]);
        assert!(
            loaded.status.success(),
            "podman load: {}",
            String::from_utf8_lossy(&loaded.stderr)
        );
        let run = pair.podman(&["run", "--rm", "localhost/interop:latest"]);
        assert!(
            run.status.success(),
            "podman run: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&run.stdout), "hello\nbuilt\n");
        let id = image_id(&out);
        let inspect = pair.podman(&[
            "image",
            "inspect",
            "--format",
            "{{.Config.User}} {{.Config.WorkingDir}} {{len .History}}",
            "localhost/interop:latest",
        ]);
        let fields = String::from_utf8_lossy(&inspect.stdout).to_string();
        let want_user = user_line.trim_start_matches("USER ");
        assert!(
            fields.starts_with(&format!("{want_user} /srv ")),
            "{fields} ({id})"
        );
        pair.clean();
    });
}

const APT: &str = r#"FROM localhost/den-debian AS pkg
RUN mkdir -p /pkg/DEBIAN /pkg/usr/bin \
 && printf 'Package: den-hello\nVersion: 1.0\nArchitecture: all\nMaintainer: den <den@example.org>\nDescription: a test package\n' > /pkg/DEBIAN/control \
 && printf '#!/bin/sh\necho hello from a deb\n' > /pkg/usr/bin/den-hello \
 && chmod 755 /pkg/usr/bin/den-hello \
 && dpkg-deb --build /pkg /den-hello.deb

FROM localhost/den-debian
COPY --from=pkg /den-hello.deb /tmp/
RUN apt-get install -y /tmp/den-hello.deb && den-hello
CMD ["den-hello"]
"#;

#[test]
fn apt_get_install_in_a_debian_stage() {
    for_each_user!(|user| {
        user.load_fixture("debian.oci.tar");
        let ctx = context(user, "build-apt", &[("Containerfile", APT)]);
        let built = user
            .den(&["build", "-t", "apt", ctx.to_str().unwrap()])
            .timeout(std::time::Duration::from_secs(300))
            .run();
        if user.subid_ranges("/etc/subuid").is_empty() {
            // One-id mode: apt drops to its _apt user (setgroups, seteuid 42), which cannot
            // exist with one id; the build fails with apt's status and den says why.
            built
                .code_is(100)
                .stderr_has("in one-id mode only root (id 0) exists in the container")
                .stderr_has("apt's _apt user");
            continue;
        }
        let out = built.success("den build with apt-get install");
        assert!(
            out.contains("hello from a deb"),
            "the RUN's output is streamed: {out}"
        );
        let ran = user.den(&["run", "--rm", "apt"]).run();
        assert_eq!(ran.success("the installed package"), "hello from a deb\n");
        let status = user
            .den(&[
                "run",
                "--rm",
                "apt",
                "dpkg-query",
                "-W",
                "-f",
                "${Status}",
                "den-hello",
            ])
            .run();
        assert_eq!(status.success("dpkg's record"), "install ok installed");
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
