//! Unit tests of the unpacker on small in-memory archives.

use super::walk::target_escapes;
use super::*;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

/// Builds a tar in memory, writing header names raw so that hostile paths survive.
#[derive(Default)]
struct TarBuilder {
    out: Vec<u8>,
}

impl TarBuilder {
    fn add(&mut self, path: &str, kind: EntryType, data: &[u8], link: &str, mode: u32) {
        self.add_owned(path, kind, data, link, mode, 0, 0);
    }

    #[allow(clippy::too_many_arguments)]
    fn add_owned(
        &mut self,
        path: &str,
        kind: EntryType,
        data: &[u8],
        link: &str,
        mode: u32,
        uid: u64,
        gid: u64,
    ) {
        let mut h = tar::Header::new_gnu();
        let old = h.as_old_mut();
        old.name[..path.len()].copy_from_slice(path.as_bytes());
        old.linkname[..link.len()].copy_from_slice(link.as_bytes());
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.set_mode(mode);
        h.set_uid(uid);
        h.set_gid(gid);
        h.set_mtime(1_700_000_000);
        h.set_cksum();
        self.out.extend_from_slice(h.as_bytes());
        self.out.extend_from_slice(data);
        let pad = (512 - data.len() % 512) % 512;
        self.out.extend(std::iter::repeat_n(0u8, pad));
    }

    fn file(&mut self, path: &str, data: &[u8]) {
        self.add(path, EntryType::Regular, data, "", 0o644);
    }

    fn finish(mut self) -> Vec<u8> {
        self.out.extend([0u8; 1024]);
        self.out
    }
}

/// A destination inside a private temp dir, so escapes are visible next to it.
struct Dest {
    outer: tempfile::TempDir,
}

impl Dest {
    fn new() -> Dest {
        let outer = tempfile::tempdir().unwrap();
        std::fs::create_dir(outer.path().join("layer")).unwrap();
        Dest { outer }
    }
    fn layer(&self) -> PathBuf {
        self.outer.path().join("layer")
    }
    fn unpack(&self, tar: &[u8]) -> Result<Unpacked, UnpackError> {
        unpack_layer(tar, &self.layer(), OwnerPolicy::Keep)
    }
    /// Nothing but the layer directory exists next to it.
    fn assert_nothing_outside(&self) {
        let names: Vec<_> = std::fs::read_dir(self.outer.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["layer"], "something was written outside the layer");
    }
}

fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// Skips a test with its reason, or fails it when CI demands that everything runs.
fn skip(reason: &str) {
    assert!(
        std::env::var_os("DEN_MUST_WORK").is_none_or(|v| v != "1"),
        "DEN_MUST_WORK=1 but this test would be skipped: {reason}"
    );
    eprintln!("skipped: {reason}");
}

fn refused(result: Result<Unpacked, UnpackError>, entry: &str, why: &str) {
    let err = result.expect_err("hostile entry was accepted");
    let text = err.to_string();
    assert!(text.contains(&format!("\"{entry}\"")), "{text}");
    assert!(text.contains(why), "{text}");
}

#[test]
fn dotdot_and_absolute_paths_are_refused() {
    for path in ["../evil", "a/../../evil", "./../evil", "/evil", "/tmp/evil"] {
        let d = Dest::new();
        let mut t = TarBuilder::default();
        t.file(path, b"x");
        let why = if path.starts_with('/') {
            "absolute"
        } else {
            "\"..\""
        };
        refused(d.unpack(&t.finish()), path, why);
        d.assert_nothing_outside();
    }
}

#[test]
fn writing_through_a_symlinked_parent_is_refused() {
    let d = Dest::new();
    let outside = d.outer.path().display().to_string();
    for (link_target, victim) in [(outside.as_str(), "l/evil"), (".", "l/evil")] {
        let mut t = TarBuilder::default();
        t.add("l", EntryType::Symlink, b"", link_target, 0o777);
        t.file(victim, b"x");
        let d = Dest::new();
        refused(d.unpack(&t.finish()), victim, "symbolic link");
        d.assert_nothing_outside();
    }
    // A directory replaced by a symlink later in the same archive.
    let mut t = TarBuilder::default();
    t.add("a/", EntryType::Directory, b"", "", 0o755);
    t.file("a/f", b"x");
    t.add("a", EntryType::Symlink, b"", &outside, 0o777);
    t.file("a/evil", b"x");
    let d2 = Dest::new();
    refused(d2.unpack(&t.finish()), "a/evil", "symbolic link");
    d2.assert_nothing_outside();
}

