//! Behaviour tests of the local image commands: save (every format) and load back, interop
//! with podman both ways, tag/untag, inspect, history, image prune and system df. Each runs
//! the real den binary as both test users (with subordinate ranges, and in one-id mode).
//!
//! Tests that change what images exist work in a store of their own (`--root`), so tests
//! running in parallel threads never pull an image away from each other.

mod common;

use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use common::{Run, User, busybox_diff_id, busybox_id, debian_id, sha256_hex};

const BUSYBOX: &str = "busybox.docker.tar";
const BUSYBOX_OCI: &str = "busybox.oci";
const BUSYBOX_ROOTFS: &str = "busybox-rootfs.tar";
const DEBIAN: &str = "debian.oci.tar";

/// The busybox layer's uncompressed size: the rootfs fixture is that layer, byte for byte.
fn busybox_layer_size() -> u64 {
    fs::metadata(common::fixture(BUSYBOX_ROOTFS)).unwrap().len()
}

/// The busybox-static package version the fixture was made from (in its history).
fn busybox_version() -> &'static str {
    common::fixture_info(BUSYBOX_ROOTFS)["busybox_static_version"]
        .as_str()
        .expect("busybox_static_version in fixtures.json")
}

/// A size as podman prints it (three significant digits, decimal units) for the MB range the
/// busybox layer is in.
fn podman_size(bytes: u64) -> String {
    assert!(
        (1_000_000..100_000_000).contains(&bytes),
        "{bytes} is not in the MB range"
    );
    #[allow(clippy::cast_precision_loss)]
    let mb = bytes as f64 / 1e6;
    let text = if mb < 10.0 {
        format!("{mb:.2}")
    } else {
        format!("{mb:.1}")
    };
    format!("{} MB", text.trim_end_matches('0').trim_end_matches('.'))
}

fn image_id(user: &User, store: &Path, image: &str) -> String {
    user.den_in(store, &["inspect", "--format", "{{.Id}}", image])
        .run()
        .success("inspecting an image")
        .trim()
        .to_string()
}

fn json(run: &Run, what: &str) -> Value {
    serde_json::from_str(&run.success(what)).unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// Members of a tarball (file name -> bytes).
fn tar_members(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = tar::Archive::new(bytes);
    let mut out = Vec::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().display().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        out.push((path, data));
    }
    out
}

#[test]
fn save_in_every_format_loads_back_as_the_same_image() {
    for_each_user!(|user| {
        let store = user.fresh_dir("save-store");
        let out = user.fresh_dir("save-out");
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run()
            .success("loading busybox");
        // busybox.oci keeps its layer gzip-compressed: docker-archive must decompress it.
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX_OCI)])
            .run()
            .success("loading busybox.oci");
        for (format, file, image) in [
            ("docker-archive", "bb.docker.tar", "busybox"),
            (
                "docker-archive",
                "bb-gz.docker.tar",
                "localhost/busybox-oci",
            ),
            ("oci-archive", "bb.oci.tar", "busybox"),
            ("oci-dir", "bb.oci.dir", "localhost/busybox-oci"),
        ] {
            let path = out.join(file);
            let path = path.to_str().unwrap();
            user.den_in(&store, &["save", "--format", format, "-o", path, image])
                .run()
                .success(&format!("saving {image} as {format}"));
            let fresh = user.fresh_dir("save-fresh");
            let loaded = user
                .den_in(&fresh, &["load", "-i", path])
                .run()
                .success(&format!("loading the {format} den saved"));
            assert!(
                loaded.contains("Loaded image:"),
                "{format}: load printed {loaded}"
            );
            assert_eq!(
                image_id(user, &fresh, busybox_id()),
                busybox_id(),
                "{format}: same image id after the round trip"
            );
            let ran = user
                .den_in(&fresh, &["run", "--rm", busybox_id(), "echo", "round-trip"])
                .run();
            assert_eq!(
                ran.success(&format!("running the {format} image")),
                "round-trip\n"
            );
        }
        // The docker-archive has uncompressed layers named by diff id, whose sha256 is it.
        let bytes = fs::read(out.join("bb-gz.docker.tar")).unwrap();
        let members = tar_members(&bytes);
        let layer = members
            .iter()
            .find(|(p, _)| is_layer_member(p))
            .expect("a layer member");
        assert_eq!(layer.0, format!("{}.tar", &busybox_diff_id()[7..]));
        assert_eq!(
            format!("sha256:{}", sha256_hex(&layer.1)),
            busybox_diff_id(),
            "layer written uncompressed, as its diff id says"
        );
        let manifest: Value = serde_json::from_slice(
            &members
                .iter()
                .find(|(p, _)| p == "manifest.json")
                .unwrap()
                .1,
        )
        .unwrap();
        assert_eq!(
            manifest[0]["RepoTags"][0], "localhost/busybox-oci:latest",
            "{manifest}"
        );
        assert_eq!(manifest[0]["Config"], format!("{}.json", busybox_id()));
        // Saving by id records no name, as podman and docker.
        let by_id = user.den_in(&store, &["save", &busybox_id()[..12]]).run();
        let members = tar_members(&by_id.output.stdout);
        let manifest: Value = serde_json::from_slice(
            &members
                .iter()
                .find(|(p, _)| p == "manifest.json")
                .unwrap()
                .1,
        )
        .unwrap();
        assert!(manifest[0]["RepoTags"].is_null(), "{manifest}");
    });
}

