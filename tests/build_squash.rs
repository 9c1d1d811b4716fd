//! Behaviour tests of `den build --squash`, as both test users (with subordinate ranges and in
//! one-id mode): the target stage's new layers become one over the base image's, which stay;
//! what a later step deleted stays deleted, what a step deleted of the base stays hidden;
//! owners, modes and hard links are kept; no step is cached. Interop with podman:
//! tests/build_interop.rs.

mod build_support;
mod common;

use build_support::{context, image_id, own_store, top_layer, using_cache};

/// The base of the squash: busybox and a layer with a directory the squashed steps replace.
const BASE: &str = "FROM busybox\nRUN mkdir /data && echo x > /data/x && echo y > /data/y\n";

/// Steps whose layers are squashed: files made and deleted again, files of the base deleted,
/// a directory of the base replaced, hard links, an owner and a mode.
fn steps(one_id: bool) -> String {
    // One-id mode has no id but 0: no other owner to give.
    let chown = if one_id {
        "true"
    } else {
        "chown 1234:2345 /two"
    };
    format!(
        "FROM sqbase\n\
         RUN echo one > /one && echo two > /two && chmod 640 /two && {chown} && rm /etc/group \
         && mkdir /hl && echo h > /hl/a && ln /hl/a /hl/b && echo c > /hl/c && ln /hl/c /hl/d\n\
         ENV A=1\n\
         RUN rm /one /hl/a && rm -rf /data && mkdir /data && echo z > /data/z\n\
         COPY a.txt /a.txt\n\
         CMD [\"sh\"]\n"
    )
}

#[test]
fn squash_makes_the_new_layers_one_over_the_base() {
    for_each_user!(|user| {
        let store = own_store(user, "build-squash-new-store");
        let one_id = user.subid_ranges("/etc/subuid").is_empty();
        let ctx = context(
            user,
            "build-squash-new",
            &[
                ("Base", BASE),
                ("Containerfile", &steps(one_id)),
                ("a.txt", "a\n"),
                ("From", "FROM sqbase\n"),
            ],
        );
        let ctx_s = ctx.to_str().unwrap();
        let den = |args: &[&str]| user.den_in(&store, args).run();
        // `--layers` alone: CONTEXT is the context, not its value.
        den(&[
            "build",
            "-q",
            "-f",
            ctx.join("Base").to_str().unwrap(),
            "-t",
            "sqbase",
            "--layers",
            ctx_s,
        ])
        .success("building the base");
        let inspect = |image: &str, format: &str| {
            den(&["image", "inspect", "--format", format, image]).success("den image inspect")
        };
        let base_layers = inspect("sqbase", "{{json .RootFS.Layers}}");
        let base_history: usize = inspect("sqbase", "{{len .History}}")
            .trim()
            .parse()
            .unwrap();
        let images = || {
            den(&["images", "-a", "-q"])
                .success("den images")
                .lines()
                .count()
        };
        let before = images();

        let built = den(&["build", "--squash", "-t", "sq", ctx_s]);
        let out = built.success("den build --squash");
        let id = image_id(&out);
        // No step is committed on its own: no step's id, and only the final image stays.
        assert_eq!(out.matches("--> ").count(), 1, "{out}");
        assert_eq!(images(), before + 1, "{out}");

        // The base's layers as they were, and one more.
        let layers: Vec<String> =
            serde_json::from_str(&inspect("sq", "{{json .RootFS.Layers}}")).unwrap();
        let base: Vec<String> = serde_json::from_str(&base_layers).unwrap();
        assert_eq!(layers.len(), base.len() + 1, "{layers:?}");
        assert_eq!(layers[..base.len()], base[..]);
        // History as buildah's: the base's entries, one per step, the last one naming the
        // squashed layer and the others empty.
        let kinds = inspect(
            "sq",
            "{{range .History}}{{if .EmptyLayer}}e{{else}}L{{end}}{{end}}",
        );
        let kinds = kinds.trim();
        assert_eq!(kinds.len(), base_history + 5, "{kinds}");
        assert_eq!(&kinds[base_history..], "eeeeL", "{kinds}");

        // The squashed layer: whiteouts of the base's files and an opaque directory; nothing
        // of what the later step deleted.
        // The base's RUN layer has the mount targets of its build container (as podman's),
        // so the squashed layer has none of them again.
        let base_top = top_layer(user, &store, "sqbase");
        for target in ["etc/hosts", "etc/hostname", "etc/resolv.conf"] {
            assert!(
                base_top.iter().any(|(p, .., m)| p == target && *m == 0o755),
                "{target}: {base_top:?}"
            );
        }
        let entries: Vec<String> = top_layer(user, &store, &id)
            .into_iter()
            .map(|(p, ..)| p)
            .collect();
        assert!(!entries.iter().any(|p| p == "etc/hosts"), "{entries:?}");
        for want in [
            "etc/.wh.group",
            "data/.wh..wh..opq",
            "data/z",
            "hl/b",
            "two",
        ] {
            assert!(entries.iter().any(|p| p == want), "{want}: {entries:?}");
        }
        for gone in ["one", ".wh.one", "hl/a", "data/x"] {
            assert!(!entries.iter().any(|p| p == gone), "{gone}: {entries:?}");
        }

        let script = "ls /data; test -e /one || echo no-one; test -e /etc/group || echo no-group; \
                      cat /hl/b /a.txt; stat -c '%h %u:%g %a' /hl/b /hl/c /hl/d /two";
        let ran = den(&["run", "--rm", "sq", "sh", "-c", script]);
        let owner = if one_id { "0:0" } else { "1234:2345" };
        assert_eq!(
            ran.success("the squashed image"),
            format!("z\nno-one\nno-group\nh\na\n1 0:0 644\n2 0:0 644\n2 0:0 644\n1 {owner} 640\n")
        );

        // Again: every step runs again (no cache), and `--layers CONTEXT` is refused.
        let again = den(&["build", "--squash", ctx_s]);
        let out = again.success("den build --squash again");
        assert_eq!(using_cache(&out), 0, "{out}");
        den(&["build", "--squash", "--layers", ctx_s])
            .code_is(125)
            .stderr_has("cannot specify --squash with --layers");
        // A stage of FROM alone is its base image, as podman's (no empty layer).
        let from = den(&[
            "build",
            "-q",
            "--squash",
            "-f",
            ctx.join("From").to_str().unwrap(),
            ctx_s,
        ]);
        let base_id = inspect("sqbase", "{{.Id}}");
        assert_eq!(
            image_id(&from.success("den build --squash of FROM alone")),
            base_id.trim()
        );
        den(&["build", "--squash", "--squash-all", ctx_s])
            .code_is(125)
            .stderr_has("cannot specify --squash with --layers and --squash-all with --squash");
    });
}

