//! Writing a container's filesystem from the store as tar entries: its upper layer as an OCI
//! layer (`commit`), the merged tree (`export`), one subtree (`cp` out) or several layers as
//! one (`build --squash`), with hard links kept as links and owners as den's namespace sees
//! them (or as recorded, in one-id mode).

use std::collections::{BTreeSet, HashMap};
use std::ffi::{OsStr, OsString};
use std::fs::{self, File, Metadata};
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::driver::vfs;
use crate::image::unpack::OWNER_XATTR;
use crate::store::container_fs::{
    FsLayers, InLayer, MountTargets, Node, OPAQUE_MARKER, WHITEOUT_PREFIX, in_layer,
    is_marker_name, is_mount_target, is_opaque, is_whiteout_meta, list, sorted_names,
};
use crate::sys::lgetxattr;

/// How owners go into tarballs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owners {
    /// The file's owner as seen inside den's namespace (subordinate ranges).
    Stat,
    /// One-id mode: `user.den.owner`, else 0:0.
    Recorded,
}

/// Writes tar entries for files of the store, with hard links kept as links.
pub struct TarOut<W: Write> {
    builder: tar::Builder<W>,
    owners: Owners,
    links: HashMap<(u64, u64), PathBuf>,
}

impl<W: Write> TarOut<W> {
    pub fn new(out: W, owners: Owners) -> Self {
        let mut builder = tar::Builder::new(out);
        builder.follow_symlinks(false);
        TarOut {
            builder,
            owners,
            links: HashMap::new(),
        }
    }

    fn owner(&self, path: &Path, meta: &Metadata) -> (u64, u64) {
        match self.owners {
            Owners::Stat => (u64::from(meta.uid()), u64::from(meta.gid())),
            Owners::Recorded => lgetxattr(path, OWNER_XATTR)
                .ok()
                .flatten()
                .and_then(|v| {
                    let text = String::from_utf8(v).ok()?;
                    let (u, g) = text.split_once(':')?;
                    Some((u.parse().ok()?, g.parse().ok()?))
                })
                .unwrap_or((0, 0)),
        }
    }

    fn header(&self, path: &Path, meta: &Metadata, kind: tar::EntryType) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        let (uid, gid) = self.owner(path, meta);
        h.set_uid(uid);
        h.set_gid(gid);
        h.set_mode(meta.mode() & 0o7777);
        h.set_mtime(u64::try_from(meta.mtime()).unwrap_or(0));
        h.set_size(0);
        h
    }

    /// Writes a PAX extended header carrying the file capabilities of `path`, if it has any
    /// (the unpacker applies `SCHILY.xattr.security.capability` again).
    fn append_capabilities(&mut self, path: &Path) -> Result<()> {
        let Ok(Some(caps)) = lgetxattr(path, "security.capability") else {
            return Ok(());
        };
        let data = pax_record("SCHILY.xattr.security.capability", &caps);
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(tar::EntryType::XHeader);
        h.set_path("PaxHeader").context("naming a PAX header")?;
        h.set_mode(0o644);
        h.set_size(data.len() as u64);
        h.set_cksum();
        self.builder
            .append(&h, data.as_slice())
            .with_context(|| format!("archiving \"{}\"", path.display()))
    }

    /// Appends the file at `path` (described by `meta`) under the archive name `name`.
    pub fn append(&mut self, name: &Path, path: &Path, meta: &Metadata) -> Result<()> {
        let ctx = || format!("archiving \"{}\"", path.display());
        let ft = meta.file_type();
        if ft.is_file() {
            self.append_capabilities(path)?;
        }
        if ft.is_dir() {
            let mut h = self.header(path, meta, tar::EntryType::Directory);
            let mut dir_name = name.as_os_str().to_os_string();
            dir_name.push("/");
            self.builder
                .append_data(&mut h, Path::new(&dir_name), io::empty())
                .with_context(ctx)?;
        } else if ft.is_symlink() {
            let mut h = self.header(path, meta, tar::EntryType::Symlink);
            let target = fs::read_link(path).with_context(ctx)?;
            self.builder
                .append_link(&mut h, name, &target)
                .with_context(ctx)?;
        } else if ft.is_file() {
            if meta.nlink() > 1 {
                let key = (meta.dev(), meta.ino());
                if let Some(first) = self.links.get(&key).cloned() {
                    let mut h = self.header(path, meta, tar::EntryType::Link);
                    self.builder
                        .append_link(&mut h, name, &first)
                        .with_context(ctx)?;
                    return Ok(());
                }
                self.links.insert(key, name.to_path_buf());
            }
            let mut h = self.header(path, meta, tar::EntryType::Regular);
            h.set_size(meta.len());
            let file = File::open(path).with_context(ctx)?;
            // The header's size is what is read: a file that grows meanwhile is cut there.
            self.builder
                .append_data(&mut h, name, io::Read::take(file, meta.len()))
                .with_context(ctx)?;
        } else if ft.is_fifo() {
            let mut h = self.header(path, meta, tar::EntryType::Fifo);
            self.builder
                .append_data(&mut h, name, io::empty())
                .with_context(ctx)?;
        } else {
            tracing::warn!(
                "skipping \"{}\": sockets and device nodes are not archived",
                name.display()
            );
        }
        Ok(())
    }

    /// An empty regular file `name` of mode `mode`, owned as `path` is.
    pub fn append_empty(
        &mut self,
        name: &Path,
        path: &Path,
        meta: &Metadata,
        mode: u32,
    ) -> Result<()> {
        let mut h = self.header(path, meta, tar::EntryType::Regular);
        h.set_mode(mode);
        self.builder
            .append_data(&mut h, name, io::empty())
            .with_context(|| format!("archiving \"{}\"", path.display()))
    }

    /// An empty regular file: the OCI whiteout or opaque marker `name`.
    pub fn append_marker(&mut self, name: &Path) -> Result<()> {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Regular);
        h.set_mode(0o644);
        h.set_size(0);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(0);
        self.builder
            .append_data(&mut h, name, io::empty())
            .with_context(|| format!("archiving \"{}\"", name.display()))
    }

    /// Writes the end-of-archive blocks and returns the writer.
    pub fn finish(self) -> Result<W> {
        self.builder
            .into_inner()
            .context("finishing the tar stream")
    }
}