/// A docker-archive layer member: `<diff id hex>.tar`.
fn is_layer_member(path: &str) -> bool {
    Path::new(path).extension().is_some_and(|e| e == "tar")
}

#[test]
fn save_to_stdout_and_several_images_in_one_archive() {
    for_each_user!(|user| {
        let store = user.fresh_dir("multi-store");
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run()
            .success("loading busybox");
        let imported = user
            .den_in(
                &store,
                &[
                    "import",
                    "--change",
                    "CMD [\"true\"]",
                    &common::fixture(BUSYBOX_ROOTFS),
                    "tools:1",
                ],
            )
            .run()
            .success("importing a rootfs");
        let tools_id = imported.trim().to_string();
        let saved = user.den_in(&store, &["save", "busybox", "tools:1"]).run();
        assert_eq!(saved.code(), 0, "{}", saved.stderr());
        let members = tar_members(&saved.output.stdout);
        let manifest: Value = serde_json::from_slice(
            &members
                .iter()
                .find(|(p, _)| p == "manifest.json")
                .unwrap()
                .1,
        )
        .unwrap();
        assert_eq!(manifest.as_array().unwrap().len(), 2, "{manifest}");
        // The shared layer is written once.
        let layers = members.iter().filter(|(p, _)| is_layer_member(p)).count();
        assert_eq!(layers, 1, "one shared layer");
        let fresh = user.fresh_dir("multi-fresh");
        let loaded = user
            .den_in(&fresh, &["load"])
            .stdin(&saved.output.stdout)
            .run()
            .success("loading two images from standard input");
        assert!(loaded.contains("localhost/busybox:latest"), "{loaded}");
        assert!(loaded.contains("localhost/tools:1"), "{loaded}");
        assert_eq!(image_id(user, &fresh, "tools:1"), tools_id);
        assert_eq!(image_id(user, &fresh, "busybox"), busybox_id());
        // An OCI layout directory gains images and keeps the ones it had.
        let out = user.fresh_dir("multi-out");
        let dir = out.join("layout");
        let dir = dir.to_str().unwrap();
        for image in ["busybox", "tools:1"] {
            user.den_in(&store, &["save", "--format", "oci-dir", "-o", dir, image])
                .run()
                .success("saving into one layout");
        }
        let index: Value =
            serde_json::from_slice(&fs::read(out.join("layout/index.json")).unwrap()).unwrap();
        assert_eq!(index["manifests"].as_array().unwrap().len(), 2, "{index}");
        let fresh2 = user.fresh_dir("multi-fresh2");
        user.den_in(&fresh2, &["image", "load", "-i", dir])
            .run()
            .success("loading the layout");
        assert_eq!(image_id(user, &fresh2, "tools:1"), tools_id);
        user.den_in(&fresh2, &["image", "exists", "busybox"])
            .run()
            .code_is(0);
        user.den_in(&fresh2, &["image", "exists", "nope"])
            .run()
            .code_is(1);
        user.den_in(
            &store,
            &["save", "--format", "oci-dir", "-o", "/etc", "busybox"],
        )
        .run()
        .code_is(125)
        .stderr_has("not an OCI layout");
        // A terminal gets no archive: script(1) gives den one.
        let den = common::den_binary();
        let line = format!("{} --root {} save busybox", den.display(), store.display());
        let on_tty = user
            .command("script", &["-qec", &line, "/dev/null"], true)
            .current_dir("/")
            .output()
            .expect("starting script");
        let text = String::from_utf8_lossy(&on_tty.stdout);
        assert_eq!(on_tty.status.code(), Some(125), "{text}");
        assert!(
            text.contains("refusing to write an image archive to a terminal"),
            "{text}"
        );
        // Bad requests: oci-dir needs -o; an unknown image names itself.
        user.den_in(&store, &["save", "--format", "oci-dir", "busybox"])
            .run()
            .code_is(125)
            .stderr_has("needs -o");
        user.den_in(&store, &["save", "-o", "/dev/null", "no-such-image"])
            .run()
            .code_is(125)
            .stderr_has("\"no-such-image\" not found");
    });
}