/// A stage FROM scratch: all its layers are new, so they become the image's one layer.
#[test]
fn squash_from_scratch_makes_one_layer() {
    for_each_user!(|user| {
        let store = own_store(user, "build-squash-scratch-store");
        let file = "FROM scratch\nCOPY a.txt /a.txt\nCOPY b.txt /b.txt\nENV A=1\n";
        let ctx = context(
            user,
            "build-squash-scratch",
            &[("Containerfile", file), ("a.txt", "a\n"), ("b.txt", "b\n")],
        );
        let den = |args: &[&str]| user.den_in(&store, args).run();
        den(&[
            "build",
            "-q",
            "--squash",
            "-t",
            "sqscratch",
            ctx.to_str().unwrap(),
        ])
        .success("den build --squash FROM scratch");
        let got = den(&[
            "image",
            "inspect",
            "--format",
            "{{len .RootFS.Layers}} {{range .History}}{{if .EmptyLayer}}e{{else}}L{{end}}{{end}}",
            "sqscratch",
        ]);
        assert_eq!(got.success("den image inspect"), "1 eeL\n");
        let entries: Vec<String> = top_layer(user, &store, "sqscratch")
            .into_iter()
            .map(|(p, ..)| p)
            .collect();
        assert_eq!(entries, ["a.txt", "b.txt"]);
    });
}

/// The squashed layer of steps on busybox (which has no /etc/hosts, /etc/hostname or
/// /etc/resolv.conf) holds them as podman's does: the empty files its RUN container's mounts
/// needed, of mode 0755 as runc makes them; not den's other mount targets (/run/.containerenv).
/// A COPY of an empty file to one of those names is the step's own file and stays too.
/// (den's layers left them all out, as `den commit` does.)
#[test]
fn squash_keeps_the_mount_targets_of_the_build_container() {
    for_each_user!(|user| {
        let store = own_store(user, "build-squash-targets-store");
        let file = "FROM busybox\nRUN echo one > /one\nCOPY empty /etc/localtime\n";
        let ctx = context(
            user,
            "build-squash-targets",
            &[("Containerfile", file), ("empty", "")],
        );
        let den = |args: &[&str]| user.den_in(&store, args).run();
        den(&[
            "build",
            "-q",
            "--squash",
            "-t",
            "sqt",
            ctx.to_str().unwrap(),
        ])
        .success("den build --squash");
        let mut entries: Vec<(String, u32)> = top_layer(user, &store, "sqt")
            .into_iter()
            .map(|(p, _, _, mode)| (p, mode))
            .collect();
        entries.sort();
        let want: Vec<(String, u32)> = [
            ("etc", 0o755),
            ("etc/hostname", 0o755),
            ("etc/hosts", 0o755),
            ("etc/localtime", 0o644),
            ("etc/resolv.conf", 0o755),
            ("one", 0o644),
            ("run", 0o755),
        ]
        .into_iter()
        .map(|(p, m)| (p.to_string(), m))
        .collect();
        assert_eq!(entries, want);
    });
}
