//! Behaviour tests of what keeps the store's data safe: `rmi` never takes layers from under a
//! container (podman's rules for `-f`, names and ids), a broken `images.json` is named with
//! its repair, `system check --repair` rebuilds it, and a missing layer is named. Each runs
//! the real den binary as both test users, each test in a store of its own (`--root`).

mod common;

use std::fs;
use std::path::Path;

use serde_json::Value;

use common::User;

const BUSYBOX: &str = "busybox.docker.tar";
const ROOTFS: &str = "busybox-rootfs.tar";

/// A field of a fixture in fixtures.json (the Debian fixture is rebuilt each day).
fn fixture_info(file: &str) -> Value {
    let text = fs::read_to_string(Path::new(&common::fixture("fixtures.json"))).unwrap();
    let all: Value = serde_json::from_str(&text).unwrap();
    all[file].clone()
}

fn busybox_id() -> String {
    let digest = fixture_info(BUSYBOX)["config_digest"]
        .as_str()
        .unwrap()
        .to_string();
    digest["sha256:".len()..].to_string()
}

fn busybox_layer_hex() -> String {
    let diff_id = fixture_info(BUSYBOX)["diff_ids"][0]
        .as_str()
        .unwrap()
        .to_string();
    diff_id["sha256:".len()..].to_string()
}

/// A fresh store with the fixtures loaded.
fn store_with(user: &User, name: &str, archives: &[&str]) -> std::path::PathBuf {
    let store = user.fresh_dir(name);
    for archive in archives {
        user.den_in(&store, &["load", "-i", &common::fixture(archive)])
            .run()
            .success("loading a fixture");
    }
    store
}

/// Every image's id and names, one line each.
fn images(user: &User, store: &Path) -> String {
    let out = user
        .den_in(store, &["images", "--format", "json"])
        .run()
        .success("images");
    let list: Value = serde_json::from_str(&out).unwrap();
    let lines: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|image| format!("{} {}", image["Id"], image["Names"]))
        .collect();
    lines.join("\n")
}

fn assert_consistent(user: &User, store: &Path) {
    let out = user
        .den_in(store, &["system", "check"])
        .run()
        .success("system check");
    assert!(out.contains("is consistent"), "{out}");
}

#[test]
fn rmi_force_of_used_image_removes_its_containers_first() {
    // rmi -f deleted the image and its layers while a container ran from them: the container
    // lost its files (exec: "executable file not found", commit/diff: "image not found").
    for_each_user!(|user| {
        let store = store_with(user, "safety-force", &[BUSYBOX]);
        // Another image, with the same layer as busybox: that layer must stay.
        user.den_in(&store, &["import", &common::fixture(ROOTFS), "tools:1"])
            .run()
            .success("import");
        user.den_in(
            &store,
            &["run", "-d", "--name", "user1", "busybox", "sleep", "1000"],
        )
        .run()
        .success("run -d");
        let rmi = user.den_in(&store, &["rmi", "-f", "busybox"]).run();
        let out = rmi.success("rmi -f");
        rmi.stderr_has("removed container \"user1\"");
        assert!(out.contains(&format!("Deleted: {}", busybox_id())), "{out}");
        let ps = user.den_in(&store, &["ps", "-a"]).run().success("ps -a");
        assert!(!ps.contains("user1"), "the container is gone: {ps}");
        assert!(!images(user, &store).contains("busybox"));
        assert_consistent(user, &store);
        user.den_in(&store, &["run", "--rm", "tools:1", "true"])
            .run()
            .success("running another image after rmi -f");
    });
}

#[test]
fn rmi_without_force_refuses_and_names_the_container() {
    // rmi refused with exit 125 and named the container by id only; podman exits 2 with
    // "image is in use by a container".
    for_each_user!(|user| {
        let store = store_with(user, "safety-refuse", &[BUSYBOX]);
        user.den_in(
            &store,
            &["run", "-d", "--name", "user2", "busybox", "sleep", "1000"],
        )
        .run()
        .success("run -d");
        user.den_in(&store, &["rmi", "busybox"])
            .run()
            .code_is(2)
            .stderr_has("is in use by a container")
            .stderr_has("\"user2\"");
        assert!(images(user, &store).contains(&busybox_id()[..12]));
        user.den_in(&store, &["exec", "user2", "true"])
            .run()
            .success("exec in the container after the refused rmi");
        user.den_in(&store, &["rm", "-f", "user2"])
            .run()
            .success("rm -f");
    });
}

#[test]
fn rmi_force_name_of_multi_named_image_only_untags() {
    // rmi -f NAME deleted the image and all its other names; podman only untags NAME.
    for_each_user!(|user| {
        let store = store_with(user, "safety-untag", &[BUSYBOX]);
        user.den_in(&store, &["tag", "busybox", "localhost/other:1"])
            .run()
            .success("tag");
        let out = user
            .den_in(&store, &["rmi", "-f", "busybox"])
            .run()
            .success("rmi -f NAME");
        assert_eq!(out, "Untagged: localhost/busybox:latest\n");
        let list = images(user, &store);
        assert!(list.contains("localhost/other:1"), "{list}");
        user.den_in(&store, &["run", "--rm", "localhost/other:1", "true"])
            .run()
            .success("running the image by its other name");
    });
}

