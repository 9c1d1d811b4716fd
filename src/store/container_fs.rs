//! A container's filesystem read straight from the store, without mounting anything: its
//! writable (upper) layer over the image's unpacked layers, merged in code the way overlayfs
//! merges them. `diff` lists the upper layer's changes, `commit` turns them into an OCI layer
//! tarball, `export` writes the merged tree as one tarball, and `cp` resolves paths in the
//! merged view and writes into the upper layer. Writing tarballs of it is `container_tar`.
//!
//! Every function here runs inside den's user namespace (`run_in_store_ns`): the files belong
//! to subordinate ids, and seen from inside, their owners are the container's ids.
//!
//! Overlay conventions understood here: a whiteout is a 0/0 character device (kernel
//! overlayfs, fuse-overlayfs when it may mknod) or a `.wh.NAME` file (fuse-overlayfs
//! otherwise); an opaque directory has `user.overlay.opaque=y` (kernel overlayfs with
//! `userxattr`), `user.fuseoverlayfs.opaque`, or a `.wh..wh..opq` file inside.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::{OsStr, OsString};
use std::fs::{self, Metadata};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::driver::fuse_overlayfs;
use crate::image::unpack::OPAQUE_XATTR;
use crate::sys::lgetxattr;

pub use crate::store::container_tar::{
    Owners, TarOut, write_layer_tar, write_rootfs_tar, write_squashed_tar, write_subtree_tar,
};

pub(crate) const WHITEOUT_PREFIX: &str = ".wh.";
pub(crate) const OPAQUE_MARKER: &str = ".wh..wh..opq";

/// Files den creates in the upper layer as mount targets for its own files: not changes the
/// container made (empty, and absent from the image).
const MOUNT_TARGETS: &[&str] = &[
    "etc/hosts",
    "etc/hostname",
    "etc/resolv.conf",
    "etc/localtime",
    "run/.containerenv",
];

/// The mount targets podman's build container leaves in a RUN step's layer where the image
/// has none: runc creates them as empty files of mode 0755, and buildah commits them.
const BUILD_MOUNT_TARGETS: &[&str] = &["etc/hosts", "etc/hostname", "etc/resolv.conf"];

/// What a layer tarball of an upper layer does with den's own mount targets (`MOUNT_TARGETS`:
/// empty files there that the image lacks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MountTargets {
    /// Left out: they are not the container's changes (`den commit`).
    Drop,
    /// As podman build's RUN layers: /etc/hostname, /etc/hosts and /etc/resolv.conf kept, of
    /// mode 0755 as runc makes them; the others left out.
    AsBuild,
    /// There are none: every file is the step's own (a COPY step's fresh upper directory).
    None,
}

impl MountTargets {
    /// The mode to archive the mount target `components` with, or `None` to leave it out.
    pub(crate) fn kept_mode(self, components: &[OsString]) -> Option<u32> {
        let name = show(components);
        let build = BUILD_MOUNT_TARGETS.contains(&&name[1..]);
        (self == MountTargets::AsBuild && build).then_some(0o755)
    }
}

/// The layers of a container's filesystem, top first: the upper layer (if any) then the
/// image's layers.
#[derive(Debug, Clone)]
pub struct FsLayers {
    pub upper: Option<PathBuf>,
    /// The image's layers, top first.
    pub lowers: Vec<PathBuf>,
}

/// One entry of the merged view.
#[derive(Debug, Clone)]
pub enum Node {
    /// A directory: the directories of each layer that contribute to it, top first.
    Dir {
        layers: Vec<PathBuf>,
        meta: Metadata,
    },
    /// Anything else: the one file that shows.
    Leaf { path: PathBuf, meta: Metadata },
}

impl Node {
    pub fn meta(&self) -> &Metadata {
        match self {
            Node::Dir { meta, .. } | Node::Leaf { meta, .. } => meta,
        }
    }

    /// The path of the entry in its topmost layer.
    pub fn path(&self) -> &Path {
        match self {
            Node::Dir { layers, .. } => &layers[0],
            Node::Leaf { path, .. } => path,
        }
    }
}

/// What one layer's directory holds under a name.
pub(crate) enum InLayer {
    Missing,
    Whiteout,
    Present(Metadata),
}

pub(crate) fn is_whiteout_meta(meta: &Metadata) -> bool {
    meta.file_type().is_char_device() && meta.rdev() == 0
}

pub(crate) fn in_layer(dir: &Path, name: &OsStr) -> InLayer {
    match fs::symlink_metadata(dir.join(name)) {
        Ok(m) if is_whiteout_meta(&m) => InLayer::Whiteout,
        Ok(m) => InLayer::Present(m),
        Err(_) => {
            let mut wh = OsString::from(WHITEOUT_PREFIX);
            wh.push(name);
            if fs::symlink_metadata(dir.join(wh)).is_ok_and(|m| m.is_file()) {
                InLayer::Whiteout
            } else {
                InLayer::Missing
            }
        }
    }
}