/// podman in a throw-away storage of the user's, as the user.
struct Podman<'a> {
    user: &'a User,
    root: PathBuf,
    /// podman refuses a runroot longer than 50 characters: a short one under /tmp.
    runroot: tempfile::TempDir,
}

impl Podman<'_> {
    fn new<'u>(user: &'u User, name: &str) -> Option<Podman<'u>> {
        if Command::new("podman").arg("--version").output().is_err() {
            return None;
        }
        let runroot = tempfile::Builder::new()
            .prefix("den-pm-")
            .tempdir_in("/tmp")
            .unwrap();
        if let Some(owner) = &user.name {
            let pw = nix::unistd::User::from_name(owner).unwrap().unwrap();
            nix::unistd::chown(runroot.path(), Some(pw.uid), Some(pw.gid)).unwrap();
        }
        Some(Podman {
            user,
            root: user.fresh_dir(name),
            runroot,
        })
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        let root = self.root.join("root");
        let runroot = self.runroot.path().to_path_buf();
        let mut all = vec![
            "--root",
            root.to_str().unwrap(),
            "--runroot",
            runroot.to_str().unwrap(),
            "--storage-driver",
            "vfs",
            "--cgroup-manager",
            "cgroupfs",
            "--events-backend",
            "file",
        ];
        all.extend_from_slice(args);
        let out = self
            .user
            .command("podman", &all, true)
            .current_dir("/")
            .output()
            .expect("starting podman");
        assert!(
            out.status.success(),
            "podman {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

impl Drop for Podman<'_> {
    fn drop(&mut self) {
        // Rootless podman leaves a pause process holding its user namespace: end ours.
        let pidfile = self.user.runtime_dir.join("libpod/tmp/pause.pid");
        if let Some(pid) = fs::read_to_string(&pidfile)
            .ok()
            .and_then(|p| p.trim().parse::<i32>().ok())
        {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGTERM,
            );
        }
    }
}

#[test]
fn podman_loads_what_den_saved_and_den_runs_what_podman_saved() {
    for_each_user!(|user| {
        let Some(podman) = Podman::new(user, "podman-interop") else {
            require!(false, "podman is not installed (apt-get install podman)");
            unreachable!()
        };
        let store = user.fresh_dir("interop-store");
        let out = user.fresh_dir("interop-out");
        fs::set_permissions(&out, fs::Permissions::from_mode(0o755)).unwrap();
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX_OCI)])
            .run()
            .success("loading busybox.oci");
        let mut formats = vec![
            ("docker-archive", "den.docker.tar", "localhost/busybox-oci"),
            ("oci-archive", "den.oci.tar", "localhost/busybox-oci"),
        ];
        // Debian's files belong to ids podman can map only with subordinate ranges.
        if user.subids {
            user.den_in(&store, &["load", "-i", &common::fixture(DEBIAN)])
                .run()
                .success("loading debian");
            formats.push(("oci-archive", "debian.oci.tar", "localhost/den-debian"));
        }
        for (format, file, image) in &formats {
            let path = out.join(file);
            let path = path.to_str().unwrap();
            user.den_in(&store, &["save", "--format", format, "-o", path, image])
                .run()
                .success("saving for podman");
            let loaded = podman.run(&["load", "-q", "-i", path]);
            let text = String::from_utf8_lossy(&loaded.stdout);
            assert!(text.contains(image), "podman load of {format}: {text}");
            let id = podman.run(&["image", "inspect", "--format", "{{.Id}}", image]);
            let want = if image.contains("debian") {
                debian_id()
            } else {
                busybox_id()
            };
            assert_eq!(
                String::from_utf8_lossy(&id.stdout).trim(),
                want,
                "podman sees the same image id ({format})"
            );
            podman.run(&["rmi", "-f", image]);
        }
        // And the reverse: podman's docker-archive of busybox loads into den and runs.
        podman.run(&["load", "-q", "-i", &common::fixture(BUSYBOX)]);
        let podman_saved = out.join("podman.docker.tar");
        podman.run(&["save", "-o", podman_saved.to_str().unwrap(), "busybox"]);
        let fresh = user.fresh_dir("interop-fresh");
        user.den_in(&fresh, &["load", "-i", podman_saved.to_str().unwrap()])
            .run()
            .success("den loading podman's archive");
        assert_eq!(image_id(user, &fresh, "busybox"), busybox_id());
        let ran = user
            .den_in(&fresh, &["run", "--rm", "busybox", "echo", "from-podman"])
            .run();
        assert_eq!(ran.success("running podman's image"), "from-podman\n");
    });
}