#[test]
fn rmi_id_deletes_all_names() {
    // rmi ID of an image with several names deleted it without -f; podman asks for -f, and
    // then deletes the image with all its names.
    for_each_user!(|user| {
        let store = store_with(user, "safety-id", &[BUSYBOX]);
        let id = busybox_id();
        user.den_in(&store, &["tag", "busybox", "localhost/other:1"])
            .run()
            .success("tag");
        user.den_in(&store, &["rmi", &id[..12]])
            .run()
            .code_is(125)
            .stderr_has("more than one name");
        assert!(images(user, &store).contains("localhost/other:1"));
        let out = user
            .den_in(&store, &["rmi", "-f", &id[..12]])
            .run()
            .success("rmi -f ID");
        for line in [
            "Untagged: localhost/busybox:latest",
            "Untagged: localhost/other:1",
            &format!("Deleted: {id}"),
        ] {
            assert!(out.contains(line), "{line}: {out}");
        }
        assert_eq!(images(user, &store), "");
        assert_consistent(user, &store);
    });
}

#[test]
fn broken_images_json_is_named_with_repair_hint() {
    // A truncated or garbage images.json failed every command with a bare parse error.
    for_each_user!(|user| {
        let store = store_with(user, "safety-broken", &[BUSYBOX]);
        let index = store.join("images.json");
        let good = fs::read(&index).unwrap();
        for broken in [&good[..good.len() / 2], b"\0\0garbage\xff".as_slice(), b""] {
            fs::write(&index, broken).unwrap();
            for args in [&["images"][..], &["run", "--rm", "busybox", "true"]] {
                user.den_in(&store, args)
                    .run()
                    .code_is(125)
                    .stderr_has(&format!("\"{}\" is broken", index.display()))
                    .stderr_has("den system check --repair");
            }
        }
    });
}

#[test]
fn system_check_repair_rebuilds_index() {
    // There was no repair: a broken index left den unusable.
    for_each_user!(|user| {
        let store = store_with(user, "safety-repair", &[BUSYBOX]);
        user.den_in(&store, &["import", &common::fixture(ROOTFS), "tools:1"])
            .run()
            .success("import");
        let tools = user
            .den_in(&store, &["inspect", "--format", "{{.Id}}", "tools:1"])
            .run()
            .success("inspect")
            .trim()
            .to_string();
        // The container's record keeps busybox's name; nothing keeps tools:1.
        user.den_in(&store, &["create", "--name", "user3", "busybox", "true"])
            .run()
            .success("create");
        let index = store.join("images.json");
        let good = fs::read(&index).unwrap();
        fs::write(&index, &good[..good.len() - 10]).unwrap();
        user.den_in(&store, &["system", "check"])
            .run()
            .code_is(125)
            .stderr_has("den system check --repair");
        let out = user
            .den_in(&store, &["system", "check", "--repair"])
            .run()
            .success("system check --repair");
        assert!(out.contains("rebuilt the image index"), "{out}");
        assert!(
            out.contains(&format!("image {}: its names", &tools[..12])),
            "tools:1 is lost and said so: {out}"
        );
        assert!(store.join("images.json.broken").is_file());
        assert_consistent(user, &store);
        user.den_in(&store, &["run", "--rm", "busybox", "true"])
            .run()
            .success("running busybox by its recovered name");
        user.den_in(&store, &["run", "--rm", &tools, "true"])
            .run()
            .success("running the nameless image by id");
        user.den_in(&store, &["start", "-a", "user3"])
            .run()
            .success("starting the container after the repair");
    });
}

#[test]
fn missing_layer_dir_is_named() {
    // A layer directory removed by hand gave "executable file true not found" (or a bare
    // overlay ENOENT) instead of naming the missing layer.
    for_each_user!(|user| {
        let store = store_with(user, "safety-layer", &[BUSYBOX]);
        user.den_in(&store, &["create", "--name", "user4", "busybox", "true"])
            .run()
            .success("create");
        let hex = busybox_layer_hex();
        fs::remove_dir_all(store.join("layers").join(&hex)).unwrap();
        for args in [&["run", "--rm", "busybox", "true"][..], &["start", "user4"]] {
            user.den_in(&store, args)
                .run()
                .code_is(125)
                .stderr_has(&format!("layer sha256:{hex} of image"))
                .stderr_has("den system check --repair");
        }
        let out = user
            .den_in(&store, &["system", "check", "--repair"])
            .run()
            .success("system check --repair");
        assert!(out.contains("unpacked layer"), "{out}");
        user.den_in(&store, &["run", "--rm", "busybox", "true"])
            .run()
            .success("run after the repair");
    });
}