/// Whether a layer's directory hides the layers below it.
pub(crate) fn is_opaque(dir: &Path) -> bool {
    let xattr_set = |name| {
        lgetxattr(dir, name)
            .ok()
            .flatten()
            .is_some_and(|v| v.first() == Some(&b'y'))
    };
    xattr_set(OPAQUE_XATTR)
        || xattr_set(fuse_overlayfs::OPAQUE_XATTR)
        || fs::symlink_metadata(dir.join(OPAQUE_MARKER)).is_ok()
}

/// Whether a name in a layer is overlay bookkeeping rather than a file of the tree.
pub(crate) fn is_marker_name(name: &OsStr) -> bool {
    name.as_bytes().starts_with(WHITEOUT_PREFIX.as_bytes())
}

/// The entry `name` in the merged directory made of `layers` (top first).
pub fn descend(layers: &[PathBuf], name: &OsStr) -> Option<Node> {
    if is_marker_name(name) {
        return None;
    }
    let mut found: Option<(Vec<PathBuf>, Metadata)> = None;
    for dir in layers {
        match in_layer(dir, name) {
            InLayer::Missing => {}
            InLayer::Whiteout => break,
            InLayer::Present(meta) => {
                let path = dir.join(name);
                match &mut found {
                    None if !meta.is_dir() => return Some(Node::Leaf { path, meta }),
                    None => {
                        let opaque = is_opaque(&path);
                        found = Some((vec![path], meta));
                        if opaque {
                            break;
                        }
                    }
                    Some((dirs, _)) => {
                        if !meta.is_dir() {
                            break;
                        }
                        let opaque = is_opaque(&path);
                        dirs.push(path);
                        if opaque {
                            break;
                        }
                    }
                }
            }
        }
    }
    found.map(|(layers, meta)| Node::Dir { layers, meta })
}

/// The names in the merged directory made of `layers`, sorted.
pub fn list(layers: &[PathBuf]) -> Result<Vec<(OsString, Node)>> {
    let mut names = BTreeSet::new();
    for dir in layers {
        let entries =
            fs::read_dir(dir).with_context(|| format!("reading \"{}\"", dir.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("reading \"{}\"", dir.display()))?;
            names.insert(entry.file_name());
        }
    }
    Ok(names
        .into_iter()
        .filter_map(|n| descend(layers, &n).map(|node| (n, node)))
        .collect())
}

impl FsLayers {
    fn all(&self) -> Vec<PathBuf> {
        self.upper.iter().chain(&self.lowers).cloned().collect()
    }

    /// The root directory of the merged view.
    pub fn root(&self) -> Result<Node> {
        let layers = self.all();
        let Some(top) = layers.first() else {
            bail!("the container has no layers");
        };
        let meta =
            fs::symlink_metadata(top).with_context(|| format!("reading \"{}\"", top.display()))?;
        let mut contributing = Vec::new();
        for l in layers {
            let opaque = is_opaque(&l);
            contributing.push(l);
            if opaque {
                break;
            }
        }
        Ok(Node::Dir {
            layers: contributing,
            meta,
        })
    }

    /// The merged entry at `components` (no symlink followed), or None.
    pub fn lookup(&self, components: &[OsString]) -> Result<Option<Node>> {
        let mut node = self.root()?;
        for c in components {
            let Node::Dir { layers, .. } = &node else {
                return Ok(None);
            };
            match descend(layers, c) {
                Some(n) => node = n,
                None => return Ok(None),
            }
        }
        Ok(Some(node))
    }

    /// Resolves a path of the container, following symlinks component by component inside
    /// the merged view, so that no symlink or `..` leads outside the container's root.
    /// The last component is followed only when `follow_last`; it may be missing.
    pub fn resolve(&self, path: &str, follow_last: bool) -> Result<Vec<OsString>> {
        let mut todo: std::collections::VecDeque<OsString> = split(path.as_bytes()).into();
        let mut done: Vec<OsString> = Vec::new();
        let mut links = 0;
        while let Some(c) = todo.pop_front() {
            if c == ".." {
                done.pop();
                continue;
            }
            let last = todo.is_empty();
            done.push(c);
            let node = self.lookup(&done)?;
            match node {
                Some(Node::Leaf { path: p, meta })
                    if meta.file_type().is_symlink() && (!last || follow_last) =>
                {
                    links += 1;
                    if links > 40 {
                        bail!("too many levels of symbolic links in \"{path}\"");
                    }
                    let target = fs::read_link(&p)
                        .with_context(|| format!("reading the link \"{}\"", p.display()))?;
                    done.pop();
                    let bytes = target.as_os_str().as_bytes();
                    if bytes.first() == Some(&b'/') {
                        done.clear();
                    }
                    for c in split(bytes).into_iter().rev() {
                        todo.push_front(c);
                    }
                }
                Some(Node::Leaf { meta, .. }) if !last => {
                    let _ = meta;
                    bail!("\"{}\" in the container is not a directory", show(&done));
                }
                None if !last => {
                    bail!("\"{}\" does not exist in the container", show(&done));
                }
                _ => {}
            }
        }
        Ok(done)
    }
}