#[test]
fn tag_and_untag_change_names_only() {
    for_each_user!(|user| {
        let store = user.fresh_dir("tag-store");
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run()
            .success("loading busybox");
        user.den_in(&store, &["tag", "busybox", "foo", "quay.io/x/y:3"])
            .run()
            .success("tagging");
        let inspect = json(
            &user.den_in(&store, &["inspect", "foo"]).run(),
            "inspect foo",
        );
        assert_eq!(
            inspect[0]["RepoTags"],
            serde_json::json!([
                "localhost/busybox:latest",
                "localhost/foo:latest",
                "quay.io/x/y:3"
            ])
        );
        assert_eq!(image_id(user, &store, "quay.io/x/y:3"), busybox_id());
        // A digest is no tag; an unknown image names itself.
        user.den_in(
            &store,
            &["tag", "busybox", &format!("foo@sha256:{}", "a".repeat(64))],
        )
        .run()
        .code_is(125)
        .stderr_has("digest");
        user.den_in(&store, &["tag", "nope", "bar"])
            .run()
            .code_is(125)
            .stderr_has("\"nope\" not found");
        user.den_in(&store, &["untag", "busybox", "foo"])
            .run()
            .success("untagging foo");
        user.den_in(&store, &["image", "untag", "busybox", "nope:1"])
            .run()
            .code_is(125)
            .stderr_has("no name \"nope:1\"");
        let names = user
            .den_in(
                &store,
                &["inspect", "--format", "{{json .RepoTags}}", "busybox"],
            )
            .run()
            .success("names after untag");
        assert_eq!(
            names.trim(),
            r#"["localhost/busybox:latest","quay.io/x/y:3"]"#
        );
        // Untag without names: the image stays, nameless.
        user.den_in(&store, &["untag", busybox_id()])
            .run()
            .success("untagging all");
        let table = user.den_in(&store, &["images"]).run().success("images");
        assert!(
            table.contains("<none>") && table.contains(&busybox_id()[..12]),
            "{table}"
        );
        user.den_in(&store, &["image", "tag", &busybox_id()[..12], "back:1"])
            .run()
            .success("naming it again");
        let ran = user
            .den_in(&store, &["run", "--rm", "back:1", "echo", "ok"])
            .run();
        assert_eq!(ran.success("running the retagged image"), "ok\n");
    });
}

#[test]
fn inspect_prints_podmans_fields_and_templates() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let value = json(&user.den(&["inspect", "busybox"]).run(), "inspect busybox");
        let image = &value[0];
        assert_eq!(image["Id"], busybox_id());
        assert_eq!(image["RepoTags"][0], "localhost/busybox:latest");
        assert!(image["Digest"].as_str().unwrap().starts_with("sha256:"));
        assert_eq!(
            image["RepoDigests"][0],
            format!("localhost/busybox@{}", image["Digest"].as_str().unwrap())
        );
        assert_eq!(
            image["RootFS"]["Layers"],
            serde_json::json!([busybox_diff_id()])
        );
        assert_eq!(image["Config"]["Cmd"], serde_json::json!(["sh"]));
        assert_eq!(image["Os"], "linux");
        assert_eq!(
            image["Size"],
            busybox_layer_size(),
            "uncompressed layer size"
        );
        assert_eq!(image["History"].as_array().unwrap().len(), 2);
        assert_eq!(image["Created"], "2025-01-01T00:00:00Z");
        // Templates: top-level fields by either spelling, nested fields, json.
        let out = user
            .den(&[
                "image",
                "inspect",
                "--format",
                "{{.ID}} {{.Os}}/{{.Architecture}} {{json .Config.Cmd}} {{.RepoTags}}",
                "busybox",
            ])
            .run()
            .success("inspect with a template");
        assert_eq!(
            out.trim(),
            format!(
                "{} linux/{} [\"sh\"] [localhost/busybox:latest]",
                busybox_id(),
                image["Architecture"].as_str().unwrap()
            )
        );
        user.den(&["inspect", "--format", "{{.NoSuchField}}", "busybox"])
            .run()
            .code_is(125)
            .stderr_has(".NoSuchField");
        // A missing image: what was found is printed, then the error (as podman).
        let missing = user.den(&["inspect", "no-such-image"]).run();
        missing
            .code_is(125)
            .stderr_has("\"no-such-image\" not found");
        assert_eq!(missing.stdout().trim(), "[]");
        user.den(&["inspect", "--type", "container", "busybox"])
            .run()
            .code_is(125)
            .stderr_has("containers");
    });
}

