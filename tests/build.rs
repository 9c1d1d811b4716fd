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

fn using_cache(out: &str) -> usize {
    out.lines().filter(|l| l.starts_with("--> Using cache ")).count()
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
    let top = m[0]["Layers"].as_array().unwrap().last().unwrap().as_str().unwrap();
    let mut layer = tar::Archive::new(&layers[top][..]);
    layer
        .entries()
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let h = e.header();
            (
                e.path().unwrap().to_string_lossy().trim_end_matches('/').to_string(),
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
        assert!(out.contains("[1/2] STEP 1/3: FROM busybox AS build"), "{out}");
        assert!(out.contains("[2/2] STEP 6/6: CMD [\"show\"]"), "{out}");
        assert!(!out.contains("exit 1"), "the unused stage is skipped: {out}");
        assert!(out.contains("[2/2] COMMIT localhost/multi:latest"), "{out}");
        assert!(out.contains("Successfully tagged localhost/multi:latest"), "{out}");
        assert_eq!(using_cache(&out), 0, "{out}");
        let id = image_id(&out);

        let ran = user.den(&["run", "--rm", "multi"]).run();
        assert_eq!(ran.success("running the built image"), "hi from the build stage\ndata v1\n");
        let env = user
            .den(&["run", "--rm", "multi", "sh", "-c", "echo $MODE; stat -c %u:%g /app/data.txt"])
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
        assert_eq!(using_cache(&out3), 4, "the build stage and two COPY --from: {out3}");
        assert_ne!(image_id(&out3), id);
        let ran = user.den(&["run", "--rm", "multi"]).run();
        assert_eq!(ran.success("the rebuilt image"), "hi from the build stage\ndata v2\n");

        // Another build arg changes the build stage's RUN.
        let other = user
            .den(&["build", "-q", "--build-arg", "GREETING=bye", ctx_s])
            .run();
        let quiet = other.success("den build -q");
        assert!(!quiet.contains("STEP"), "-q prints no steps: {quiet}");
        let id4 = image_id(&quiet);
        let ran = user.den(&["run", "--rm", &id4]).run();
        assert_eq!(ran.success("the image built with another arg"), "bye from the build stage\ndata v2\n");

        let history = user
            .den(&["history", "--no-trunc", "--format", "{{.CreatedBy}}", "multi"])
            .run();
        let h = history.success("den history");
        assert!(h.contains("#(nop) ENV MODE=prod"), "{h}");
        assert!(h.contains("#(nop) COPY"), "{h}");
    });
}