/// One PAX record: `LEN KEY=VALUE\n`, where LEN counts the whole record, itself included.
fn pax_record(key: &str, value: &[u8]) -> Vec<u8> {
    let rest = key.len() + value.len() + 3; // space, '=', newline
    let mut len = rest + 1;
    while len != rest + len.to_string().len() {
        len = rest + len.to_string().len();
    }
    let mut out = format!("{len} {key}=").into_bytes();
    out.extend_from_slice(value);
    out.push(b'\n');
    out
}

/// Writes the upper layer as an OCI layer tarball: whiteouts as `.wh.NAME`, opaque
/// directories with a `.wh..wh..opq` entry first; den's mount targets as `targets` says.
pub fn write_layer_tar<W: Write>(
    layers: &FsLayers,
    targets: MountTargets,
    out: &mut TarOut<W>,
) -> Result<()> {
    let Some(upper) = &layers.upper else {
        bail!("the container has no writable layer");
    };
    let lower = FsLayers {
        upper: None,
        lowers: layers.lowers.clone(),
    };
    walk_layer(upper, &lower, targets, &mut Vec::new(), out)
}

fn walk_layer<W: Write>(
    dir: &Path,
    lower: &FsLayers,
    targets: MountTargets,
    prefix: &mut Vec<OsString>,
    out: &mut TarOut<W>,
) -> Result<()> {
    let names = sorted_names(dir)?;
    if !prefix.is_empty() && is_opaque(dir) {
        prefix.push(OPAQUE_MARKER.into());
        out.append_marker(&rel(prefix))?;
        prefix.pop();
    }
    for name in names {
        if name == OPAQUE_MARKER {
            continue;
        }
        let path = dir.join(&name);
        let meta = fs::symlink_metadata(&path)
            .with_context(|| format!("reading \"{}\"", path.display()))?;
        let marker_file = is_marker_name(&name) && meta.is_file();
        if is_whiteout_meta(&meta) || marker_file {
            let mut wh = if marker_file {
                name.clone()
            } else {
                let mut w = OsString::from(WHITEOUT_PREFIX);
                w.push(&name);
                w
            };
            prefix.push(std::mem::take(&mut wh));
            out.append_marker(&rel(prefix))?;
            prefix.pop();
            continue;
        }
        prefix.push(name);
        if prefix.len() == 2
            && targets != MountTargets::None
            && is_mount_target(prefix, &meta)
            && lower.lookup(prefix)?.is_none()
        {
            if let Some(mode) = targets.kept_mode(prefix) {
                out.append_empty(&rel(prefix), &path, &meta, mode)?;
            }
            prefix.pop();
            continue;
        }
        out.append(&rel(prefix), &path, &meta)?;
        if meta.is_dir() {
            walk_layer(&path, lower, targets, prefix, out)?;
        }
        prefix.pop();
    }
    Ok(())
}