#[test]
fn history_shows_steps_newest_first() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let table = user.den(&["history", "busybox"]).run().success("history");
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3, "{table}");
        assert!(lines[0].starts_with("ID            CREATED"), "{table}");
        assert!(
            lines[0].contains("CREATED BY") && lines[0].contains("COMMENT"),
            "{table}"
        );
        assert!(lines[1].starts_with(&busybox_id()[..12]), "{table}");
        assert!(
            lines[1].contains("CMD [\"sh\"]") && lines[1].contains("0 B"),
            "{table}"
        );
        assert!(lines[2].starts_with("<missing>"), "{table}");
        // CREATED BY is cut at 45 characters; the layer's size is shown.
        assert!(
            lines[2].contains(&format!(
                "COPY busybox-static {} ...  {}",
                busybox_version(),
                podman_size(busybox_layer_size())
            )),
            "{table}"
        );
        assert!(lines[2].ends_with("den test fixture"), "{table}");
        let full = user
            .den(&["image", "history", "--no-trunc", "busybox"])
            .run()
            .success("history --no-trunc");
        assert!(
            full.contains(busybox_id()) && full.contains("# den fixtures"),
            "{full}"
        );
        let raw = user
            .den(&["history", "--human=false", "busybox"])
            .run()
            .success("history --human=false");
        assert!(
            raw.contains("2025-01-01T00:00:00Z") && raw.contains(&busybox_layer_size().to_string()),
            "{raw}"
        );
        let quiet = user.den(&["history", "-q", "busybox"]).run().success("-q");
        assert_eq!(quiet, format!("{}\n<missing>\n", &busybox_id()[..12]));
        let steps = json(
            &user.den(&["history", "--format", "json", "busybox"]).run(),
            "history json",
        );
        assert_eq!(steps[0]["id"], busybox_id());
        assert_eq!(steps[1]["size"], busybox_layer_size());
        assert_eq!(steps[1]["comment"], "den test fixture");
        let custom = user
            .den(&["history", "--format", "{{.ID}}|{{.Size}}", "busybox"])
            .run()
            .success("history template");
        assert_eq!(
            custom,
            format!(
                "{}|0 B\n<missing>|{}\n",
                &busybox_id()[..12],
                podman_size(busybox_layer_size())
            )
        );
    });
}

#[test]
fn image_prune_removes_dangling_images_not_used_ones() {
    for_each_user!(|user| {
        let store = user.fresh_dir("prune-store");
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run()
            .success("loading busybox");
        // Two nameless images on busybox's layer: one a container uses, one dangling.
        let dangling = user
            .den_in(
                &store,
                &[
                    "import",
                    "--change",
                    "CMD [\"true\"]",
                    &common::fixture(BUSYBOX_ROOTFS),
                ],
            )
            .run()
            .success("importing")
            .trim()
            .to_string();
        let used = user
            .den_in(
                &store,
                &[
                    "import",
                    "--change",
                    "CMD [\"sh\"]",
                    "-m",
                    "used",
                    &common::fixture(BUSYBOX_ROOTFS),
                ],
            )
            .run()
            .success("importing")
            .trim()
            .to_string();
        user.den_in(&store, &["run", &used, "true"])
            .run()
            .success("a container that stays");
        // Without -f it asks; no answer is no.
        let asked = user.den_in(&store, &["image", "prune"]).stdin(b"").run();
        assert!(asked.success("prune without -f").contains("Are you sure"));
        assert_eq!(image_id(user, &store, &dangling), dangling);
        let pruned = user
            .den_in(&store, &["image", "prune", "-f"])
            .run()
            .success("prune -f");
        assert_eq!(
            pruned,
            format!("{dangling}\n"),
            "only the dangling image goes"
        );
        user.den_in(&store, &["inspect", &dangling])
            .run()
            .code_is(125);
        assert_eq!(image_id(user, &store, &used), used, "in use: kept");
        // busybox shares the layer: it still runs.
        let ran = user
            .den_in(&store, &["run", "--rm", "busybox", "echo", "ok"])
            .run();
        assert_eq!(ran.success("busybox after prune"), "ok\n");
        // -a: every image no container uses.
        let pruned = user
            .den_in(&store, &["image", "prune", "-a", "-f"])
            .run()
            .success("prune -a -f");
        assert_eq!(pruned, format!("{}\n", busybox_id()));
        let left = user
            .den_in(&store, &["images", "-q", "--no-trunc"])
            .run()
            .success("images");
        assert_eq!(left, format!("sha256:{used}\n"));
    });
}

