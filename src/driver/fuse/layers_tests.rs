//! The merge rules on temp dirs, without mounting: lookups through whiteouts and opaque
//! dirs, merged listings, copy-up of files and dirs with their metadata.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use super::*;

/// upper, l1 (top lower), l2 (bottom lower) under one temp dir.
fn three() -> (tempfile::TempDir, Layers) {
    let t = tempfile::tempdir().unwrap();
    for d in ["upper", "l1", "l2", "work"] {
        fs::create_dir(t.path().join(d)).unwrap();
    }
    let p = t.path();
    let layers = Layers::new(
        &p.join("upper"),
        &[p.join("l1"), p.join("l2")],
        &p.join("work"),
    );
    (t, layers)
}

fn names(layers: &Layers, dir: Found, rel: &str) -> Vec<String> {
    let mut v: Vec<String> = layers
        .list(dir, Path::new(rel))
        .into_iter()
        .map(|(n, _, _)| n.to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn topmost_layer_wins_and_whiteouts_hide() {
    let (t, layers) = three();
    let p = t.path();
    fs::write(p.join("l2/a"), "bottom").unwrap();
    fs::write(p.join("l1/a"), "top").unwrap();
    fs::write(p.join("l2/gone"), "x").unwrap();
    make_whiteout(&p.join("l1/gone")).unwrap();
    fs::write(p.join("l2/kept"), "x").unwrap();
    let root = layers.root();
    assert_eq!(root, Found { top: 0, bottom: 2 });
    let (found, _) = layers.find(root, Path::new("a")).unwrap();
    assert_eq!(found.top, 1);
    assert!(layers.find(root, Path::new("gone")).is_none());
    assert_eq!(names(&layers, root, ""), ["a", "kept"]);
    assert!(layers.lower_has(root, Path::new("gone")));
    assert!(!layers.lower_has(root, Path::new("new")));
}

#[test]
fn directories_merge_until_an_opaque_one() {
    let (t, layers) = three();
    let p = t.path();
    for d in ["l1/d", "l2/d", "upper/d"] {
        fs::create_dir(p.join(d)).unwrap();
    }
    fs::write(p.join("l2/d/low"), "").unwrap();
    fs::write(p.join("l1/d/mid"), "").unwrap();
    fs::write(p.join("upper/d/up"), "").unwrap();
    let root = layers.root();
    let (d, _) = layers.find(root, Path::new("d")).unwrap();
    assert_eq!(d, Found { top: 0, bottom: 2 });
    assert_eq!(names(&layers, d, "d"), ["low", "mid", "up"]);
    make_opaque(&p.join("l1/d")).unwrap();
    let (d, _) = layers.find(root, Path::new("d")).unwrap();
    assert_eq!(d, Found { top: 0, bottom: 1 }, "opaque l1/d hides l2/d");
    assert_eq!(names(&layers, d, "d"), ["mid", "up"]);
    assert!(layers.find(d, Path::new("d/low")).is_none());
    // A file over a directory stops the merge too.
    fs::create_dir(p.join("l2/f")).unwrap();
    fs::write(p.join("l1/f"), "").unwrap();
    let (f, meta) = layers.find(root, Path::new("f")).unwrap();
    assert!(!meta.is_dir());
    assert_eq!(f, Found { top: 1, bottom: 1 });
}

#[test]
fn copy_up_keeps_data_mode_times_and_xattrs() {
    let (t, layers) = three();
    let p = t.path();
    fs::create_dir(p.join("l1/etc")).unwrap();
    fs::set_permissions(p.join("l1/etc"), fs::Permissions::from_mode(0o751)).unwrap();
    fs::write(p.join("l1/etc/conf"), "data").unwrap();
    fs::set_permissions(p.join("l1/etc/conf"), fs::Permissions::from_mode(0o640)).unwrap();
    crate::sys::lsetxattr(&p.join("l1/etc/conf"), "user.mine", b"v").unwrap();
    crate::sys::lsetxattr(&p.join("l1/etc/conf"), "user.overlay.opaque", b"y").unwrap();
    let root = layers.root();
    let (etc, _) = layers.find(root, Path::new("etc")).unwrap();
    let chain = vec![(PathBuf::new(), root), (PathBuf::from("etc"), etc)];
    layers.copy_up_dirs(&chain).unwrap();
    layers.copy_up_file(1, Path::new("etc/conf")).unwrap();
    let up = p.join("upper/etc/conf");
    assert_eq!(fs::read_to_string(&up).unwrap(), "data");
    let (src, dst) = (
        fs::metadata(p.join("l1/etc/conf")).unwrap(),
        fs::metadata(&up).unwrap(),
    );
    assert_eq!(dst.mode() & 0o7777, 0o640);
    assert_eq!(dst.mtime(), src.mtime());
    assert_eq!(dst.mtime_nsec(), src.mtime_nsec());
    assert_eq!(
        fs::metadata(p.join("upper/etc")).unwrap().mode() & 0o7777,
        0o751
    );
    assert_eq!(
        crate::sys::lgetxattr(&up, "user.mine").unwrap().as_deref(),
        Some(&b"v"[..])
    );
    assert_eq!(
        crate::sys::lgetxattr(&up, "user.overlay.opaque").unwrap(),
        None,
        "the overlay's own xattrs are not copied up"
    );
    assert_eq!(
        fs::read_dir(p.join("work")).unwrap().count(),
        0,
        "copy-up leaves nothing in the work dir"
    );
    let (now, _) = layers.find(root, Path::new("etc/conf")).unwrap();
    assert_eq!(now.top, 0, "the upper copy now wins");
}

#[test]
fn private_xattrs_and_whiteout_clearing() {
    assert!(is_private_xattr(OsStr::new("user.overlay.opaque")));
    assert!(is_private_xattr(OsStr::new("trusted.overlay.redirect")));
    assert!(is_private_xattr(OsStr::new("user.fuseoverlayfs.opaque")));
    assert!(!is_private_xattr(OsStr::new("user.overlayish")));
    let (t, _) = three();
    let w = t.path().join("upper/w");
    make_whiteout(&w).unwrap();
    assert!(is_whiteout(&fs::symlink_metadata(&w).unwrap()));
    assert!(clear_whiteout(&w).unwrap());
    assert!(!w.exists());
    assert!(!clear_whiteout(&w).unwrap());
}