fn rel(components: &[OsString]) -> PathBuf {
    components.iter().collect()
}

/// Writes the whole merged tree as a root filesystem tarball (`den export`).
pub fn write_rootfs_tar<W: Write>(layers: &FsLayers, out: &mut TarOut<W>) -> Result<()> {
    let root = layers.root()?;
    walk_merged(&root, &mut Vec::new(), out)
}

/// Writes the merged entry `node` (and, for a directory, everything under it) as a tarball
/// whose top entry is `name` (`den cp CTR:PATH -`).
pub fn write_subtree_tar<W: Write>(node: &Node, name: &OsStr, out: &mut TarOut<W>) -> Result<()> {
    let mut prefix = vec![name.to_os_string()];
    out.append(&rel(&prefix), node.path(), node.meta())?;
    walk_merged(node, &mut prefix, out)
}

fn walk_merged<W: Write>(
    dir: &Node,
    prefix: &mut Vec<OsString>,
    out: &mut TarOut<W>,
) -> Result<()> {
    let Node::Dir { layers, .. } = dir else {
        return Ok(());
    };
    for (name, node) in list(layers)? {
        if prefix.is_empty() && name == vfs::COMPLETE_MARKER {
            continue;
        }
        prefix.push(name);
        out.append(&rel(prefix), node.path(), node.meta())?;
        if matches!(node, Node::Dir { .. }) {
            walk_merged(&node, prefix, out)?;
        }
        prefix.pop();
    }
    Ok(())
}

/// Writes the top `new` of `layers.lowers` as one OCI layer tarball that does over the
/// layers below them what they do together (`build --squash`): each name as the topmost of
/// them has it; a whiteout where that is a whiteout and a layer below has the name; a
/// directory marked opaque where one of them hides what is below it (an opaque directory, or
/// a directory over a whiteout or a file). What a higher layer replaced or deleted is left
/// out. Hard links are found again by inode, so a link whose partner a higher layer replaced
/// becomes a file of its own.
pub fn write_squashed_tar<W: Write>(
    layers: &FsLayers,
    new: usize,
    out: &mut TarOut<W>,
) -> Result<()> {
    let (top, below) = layers.lowers.split_at(new.min(layers.lowers.len()));
    let below = FsLayers {
        upper: None,
        lowers: below.to_vec(),
    };
    walk_squashed(top, &below, &mut Vec::new(), out)
}