#[test]
fn system_df_adds_up_the_images() {
    for_each_user!(|user| {
        let store = user.fresh_dir("df-store");
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run()
            .success("loading busybox");
        // A second image on the same layer: the layer counts once.
        user.den_in(
            &store,
            &[
                "import",
                "--change",
                "CMD [\"true\"]",
                &common::fixture(BUSYBOX_ROOTFS),
                "other:1",
            ],
        )
        .run()
        .success("importing");
        let df = json(
            &user
                .den_in(&store, &["system", "df", "--format", "json"])
                .run(),
            "df json",
        );
        let images = &df[0];
        assert_eq!(images["Type"], "Images");
        assert_eq!(images["Total"], 2);
        assert_eq!(images["Active"], 0);
        assert_eq!(
            images["RawSize"],
            busybox_layer_size(),
            "the shared layer counted once"
        );
        assert_eq!(images["RawReclaimable"], busybox_layer_size());
        assert_eq!(df[1]["Type"], "Containers");
        assert_eq!(df[1]["Total"], 0);
        // A container makes its image active and its layer not reclaimable.
        user.den_in(&store, &["run", "busybox", "sh", "-c", "echo data > /file"])
            .run()
            .success("a container that stays");
        let table = user.den_in(&store, &["system", "df"]).run().success("df");
        let lines: Vec<&str> = table.lines().collect();
        assert!(
            lines[0].starts_with("TYPE") && lines[0].ends_with("RECLAIMABLE"),
            "{table}"
        );
        let images: Vec<&str> = lines[1].split_whitespace().collect();
        assert_eq!(&images[..4], ["Images", "2", "1", "2.13MB"], "{table}");
        assert_eq!(&images[4..], ["0B", "(0%)"], "{table}");
        let containers: Vec<&str> = lines[2].split_whitespace().collect();
        assert_eq!(&containers[..3], ["Containers", "1", "0"], "{table}");
        assert!(lines[3].starts_with("Local Volumes"), "{table}");
        let verbose = user
            .den_in(&store, &["system", "df", "-v"])
            .run()
            .success("df -v");
        assert!(
            verbose.contains("Images space usage") && verbose.contains("localhost/other"),
            "{verbose}"
        );
    });
}

#[test]
fn a_damaged_blob_fails_the_save_and_leaves_no_file() {
    for_each_user!(|user| {
        let store = user.fresh_dir("damaged-store");
        let out = user.fresh_dir("damaged-out");
        user.den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run()
            .success("loading busybox");
        // The layer blob of a docker-archive is the uncompressed tar: change one byte of a
        // file's contents (past the first header), keeping the length.
        let blob = store.join("blobs/sha256").join(&busybox_diff_id()[7..]);
        let mut bytes = fs::read(&blob).unwrap();
        let at = bytes.len() / 2;
        bytes[at] ^= 0xff;
        fs::write(&blob, &bytes).unwrap();
        let target = out.join("bb.tar");
        user.den_in(&store, &["save", "-o", target.to_str().unwrap(), "busybox"])
            .run()
            .code_is(125)
            .stderr_has("damaged");
        let left: Vec<_> = fs::read_dir(&out).unwrap().flatten().collect();
        assert!(left.is_empty(), "nothing half-written: {left:?}");
        // A missing blob names the image and the fix.
        fs::remove_file(&blob).unwrap();
        user.den_in(&store, &["save", "-o", target.to_str().unwrap(), "busybox"])
            .run()
            .code_is(125)
            .stderr_has("missing from the store")
            .stderr_has("den load");
    });
}
