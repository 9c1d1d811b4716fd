//! Helpers of the `den build` behaviour tests (tests/build*.rs, tests/differential_build.rs).
//!
//! Each test binary uses some of them.
#![allow(dead_code)]

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::common::User;

/// A build context of the user's: `files` as (relative path, content).
pub fn context(user: &User, name: &str, files: &[(&str, &str)]) -> PathBuf {
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
pub fn own_store(user: &User, name: &str) -> PathBuf {
    let store = user.fresh_dir(name);
    let busybox = crate::common::fixtures()
        .unwrap()
        .join("busybox.docker.tar");
    user.den_in(&store, &["load", "-q", "-i", busybox.to_str().unwrap()])
        .run()
        .success("loading busybox");
    store
}

pub fn using_cache(out: &str) -> usize {
    out.lines()
        .filter(|l| l.starts_with("--> Using cache "))
        .count()
}

/// The final line of a build's stdout: the image id.
pub fn image_id(out: &str) -> String {
    let id = out.lines().last().unwrap_or("").to_string();
    assert_eq!(id.len(), 64, "the build ends with the image id: {out}");
    id
}

/// The entries (path, uid, gid, mode) of the top layer of `image`.
pub fn top_layer(user: &User, store: &Path, image: &str) -> Vec<(String, u64, u64, u32)> {
    layers_of(user, store, image)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The entries of the first layer of `image` (from the top) that holds `path`.
pub fn copy_layer_entries(
    user: &User,
    store: &Path,
    image: &str,
    path: &str,
) -> Vec<(String, u64, u64, u32)> {
    layers_of(user, store, image)
        .into_iter()
        .find(|entries| entries.iter().any(|(p, ..)| p == path))
        .unwrap_or_else(|| panic!("no layer of {image} holds {path}"))
}

/// Every layer's entries (path, uid, gid, mode), top layer first, read from `den save`.
fn layers_of(user: &User, store: &Path, image: &str) -> Vec<Vec<(String, u64, u64, u32)>> {
    // A directory of this store and image: tests of one binary run at once.
    let tag: String = format!("{}-{image}", store.file_name().unwrap().to_string_lossy())
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let out = user.fresh_dir(&format!("build-save-{tag}"));
    let tar_path = out.join("img.tar");
    user.den_in(store, &["save", "-o", tar_path.to_str().unwrap(), image])
        .run()
        .success("den save");
    saved_layers(&tar_path)
}

/// Every layer's entries (path, uid, gid, mode), top layer first, of a docker-archive that
/// `den save` or `podman save` wrote.
pub fn saved_layers(tar_path: &Path) -> Vec<Vec<(String, u64, u64, u32)>> {
    let mut archive = tar::Archive::new(fs::File::open(tar_path).unwrap());
    let mut blobs = Vec::new();
    let mut manifest = String::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == "manifest.json" {
            manifest = String::from_utf8(data).unwrap();
        } else {
            blobs.push((name, data));
        }
    }
    let m: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    m[0]["Layers"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|l| {
            let data = &blobs
                .iter()
                .find(|(n, _)| n == l.as_str().unwrap())
                .unwrap()
                .1;
            tar::Archive::new(&data[..])
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
        })
        .collect()
}