fn walk_squashed<W: Write>(
    dirs: &[PathBuf],
    below: &FsLayers,
    prefix: &mut Vec<OsString>,
    out: &mut TarOut<W>,
) -> Result<()> {
    let mut names = BTreeSet::new();
    for dir in dirs {
        for name in sorted_names(dir)? {
            if name == OPAQUE_MARKER || prefix.is_empty() && name == vfs::COMPLETE_MARKER {
                continue;
            }
            // A `.wh.NAME` file stands for NAME (`in_layer` reads it so).
            let hidden = name
                .as_bytes()
                .strip_prefix(WHITEOUT_PREFIX.as_bytes())
                .filter(|_| fs::symlink_metadata(dir.join(&name)).is_ok_and(|m| m.is_file()));
            names.insert(hidden.map_or(name.clone(), |h| OsStr::from_bytes(h).to_os_string()));
        }
    }
    for name in names {
        // The directories of NAME, top first, down to the first that hides what is below.
        let mut chain: Vec<PathBuf> = Vec::new();
        let mut hides = false;
        for dir in dirs {
            let path = dir.join(&name);
            match in_layer(dir, &name) {
                InLayer::Missing => continue,
                InLayer::Whiteout if chain.is_empty() => {
                    // A file that only the new layers had needs no whiteout.
                    prefix.push(name.clone());
                    let hides_below = !below.lowers.is_empty() && below.lookup(prefix)?.is_some();
                    prefix.pop();
                    if hides_below {
                        let mut wh = OsString::from(WHITEOUT_PREFIX);
                        wh.push(&name);
                        prefix.push(wh);
                        out.append_marker(&rel(prefix))?;
                        prefix.pop();
                    }
                }
                InLayer::Present(meta) if meta.is_dir() => {
                    hides = is_opaque(&path);
                    chain.push(path);
                    if !hides {
                        continue;
                    }
                }
                InLayer::Present(meta) if chain.is_empty() => {
                    prefix.push(name.clone());
                    out.append(&rel(prefix), &path, &meta)?;
                    prefix.pop();
                }
                InLayer::Whiteout | InLayer::Present(_) => hides = true,
            }
            break;
        }
        let Some(top) = chain.first() else {
            continue;
        };
        let meta =
            fs::symlink_metadata(top).with_context(|| format!("reading \"{}\"", top.display()))?;
        prefix.push(name);
        out.append(&rel(prefix), top, &meta)?;
        if hides {
            prefix.push(OPAQUE_MARKER.into());
            out.append_marker(&rel(prefix))?;
            prefix.pop();
        }
        walk_squashed(&chain, below, prefix, out)?;
        prefix.pop();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Layers as the unpacker leaves them where it may not mknod: `.wh.NAME` whiteout files
    /// and `.wh..wh..opq` markers. `layers` top first, each a list of (path, content; None
    /// for a directory).
    fn layers_of(dir: &Path, layers: &[&[(&str, Option<&str>)]]) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for (i, files) in layers.iter().enumerate() {
            let root = dir.join(i.to_string());
            fs::create_dir_all(&root).unwrap();
            for (path, content) in *files {
                let p = root.join(path);
                match content {
                    None => fs::create_dir_all(&p).unwrap(),
                    Some(text) => {
                        fs::create_dir_all(p.parent().unwrap()).unwrap();
                        fs::write(&p, text).unwrap();
                    }
                }
            }
            out.push(root);
        }
        out
    }

    fn entries(tar_bytes: &[u8]) -> Vec<(String, String)> {
        let mut archive = tar::Archive::new(tar_bytes);
        archive
            .entries()
            .unwrap()
            .map(|e| {
                let mut e = e.unwrap();
                let name = e.path().unwrap().to_string_lossy().into_owned();
                let mut text = String::new();
                if e.header().entry_type() == tar::EntryType::Link {
                    text = format!("-> {}", e.link_name().unwrap().unwrap().display());
                } else {
                    io::Read::read_to_string(&mut e, &mut text).unwrap();
                }
                (name, text)
            })
            .collect()
    }

    #[test]
    fn squashed_layers_keep_whiteouts_of_the_base_and_drop_what_they_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let lowers = layers_of(
            tmp.path(),
            &[
                // The top new layer: deletes /one (new) and /etc/group (the base's), replaces
                // /d with an opaque directory, rewrites /two.
                &[
                    (".wh.one", Some("")),
                    ("etc/.wh.group", Some("")),
                    ("d/.wh..wh..opq", Some("")),
                    ("d/new", Some("n")),
                    ("two", Some("2b")),
                    ("x/f", Some("f")),
                ],
                // The first new layer.
                &[
                    ("one", Some("1")),
                    ("two", Some("2a")),
                    ("d/old", Some("o")),
                    ("keep/k", Some("k")),
                    (".wh.x", Some("")),
                ],
                // The base.
                &[
                    ("etc/group", Some("g")),
                    ("etc/passwd", Some("p")),
                    ("d/base", Some("b")),
                    ("x/b", Some("b")),
                ],
            ],
        );
        // A hard link in the first new layer whose partner the top layer rewrote.
        fs::hard_link(lowers[1].join("two"), lowers[1].join("two-link")).unwrap();
        // And one whose partner shows too: kept as a link.
        fs::hard_link(lowers[1].join("keep/k"), lowers[1].join("keep/k2")).unwrap();
        let layers = FsLayers {
            upper: None,
            lowers,
        };
        let mut out = TarOut::new(Vec::new(), Owners::Stat);
        write_squashed_tar(&layers, 2, &mut out).unwrap();
        let got = entries(&out.finish().unwrap());
        let want: Vec<(String, String)> = [
            ("d/", ""),
            ("d/.wh..wh..opq", ""),
            ("d/new", "n"),
            ("etc/", ""),
            ("etc/.wh.group", ""),
            ("keep/", ""),
            ("keep/k", "k"),
            ("keep/k2", "-> keep/k"),
            ("two", "2b"),
            ("two-link", "2a"),
            // A directory over a whiteout of a new layer hides the base's content.
            ("x/", ""),
            ("x/.wh..wh..opq", ""),
            ("x/f", "f"),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn pax_records_count_their_own_length() {
        assert_eq!(pax_record("a", b"b"), b"6 a=b\n");
        let long = pax_record("k", &[b'x'; 95]);
        assert_eq!(long.len(), 102);
        assert!(long.starts_with(b"102 k="));
    }
}