/// Splits a path into its components, dropping empty ones and `.` (but keeping `..`).
pub fn split(path: &[u8]) -> Vec<OsString> {
    path.split(|&b| b == b'/')
        .filter(|p| !p.is_empty() && *p != b".")
        .map(|p| OsStr::from_bytes(p).to_os_string())
        .collect()
}

/// `/a/b` for components.
pub fn show(components: &[OsString]) -> String {
    let mut s = String::new();
    for c in components {
        s.push('/');
        s.push_str(&c.to_string_lossy());
    }
    if s.is_empty() {
        s.push('/');
    }
    s
}

pub(crate) fn is_mount_target(components: &[OsString], meta: &Metadata) -> bool {
    meta.is_file() && meta.len() == 0 && MOUNT_TARGETS.contains(&show(components)[1..].as_ref())
}

/// A change of the container's filesystem, as `podman diff` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    Added,
    Changed,
    Deleted,
}

impl ChangeKind {
    pub fn letter(self) -> char {
        match self {
            ChangeKind::Added => 'A',
            ChangeKind::Changed => 'C',
            ChangeKind::Deleted => 'D',
        }
    }
}

/// The changes of the upper layer against the image's layers, sorted by path.
pub fn changes(layers: &FsLayers) -> Result<Vec<(String, ChangeKind)>> {
    let Some(upper) = &layers.upper else {
        return Ok(Vec::new());
    };
    let lower = FsLayers {
        upper: None,
        lowers: layers.lowers.clone(),
    };
    let mut out = Vec::new();
    let lower_root = if lower.lowers.is_empty() {
        None
    } else {
        Some(lower.root()?)
    };
    walk_changes(upper, lower_root.as_ref(), &mut Vec::new(), &mut out)?;
    out.sort();
    Ok(out)
}

/// Walks one directory of the upper layer; returns whether anything under it changed.
fn walk_changes(
    dir: &Path,
    lower: Option<&Node>,
    prefix: &mut Vec<OsString>,
    out: &mut Vec<(String, ChangeKind)>,
) -> Result<bool> {
    let mut any = false;
    let lower_layers: &[PathBuf] = match lower {
        Some(Node::Dir { layers, .. }) => layers,
        _ => &[],
    };
    let names = sorted_names(dir)?;
    let opaque = is_opaque(dir);
    let mut present = BTreeSet::new();
    for name in names {
        let path = dir.join(&name);
        let meta = fs::symlink_metadata(&path)
            .with_context(|| format!("reading \"{}\"", path.display()))?;
        if name == OPAQUE_MARKER {
            continue;
        }
        let (name, whiteout) = match name.as_bytes().strip_prefix(WHITEOUT_PREFIX.as_bytes()) {
            Some(hidden) if meta.is_file() => (OsStr::from_bytes(hidden).to_os_string(), true),
            _ => (name.clone(), is_whiteout_meta(&meta)),
        };
        prefix.push(name.clone());
        let below = descend(lower_layers, &name);
        if whiteout {
            if below.is_some() {
                out.push((show(prefix), ChangeKind::Deleted));
                any = true;
            }
        } else {
            present.insert(name.clone());
            if below.is_none() && prefix.len() == 2 && is_mount_target(prefix, &meta) {
                prefix.pop();
                continue;
            }
            let kind = if below.is_some() {
                ChangeKind::Changed
            } else {
                ChangeKind::Added
            };
            if meta.is_dir() {
                let below_dir = below.as_ref().filter(|n| matches!(n, Node::Dir { .. }));
                let inner = walk_changes(&path, below_dir, prefix, out)?;
                let same_meta = below_dir.is_some_and(|n| {
                    let m = n.meta();
                    (m.mode(), m.uid(), m.gid()) == (meta.mode(), meta.uid(), meta.gid())
                }) && !is_opaque(&path);
                // A directory copied up only to hold a changed file is reported as changed
                // (as podman does) when something under it changed.
                // podman's diff leaves out /run (libpod's list of init paths): den creates it
                // as the mount target's directory for /run/.containerenv.
                let init_dir = kind == ChangeKind::Added && !inner && show(prefix) == "/run";
                if !init_dir && (kind == ChangeKind::Added || inner || !same_meta) {
                    out.push((show(prefix), kind));
                    any = true;
                }
            } else {
                out.push((show(prefix), kind));
                any = true;
            }
        }
        prefix.pop();
    }
    if opaque {
        for (name, _) in list(lower_layers)? {
            if !present.contains(&name) {
                prefix.push(name);
                out.push((show(prefix), ChangeKind::Deleted));
                prefix.pop();
                any = true;
            }
        }
    }
    Ok(any)
}

