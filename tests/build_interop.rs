//! `den build` beyond its own store: the built image loaded and run by podman, and apt-get
//! install in a Debian stage; as the unprivileged test users.

mod build_support;
mod common;

use build_support::{context, image_id};
use common::differential::Pair;

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

/// A `--format docker` image (Docker v2 schema 2 manifest) in an OCI archive loads into
/// podman, which sees its manifest type, and runs there.
#[test]
fn docker_format_image_loads_into_podman() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build-docker");
        let ctx = context(
            user,
            "build-docker-format",
            &[("Containerfile", "FROM busybox\nRUN echo docker > /d\n")],
        );
        let root = pair.den_root.to_str().unwrap().to_string();
        user.den(&[
            "--root",
            &root,
            "build",
            "-q",
            "--format",
            "docker",
            "-t",
            "dockfmt",
            ctx.to_str().unwrap(),
        ])
        .run()
        .success("den build --format docker");
        let out = user.fresh_dir("build-docker-out");
        let tar = out.join("dockfmt.tar");
        pair.den(&[
            "save",
            "--format",
            "oci-archive",
            "-o",
            tar.to_str().unwrap(),
            "dockfmt",
        ])
        .success("den save --format oci-archive");
        let loaded = pair.podman(&["load", "-i", tar.to_str().unwrap()]);
        assert!(
            loaded.status.success(),
            "podman load: {}",
            String::from_utf8_lossy(&loaded.stderr)
        );
        let inspect = pair.podman(&[
            "image",
            "inspect",
            "--format",
            "{{.ManifestType}}",
            "localhost/dockfmt:latest",
        ]);
        assert_eq!(
            String::from_utf8_lossy(&inspect.stdout),
            "application/vnd.docker.distribution.manifest.v2+json\n"
        );
        let run = pair.podman(&["run", "--rm", "localhost/dockfmt:latest", "cat", "/d"]);
        assert_eq!(
            String::from_utf8_lossy(&run.stdout),
            "docker\n",
            "podman run: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        pair.clean();
    });
}

/// A `--squash` image (busybox's layer and one for the steps) runs alike in den and, saved
/// and loaded, in podman: the file a later RUN deleted and the base's file a RUN deleted stay
/// gone; a hard link whose partner was deleted keeps its content.
#[test]
fn squashed_image_loads_and_runs_in_podman() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "build-squash");
        let file = "FROM busybox\n\
                    RUN echo one > /one && rm /etc/group && mkdir /hl && echo h > /hl/a && ln /hl/a /hl/b\n\
                    ENV A=1\n\
                    RUN rm /one /hl/a && echo z > /z\n";
        let ctx = context(user, "build-squash-interop", &[("Containerfile", file)]);
        let root = pair.den_root.to_str().unwrap().to_string();
        let ctx_s = ctx.to_str().unwrap();
        user.den(&[
            "--root", &root, "build", "-q", "--squash", "-t", "squashed", ctx_s,
        ])
        .run()
        .success("den build --squash");
        let script = "test -e /one || echo no-one; test -e /etc/group || echo no-group; cat /hl/b /z; echo $A";
        let want = "no-one\nno-group\nh\nz\n1\n";
        let ran = pair.den(&["run", "--rm", "squashed", "sh", "-c", script]);
        assert_eq!(ran.success("the squashed image in den"), want);
        let tar_dir = user.fresh_dir("build-squash-out");
        let tar = tar_dir.join("squashed.tar");
        pair.den(&["save", "-o", tar.to_str().unwrap(), "squashed"])
            .success("den save");
        let loaded = pair.podman(&["load", "-i", tar.to_str().unwrap()]);
        assert!(
            loaded.status.success(),
            "podman load: {}",
            String::from_utf8_lossy(&loaded.stderr)
        );
        let image = "localhost/squashed:latest";
        let inspect = pair.podman(&[
            "image",
            "inspect",
            "--format",
            "{{len .RootFS.Layers}}",
            image,
        ]);
        assert_eq!(String::from_utf8_lossy(&inspect.stdout), "2\n");
        let run = pair.podman(&["run", "--rm", image, "sh", "-c", script]);
        assert_eq!(
            String::from_utf8_lossy(&run.stdout),
            want,
            "podman run: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        pair.clean();
    });
}