#[test]
fn symlink_targets_may_not_climb_above_the_root() {
    let d = Dest::new();
    let mut t = TarBuilder::default();
    t.add("a/l", EntryType::Symlink, b"", "../../etc/passwd", 0o777);
    refused(d.unpack(&t.finish()), "a/l", "climbs above");
    d.assert_nothing_outside();
    // Inside the root, and absolute targets, are fine (never followed by den).
    let d = Dest::new();
    let mut t = TarBuilder::default();
    t.add("a/l", EntryType::Symlink, b"", "../b/./c", 0o777);
    t.add("lib64", EntryType::Symlink, b"", "/usr/lib64", 0o777);
    d.unpack(&t.finish()).unwrap();
    let target = std::fs::read_link(d.layer().join("a/l")).unwrap();
    assert_eq!(target, Path::new("../b/./c"));
    assert_eq!(
        std::fs::read_link(d.layer().join("lib64")).unwrap(),
        Path::new("/usr/lib64")
    );
    assert!(target_escapes(0, b".."));
    assert!(!target_escapes(1, b"../x"));
    assert!(target_escapes(1, b"x/../../.."));
}

#[test]
fn hardlinks_must_point_inside_this_layer() {
    let d = Dest::new();
    std::fs::write(d.outer.path().join("secret"), "s").unwrap();
    let outside = d.outer.path().display().to_string();
    let cases: &[(&str, &str)] = &[
        ("/etc/passwd", "absolute"),
        ("../secret", "climbs out"),
        ("missing", "not in this layer"),
        ("l/secret", "symbolic link"),
        ("d", "directory"),
    ];
    for (target, why) in cases {
        let mut t = TarBuilder::default();
        t.add("l", EntryType::Symlink, b"", &outside, 0o777);
        t.add("d/", EntryType::Directory, b"", "", 0o755);
        t.add("h", EntryType::Link, b"", target, 0o644);
        let d = Dest::new();
        std::fs::write(d.outer.path().join("secret"), "s").unwrap();
        let err = d.unpack(&t.finish()).expect_err(target);
        let text = err.to_string();
        assert!(
            text.contains("\"h\"") && text.contains(why),
            "{target}: {text}"
        );
        assert!(!d.layer().join("h").exists());
    }
    let mut t = TarBuilder::default();
    t.file("f", b"data");
    t.add("h", EntryType::Link, b"", "./f", 0o644);
    let d = Dest::new();
    d.unpack(&t.finish()).unwrap();
    let (a, b) = (
        std::fs::metadata(d.layer().join("f")).unwrap(),
        std::fs::metadata(d.layer().join("h")).unwrap(),
    );
    assert_eq!(a.ino(), b.ino());
}

#[test]
fn device_nodes_are_refused_fifos_are_fine() {
    for kind in [EntryType::Char, EntryType::Block] {
        let d = Dest::new();
        let mut t = TarBuilder::default();
        t.add("dev/sda", kind, b"", "", 0o600);
        refused(d.unpack(&t.finish()), "dev/sda", "device nodes");
    }
    let d = Dest::new();
    let mut t = TarBuilder::default();
    t.add("run/fifo", EntryType::Fifo, b"", "", 0o620);
    d.unpack(&t.finish()).unwrap();
    let meta = std::fs::symlink_metadata(d.layer().join("run/fifo")).unwrap();
    assert!(meta.file_type().is_fifo());
    assert_eq!(meta.permissions().mode() & 0o7777, 0o620);
}