/// Names of the merged directory `node`.
pub fn children(node: &Node) -> Result<BTreeMap<OsString, Node>> {
    match node {
        Node::Dir { layers, .. } => Ok(list(layers)?.into_iter().collect()),
        Node::Leaf { .. } => Ok(BTreeMap::new()),
    }
}

/// The names in directory `dir`, sorted (tar streams and diffs list entries in this order).
pub(crate) fn sorted_names(dir: &Path) -> Result<Vec<OsString>> {
    let mut names: Vec<OsString> = fs::read_dir(dir)
        .with_context(|| format!("reading \"{}\"", dir.display()))?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<io::Result<_>>()
        .with_context(|| format!("reading \"{}\"", dir.display()))?;
    names.sort();
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_show() {
        assert_eq!(split(b"/a//./b/../c/"), ["a", "b", "..", "c"]);
        assert_eq!(show(&[]), "/");
        assert_eq!(show(&["etc".into(), "x".into()]), "/etc/x");
    }

    fn tree() -> (tempfile::TempDir, FsLayers) {
        let t = tempfile::tempdir().unwrap();
        let lower = t.path().join("lower");
        let upper = t.path().join("upper");
        for d in ["etc/skel", "usr/bin", "var"] {
            fs::create_dir_all(lower.join(d)).unwrap();
        }
        fs::write(lower.join("etc/issue"), "x").unwrap();
        fs::write(lower.join("etc/skel/.bashrc"), "x").unwrap();
        fs::write(lower.join("usr/bin/tool"), "x").unwrap();
        std::os::unix::fs::symlink("/", lower.join("up")).unwrap();
        std::os::unix::fs::symlink("../../../../..", lower.join("usr/climb")).unwrap();
        fs::create_dir_all(upper.join("etc/skel")).unwrap();
        fs::create_dir_all(upper.join("new")).unwrap();
        fs::write(upper.join("new/file"), "y").unwrap();
        fs::write(upper.join("etc/skel/only"), "y").unwrap();
        fs::write(upper.join("etc/skel/.wh..wh..opq"), "").unwrap();
        fs::write(upper.join("etc/.wh.issue"), "").unwrap();
        (
            t,
            FsLayers {
                upper: Some(upper),
                lowers: vec![lower],
            },
        )
    }

    #[test]
    fn merged_view_applies_whiteouts_and_opaque_dirs() {
        let (_t, layers) = tree();
        assert!(layers.lookup(&split(b"etc/issue")).unwrap().is_none());
        assert!(
            layers
                .lookup(&split(b"etc/skel/.bashrc"))
                .unwrap()
                .is_none()
        );
        assert!(layers.lookup(&split(b"etc/skel/only")).unwrap().is_some());
        assert!(layers.lookup(&split(b"usr/bin/tool")).unwrap().is_some());
        let names: Vec<_> = list(&[layers.upper.clone().unwrap().join("etc/skel")])
            .unwrap()
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(names, ["only"]);
    }

    #[test]
    fn changes_report_added_changed_deleted() {
        let (_t, layers) = tree();
        let got: Vec<String> = changes(&layers)
            .unwrap()
            .into_iter()
            .map(|(p, k)| format!("{} {p}", k.letter()))
            .collect();
        for want in [
            "A /new",
            "A /new/file",
            "C /etc",
            "D /etc/issue",
            "C /etc/skel",
            "A /etc/skel/only",
            "D /etc/skel/.bashrc",
        ] {
            assert!(got.contains(&want.to_string()), "{want} missing: {got:?}");
        }
    }

    #[test]
    fn symlinks_resolve_inside_the_root() {
        let (_t, layers) = tree();
        assert_eq!(
            layers.resolve("/up/up/etc/skel", true).unwrap(),
            split(b"etc/skel")
        );
        assert_eq!(
            layers.resolve("/usr/climb/usr/bin/tool", true).unwrap(),
            split(b"usr/bin/tool")
        );
        assert_eq!(
            layers.resolve("/../../new/x", true).unwrap(),
            split(b"new/x")
        );
        assert_eq!(layers.resolve("/up", false).unwrap(), split(b"up"));
        assert!(layers.resolve("/nothing/x", true).is_err());
    }
}