#[test]
fn truncated_streams_are_errors() {
    let mut t = TarBuilder::default();
    t.file("big", &[1u8; 5000]);
    let full = t.finish();
    // Cut inside the file's data.
    let d = Dest::new();
    let err = d.unpack(&full[..1536]).unwrap_err();
    assert!(
        matches!(err, UnpackError::Truncated { .. } | UnpackError::Read(_)),
        "{err}"
    );
    // Cut exactly after the data: no end-of-archive blocks.
    let d = Dest::new();
    let data_end = 512 + 5000usize.div_ceil(512) * 512;
    let err = d.unpack(&full[..data_end]).unwrap_err();
    assert!(matches!(err, UnpackError::NoEnd), "{err}");
    // Cut inside a header.
    let d = Dest::new();
    assert!(d.unpack(&full[..data_end + 100]).is_err());
}

#[test]
fn contents_modes_mtimes_and_diff_id() {
    let mut t = TarBuilder::default();
    t.add("ro/", EntryType::Directory, b"", "", 0o555);
    t.file("ro/file", b"hello");
    t.add("bin/su", EntryType::Regular, b"x", "", 0o4755);
    t.add("deep/er/dir/", EntryType::Directory, b"", "", 0o700);
    let tar = t.finish();
    let d = Dest::new();
    let u = d.unpack(&tar).unwrap();
    assert_eq!(u.diff_id, crate::image::compress::sha256_digest(&tar));
    assert_eq!(u.size, tar.len() as u64);
    assert_eq!(u.entries, 4);
    let l = d.layer();
    assert_eq!(std::fs::read(l.join("ro/file")).unwrap(), b"hello");
    let ro = std::fs::metadata(l.join("ro")).unwrap();
    assert_eq!(ro.permissions().mode() & 0o7777, 0o555);
    assert_eq!(ro.mtime(), 1_700_000_000);
    let su = std::fs::metadata(l.join("bin/su")).unwrap();
    assert_eq!(su.permissions().mode() & 0o7777, 0o4755);
    assert_eq!(
        std::fs::metadata(l.join("bin"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o755
    );
    // Let the temp dir be removable.
    std::fs::set_permissions(l.join("ro"), std::fs::Permissions::from_mode(0o755)).unwrap();
}

// Files are created with their final mode when the umask keeps it (no fchmod after): every
// mode must still come out exact, whichever path it takes, and the data be written.
#[test]
fn every_file_mode_comes_out_exact_with_its_data() {
    let modes = [
        0o000, 0o400, 0o444, 0o600, 0o640, 0o644, 0o664, 0o666, 0o755, 0o777, 0o1755, 0o2711,
    ];
    let mut t = TarBuilder::default();
    for mode in modes {
        t.add(&format!("f{mode:o}"), EntryType::Regular, b"data", "", mode);
    }
    let d = Dest::new();
    d.unpack(&t.finish()).unwrap();
    for mode in modes {
        let path = d.layer().join(format!("f{mode:o}"));
        let m = std::fs::metadata(&path).unwrap();
        assert_eq!(m.permissions().mode() & 0o7777, mode, "{mode:o}");
        assert_eq!(m.len(), 4, "{mode:o}");
    }
}

// chown is skipped only when the kernel surely gave the owner: the process's ids, and a
// parent of the same group (on a `grpid` mount a new entry takes its directory's group).
#[test]
fn a_new_entry_is_owned_right_only_with_the_process_ids_and_a_parent_of_its_group() {
    let creator = Creator {
        ids: Some((0, 0)),
        umask: Some(0o022),
    };
    let meta = |uid, gid| Meta {
        uid,
        gid,
        mode: 0o644,
        mtime: nix::sys::time::TimeSpec::new(0, 0),
        xattrs: Vec::new(),
        sparse: PaxSparse::default(),
    };
    assert!(creator.owns_like(&meta(0, 0), 0));
    assert!(
        !creator.owns_like(&meta(0, 0), 6),
        "the parent's group would be taken"
    );
    assert!(!creator.owns_like(&meta(0, 5), 5));
    assert!(!creator.owns_like(&meta(1, 0), 0));
    let setgid_root = Creator {
        ids: None,
        ..creator
    };
    assert!(!setgid_root.owns_like(&meta(0, 0), 0));
}

#[test]
fn the_creation_mode_is_final_only_when_the_umask_keeps_it() {
    let with = |umask| Creator { ids: None, umask };
    assert_eq!(with(Some(0o022)).file_mode(0o644), (0o644, true));
    assert_eq!(with(Some(0o022)).file_mode(0o000), (0o000, true));
    assert_eq!(with(Some(0o022)).file_mode(0o664), (0o600, false));
    assert_eq!(with(Some(0o002)).file_mode(0o664), (0o664, true));
    assert_eq!(with(Some(0)).file_mode(0o4755), (0o600, false));
    assert_eq!(with(Some(0)).file_mode(0o1777), (0o600, false));
    assert_eq!(with(None).file_mode(0o644), (0o600, false));
    assert_eq!(read_umask().map(|m| m & !0o777), Some(0));
}

#[test]
fn later_entries_replace_earlier_ones() {
    let mut t = TarBuilder::default();
    t.file("x", b"1");
    t.add("x/", EntryType::Directory, b"", "", 0o755);
    t.file("x/inner", b"2");
    t.add("x", EntryType::Symlink, b"", "target", 0o777);
    t.file("y", b"old");
    t.file("y", b"new");
    let d = Dest::new();
    d.unpack(&t.finish()).unwrap();
    assert_eq!(
        std::fs::read_link(d.layer().join("x")).unwrap(),
        Path::new("target")
    );
    assert_eq!(std::fs::read(d.layer().join("y")).unwrap(), b"new");
}

#[test]
fn owners_above_the_mapping_are_refused() {
    let mut t = TarBuilder::default();
    t.add_owned("etc/shadow", EntryType::Regular, b"x", "", 0o640, 0, 70000);
    let d = Dest::new();
    let err = unpack_layer(
        &t.finish()[..],
        &d.layer(),
        OwnerPolicy::Chown {
            max_uid: 65536,
            max_gid: 65536,
        },
    )
    .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("\"etc/shadow\"") && text.contains("gid 70000"),
        "{text}"
    );
    assert!(!d.layer().join("etc/shadow").exists());
}

#[test]
fn chown_as_root_keeps_setuid_bits() {
    if !is_root() {
        skip("chown needs root (or den's user namespace)");
        return;
    }
    let mut t = TarBuilder::default();
    t.add_owned("bin/tool", EntryType::Regular, b"x", "", 0o6755, 42, 43);
    t.add_owned("var/cache/", EntryType::Directory, b"", "", 0o2775, 42, 42);
    t.add_owned("link", EntryType::Symlink, b"", "bin/tool", 0o777, 7, 8);
    let d = Dest::new();
    let policy = OwnerPolicy::Chown {
        max_uid: 65536,
        max_gid: 65536,
    };
    unpack_layer(&t.finish()[..], &d.layer(), policy).unwrap();
    let m = std::fs::metadata(d.layer().join("bin/tool")).unwrap();
    assert_eq!(
        (m.uid(), m.gid(), m.permissions().mode() & 0o7777),
        (42, 43, 0o6755)
    );
    let m = std::fs::metadata(d.layer().join("var/cache")).unwrap();
    assert_eq!((m.uid(), m.permissions().mode() & 0o7777), (42, 0o2775));
    let m = std::fs::symlink_metadata(d.layer().join("link")).unwrap();
    assert_eq!((m.uid(), m.gid()), (7, 8));
}

// chown is skipped for a new entry the kernel already gave the image's owner: a directory
// that existed before its entry (made as a parent, or an entry repeated) is still chowned.
#[test]
fn chown_as_root_is_skipped_only_for_new_entries() {
    if !is_root() {
        skip("chown needs root (or den's user namespace)");
        return;
    }
    let mut t = TarBuilder::default();
    t.add_owned("d/", EntryType::Directory, b"", "", 0o755, 42, 42);
    t.add_owned("d/", EntryType::Directory, b"", "", 0o755, 0, 0);
    t.add_owned("p/q/f", EntryType::Regular, b"x", "", 0o644, 0, 0);
    t.add_owned("p/", EntryType::Directory, b"", "", 0o755, 5, 6);
    t.add_owned("p/q/g", EntryType::Regular, b"x", "", 0o644, 9, 9);
    let d = Dest::new();
    let policy = OwnerPolicy::Chown {
        max_uid: 65536,
        max_gid: 65536,
    };
    unpack_layer(&t.finish()[..], &d.layer(), policy).unwrap();
    let owner = |p: &str| {
        let m = std::fs::symlink_metadata(d.layer().join(p)).unwrap();
        (m.uid(), m.gid())
    };
    assert_eq!(owner("d"), (0, 0));
    assert_eq!(owner("p"), (5, 6));
    assert_eq!(owner("p/q/f"), (0, 0));
    assert_eq!(owner("p/q/g"), (9, 9));
}

#[test]
fn one_id_mode_records_owners_in_an_xattr() {
    let probe = tempfile::tempdir().unwrap();
    if crate::sys::lsetxattr(probe.path(), "user.den.probe", b"1").is_err() {
        skip("the temp filesystem does not support user xattrs");
        return;
    }
    let mut t = TarBuilder::default();
    t.add_owned(
        "var/cache/apt/partial/",
        EntryType::Directory,
        b"",
        "",
        0o700,
        42,
        0,
    );
    t.add_owned("home/u/f", EntryType::Regular, b"x", "", 0o600, 1000, 1000);
    t.add_owned("rootfile", EntryType::Regular, b"x", "", 0o600, 0, 0);
    let d = Dest::new();
    unpack_layer(&t.finish()[..], &d.layer(), OwnerPolicy::Record).unwrap();
    let get = |p: &str| crate::sys::lgetxattr(&d.layer().join(p), OWNER_XATTR).unwrap();
    assert_eq!(get("var/cache/apt/partial").as_deref(), Some(&b"42:0"[..]));
    assert_eq!(get("home/u/f").as_deref(), Some(&b"1000:1000"[..]));
    assert_eq!(get("rootfile"), None);
}

#[test]
fn whiteouts_become_overlay_whiteouts() {
    if !is_root() {
        skip("creating a 0/0 character device needs root or a user namespace");
        return;
    }
    let mut t = TarBuilder::default();
    t.file("etc/issue.net", b"old");
    t.file("etc/.wh.issue.net", b"");
    t.add("etc/skel/", EntryType::Directory, b"", "", 0o755);
    t.file("etc/skel/.wh..wh..opq", b"");
    t.file("etc/skel/new", b"n");
    t.file("gone/.wh.file", b"");
    t.file("x/.wh..wh.plnk", b"");
    let d = Dest::new();
    match d.unpack(&t.finish()) {
        Ok(_) => {}
        Err(e) if e.to_string().contains("character device") => {
            skip(&format!("mknod refused here: {e}"));
            return;
        }
        Err(e) => panic!("{e}"),
    }
    let l = d.layer();
    for w in ["etc/issue.net", "gone/file"] {
        let m = std::fs::symlink_metadata(l.join(w)).unwrap();
        assert!(m.file_type().is_char_device(), "{w}");
        assert_eq!(m.rdev(), 0);
    }
    assert!(!l.join("etc/.wh.issue.net").exists());
    assert!(!l.join("x/.wh..wh.plnk").exists());
    assert!(l.join("etc/skel/new").exists());
    assert_eq!(
        crate::sys::lgetxattr(&l.join("etc/skel"), OPAQUE_XATTR)
            .unwrap()
            .as_deref(),
        Some(&b"y"[..])
    );
    assert!(!l.join("etc/skel/.wh..wh..opq").exists());
}

#[test]
fn pax_long_names_and_times() {
    let mut b = tar::Builder::new(Vec::new());
    let long = format!("{}/file", "d".repeat(150));
    let mut h = tar::Header::new_gnu();
    h.set_size(2);
    h.set_mode(0o644);
    h.set_mtime(5);
    h.set_uid(0);
    h.set_gid(0);
    b.append_data(&mut h, &long, &b"hi"[..]).unwrap();
    let tar = b.into_inner().unwrap();
    let d = Dest::new();
    d.unpack(&tar).unwrap();
    assert_eq!(std::fs::read(d.layer().join(&long)).unwrap(), b"hi");
    assert_eq!(parse_pax_time("12.5"), Some((12, 500_000_000)));
    assert_eq!(parse_pax_time("x"), None);
}
