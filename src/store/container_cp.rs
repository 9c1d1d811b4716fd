//! `den cp`: copying files between the host and a container's filesystem in the store.
//!
//! Container paths are resolved component by component in the merged view
//! (`FsLayers::resolve`): a symlink is read from the layer that shows it and its target is
//! taken relative to the container's root, so no symlink and no `..` leads outside it.
//! Copying in writes into the container's upper layer as overlayfs's copy-up would: parent
//! directories are created there with their merged owner and mode, a whiteout at the target
//! is removed, and a directory that replaces a deleted one is made opaque so that the deleted
//! contents stay hidden. Runs inside den's user namespace.

use std::ffi::OsString;
use std::fs::{self, File, Metadata};
use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::sys::stat::{UtimensatFlags, utimensat};
use nix::sys::time::TimeSpec;
use nix::unistd::{Gid, Uid, fchownat};

use crate::image::unpack::{OPAQUE_XATTR, OWNER_XATTR};
use crate::store::container_fs::{FsLayers, Node, children, is_whiteout_meta, show};

/// Options of one copy.
#[derive(Debug, Clone, Copy)]
pub struct CopyOptions {
    /// podman's `--archive` (default true): what is copied into a container is owned by the
    /// container's primary user and group (`owner`); false keeps the source's ids, as seen in
    /// den's namespace (an id the namespace does not map shows as 65534, as with podman).
    /// Files copied out to the host always belong to the user.
    pub archive: bool,
    /// The container's primary uid and gid (its `--user`, resolved in its /etc/passwd).
    pub owner: (u32, u32),
    /// `--overwrite`: a directory may replace a non-directory and the other way round.
    pub overwrite: bool,
    /// One-id mode: only id 0 exists, owners cannot be set.
    pub one_id: bool,
}

/// podman's message for a path that is not there.
fn not_found(path: &str, place: &str) -> anyhow::Error {
    anyhow::anyhow!("\"{path}\" could not be found on {place}: no such file or directory")
}

/// podman's message for a directory copied onto a non-directory.
const DIR_ONTO_FILE: &str = "destination must be a directory when copying a directory";

/// Whether a path names a directory's contents (`dir/.`) rather than the directory.
fn contents_only(path: &str) -> bool {
    path.ends_with("/.")
}

fn base_name(components: &[OsString]) -> Option<&OsString> {
    components.last()
}

fn set_times(path: &Path, meta: &Metadata) -> io::Result<()> {
    let t = TimeSpec::new(meta.mtime(), meta.mtime_nsec());
    utimensat(
        nix::fcntl::AT_FDCWD,
        path,
        &t,
        &t,
        UtimensatFlags::NoFollowSymlink,
    )
    .map_err(io::Error::from)
}

fn chown_nofollow(path: &Path, uid: u32, gid: u32) -> io::Result<()> {
    fchownat(
        nix::fcntl::AT_FDCWD,
        path,
        Some(Uid::from_raw(uid)),
        Some(Gid::from_raw(gid)),
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    )
    .map_err(io::Error::from)
}

/// Removes whatever is at `path` (a directory with its contents).
fn remove_any(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes the container path `src` as a tarball to `out` (`docker cp CTR:SRC -`).
pub fn copy_out_tar(
    layers: &FsLayers,
    src: &str,
    out: impl io::Write,
    owners: crate::store::container_fs::Owners,
) -> Result<()> {
    let follow = src.ends_with('/') || contents_only(src);
    let comps = layers.resolve(src, follow)?;
    let Some(node) = layers.lookup(&comps)? else {
        return Err(not_found(src, "the container"));
    };
    let name = comps.last().cloned().unwrap_or_else(|| ".".into());
    let mut tar = crate::store::container_fs::TarOut::new(io::BufWriter::new(out), owners);
    crate::store::container_fs::write_subtree_tar(&node, &name, &mut tar)?;
    io::Write::flush(&mut tar.finish()?).context("writing the tarball")
}

/// Copies the container path `src` to the host path `dest`, as `docker cp CTR:SRC DEST`.
pub fn copy_out(layers: &FsLayers, src: &str, dest: &Path, opts: CopyOptions) -> Result<()> {
    let follow = src.ends_with('/') || contents_only(src);
    let comps = layers.resolve(src, follow)?;
    let Some(node) = layers.lookup(&comps)? else {
        return Err(not_found(src, "the container"));
    };
    let is_dir = matches!(node, Node::Dir { .. });
    let dest_meta = fs::metadata(dest).ok();
    let target = match dest_meta {
        Some(m) if m.is_dir() => {
            if is_dir && (contents_only(src) || comps.is_empty()) {
                dest.to_path_buf()
            } else {
                dest.join(base_name(&comps).context("copying the root directory")?)
            }
        }
        Some(_) if is_dir => bail!("{DIR_ONTO_FILE}: \"{}\" is a file", dest.display()),
        Some(m) if !m.is_file() => bail!(
            "invalid destination: \"{}\" must be a directory or a regular file",
            dest.display()
        ),
        Some(_) => dest.to_path_buf(),
        None => {
            if dest.as_os_str().as_encoded_bytes().ends_with(b"/") && !is_dir {
                bail!("the directory \"{}\" does not exist", dest.display());
            }
            let parent = dest.parent().filter(|p| !p.as_os_str().is_empty());
            if let Some(p) = parent
                && !p.is_dir()
            {
                bail!("the directory \"{}\" does not exist", p.display());
            }
            dest.to_path_buf()
        }
    };
    write_host(&node, &target, opts)
}

fn write_host(node: &Node, target: &Path, opts: CopyOptions) -> Result<()> {
    let meta = node.meta();
    let ctx = || format!("writing \"{}\"", target.display());
    match node {
        Node::Dir { .. } => {
            match fs::symlink_metadata(target) {
                Ok(m) if m.is_dir() => {}
                Ok(_) if opts.overwrite => {
                    fs::remove_file(target).with_context(ctx)?;
                    fs::create_dir(target).with_context(ctx)?;
                }
                Ok(_) => bail!(
                    "cannot overwrite the non-directory \"{}\" with a directory (--overwrite allows it)",
                    target.display()
                ),
                Err(_) => fs::create_dir(target).with_context(ctx)?,
            }
            // Writable while filling it; the real mode is set afterwards.
            fs::set_permissions(target, fs::Permissions::from_mode(0o700)).with_context(ctx)?;
            for (name, child) in children(node)? {
                write_host(&child, &target.join(name), opts)?;
            }
        }
        Node::Leaf { path, .. } => {
            let ft = meta.file_type();
            match fs::symlink_metadata(target) {
                Ok(m) if m.is_dir() && opts.overwrite => {
                    fs::remove_dir_all(target).with_context(ctx)?;
                }
                Ok(m) if m.is_dir() => bail!(
                    "cannot overwrite the directory \"{}\" with a non-directory (--overwrite allows it)",
                    target.display()
                ),
                // An existing file of the host (or a link to one, as /dev/stdout redirected
                // to a file) gets the new contents in place, as podman.
                Ok(_) if ft.is_file() && fs::metadata(target).is_ok_and(|m| m.is_file()) => {
                    let mut from = File::open(path)
                        .with_context(|| format!("reading \"{}\"", path.display()))?;
                    let mut to = File::options()
                        .write(true)
                        .truncate(true)
                        .open(target)
                        .with_context(ctx)?;
                    io::copy(&mut from, &mut to).with_context(ctx)?;
                    return Ok(());
                }
                Ok(_) => fs::remove_file(target).with_context(ctx)?,
                Err(_) => {}
            }
            if ft.is_symlink() {
                let link = fs::read_link(path).with_context(ctx)?;
                std::os::unix::fs::symlink(link, target).with_context(ctx)?;
            } else if ft.is_file() {
                let mut from =
                    File::open(path).with_context(|| format!("reading \"{}\"", path.display()))?;
                let mut to = File::options()
                    .write(true)
                    .create_new(true)
                    .open(target)
                    .with_context(ctx)?;
                io::copy(&mut from, &mut to).with_context(ctx)?;
            } else if ft.is_fifo() {
                nix::unistd::mkfifo(target, nix::sys::stat::Mode::from_bits_truncate(0o600))
                    .with_context(ctx)?;
            } else {
                tracing::warn!(
                    "skipping \"{}\": not a file, directory or link",
                    path.display()
                );
                return Ok(());
            }
        }
    }
    // On the host, copies belong to the user (root of den's namespace), as with podman.
    finish_entry(target, meta, opts.one_id, None)
}

/// Sets the owner (when given and ids can be set), mode and times of a copied entry.
fn finish_entry(
    target: &Path,
    meta: &Metadata,
    one_id: bool,
    owner: Option<(u32, u32)>,
) -> Result<()> {
    let ctx = || format!("setting the metadata of \"{}\"", target.display());
    if !one_id && let Some((uid, gid)) = owner {
        chown_nofollow(target, uid, gid).with_context(ctx)?;
    }
    if !meta.file_type().is_symlink() {
        fs::set_permissions(target, fs::Permissions::from_mode(meta.mode() & 0o7777))
            .with_context(ctx)?;
    }
    set_times(target, meta).with_context(ctx)?;
    Ok(())
}

/// Copies the host path `src` into the container path `dest`, as `docker cp SRC CTR:DEST`.
pub fn copy_in(layers: &FsLayers, src: &Path, dest: &str, opts: CopyOptions) -> Result<()> {
    let Some(upper) = layers.upper.clone() else {
        bail!("the container has no writable layer");
    };
    // A host symlink given as the source is followed (podman copies its target).
    let src_meta =
        fs::metadata(src).map_err(|_| not_found(&src.display().to_string(), "the host"))?;
    let src_is_dir = src_meta.is_dir();
    let src_contents = contents_only(&src.to_string_lossy());
    let comps = layers.resolve(dest, true)?;
    let target = match layers.lookup(&comps)? {
        Some(Node::Dir { .. }) => {
            if src_is_dir && src_contents {
                comps
            } else {
                let name = src
                    .file_name()
                    .with_context(|| format!("\"{}\" has no file name", src.display()))?;
                let mut t = comps;
                t.push(name.to_os_string());
                t
            }
        }
        Some(_) if src_is_dir => bail!(
            "{DIR_ONTO_FILE}: \"{}\" is a file in the container",
            show(&comps)
        ),
        Some(_) => comps,
        None => {
            if dest.ends_with('/') && !src_is_dir {
                bail!("the directory \"{dest}\" does not exist in the container");
            }
            if comps.is_empty() {
                bail!("cannot replace the container's root directory");
            }
            comps
        }
    };
    let writer = UpperWriter {
        layers,
        upper: &upper,
        opts,
    };
    writer.ensure_parents(&target)?;
    writer.put(src, &src_meta, &target)
}

/// Refuses a tarball's destination that is not a directory of the container.
pub fn check_tar_dest(layers: &FsLayers, dest: &str) -> Result<()> {
    let comps = layers.resolve(dest, true)?;
    if !matches!(layers.lookup(&comps)?, Some(Node::Dir { .. })) {
        bail!(
            "\"{dest}\" is not a directory in the container: a tarball is extracted into a directory"
        );
    }
    Ok(())
}

/// Unpacks the tarball `reader` into the host directory `dir`.
pub fn unpack_tar(reader: impl io::Read, dir: &Path, opts: CopyOptions) -> Result<()> {
    let mut archive = tar::Archive::new(reader);
    archive.set_preserve_permissions(true);
    archive.set_preserve_mtime(true);
    // Archive mode gives every entry the container's owner; otherwise the tar's ids stay.
    archive.set_preserve_ownerships(!opts.archive && !opts.one_id);
    archive.set_unpack_xattrs(false);
    archive
        .unpack(dir)
        .context("extracting the tarball from standard input")
}

/// Copies each entry of the host directory `dir` (an unpacked tarball) into the container
/// directory `dest`.
pub fn copy_in_unpacked(
    layers: &FsLayers,
    dir: &Path,
    dest: &str,
    opts: CopyOptions,
) -> Result<()> {
    let Some(upper) = layers.upper.clone() else {
        bail!("the container has no writable layer");
    };
    let comps = layers.resolve(dest, true)?;
    let writer = UpperWriter {
        layers,
        upper: &upper,
        opts,
    };
    let mut entries: Vec<_> = fs::read_dir(dir)
        .context("reading the extracted tarball")?
        .collect::<io::Result<_>>()
        .context("reading the extracted tarball")?;
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        let meta = fs::symlink_metadata(&path)
            .with_context(|| format!("reading \"{}\"", path.display()))?;
        let mut target = comps.clone();
        target.push(entry.file_name());
        writer.ensure_parents(&target)?;
        writer.put(&path, &meta, &target)?;
    }
    Ok(())
}

struct UpperWriter<'a> {
    layers: &'a FsLayers,
    upper: &'a Path,
    opts: CopyOptions,
}

impl UpperWriter<'_> {
    fn upper_path(&self, comps: &[OsString]) -> PathBuf {
        let mut p = self.upper.to_path_buf();
        p.extend(comps);
        p
    }

    /// Creates the parent directories of `target` in the upper layer (copy-up of the merged
    /// directories: same owner and mode).
    fn ensure_parents(&self, target: &[OsString]) -> Result<()> {
        for i in 1..target.len() {
            let prefix = &target[..i];
            let path = self.upper_path(prefix);
            match fs::symlink_metadata(&path) {
                Ok(m) if m.is_dir() => continue,
                Ok(m) if !is_whiteout_meta(&m) => {
                    bail!("\"{}\" in the container is not a directory", show(prefix))
                }
                _ => {}
            }
            let Some(Node::Dir { meta, layers }) = self.layers.lookup(prefix)? else {
                bail!("\"{}\" in the container is not a directory", show(prefix));
            };
            let _ = remove_any(&path);
            fs::create_dir(&path).with_context(|| format!("creating \"{}\"", path.display()))?;
            // One-id mode keeps the image's owner in an xattr: the copy-up keeps it too.
            if let Ok(Some(owner)) = crate::sys::lgetxattr(&layers[0], OWNER_XATTR) {
                let _ = crate::sys::lsetxattr(&path, OWNER_XATTR, &owner);
            }
            finish_entry(
                &path,
                &meta,
                self.opts.one_id,
                Some((meta.uid(), meta.gid())),
            )?;
        }
        Ok(())
    }

    /// Writes `src` at `target` in the upper layer.
    fn put(&self, src: &Path, meta: &Metadata, target: &[OsString]) -> Result<()> {
        let path = self.upper_path(target);
        let ctx = || format!("writing \"{}\" in the container", show(target));
        let below = self.layers.lookup(target)?;
        let mut hidden_below = false;
        if let Some(name) = target.last() {
            // fuse-overlayfs may write whiteouts as `.wh.NAME` files.
            let mut wh = OsString::from(".wh.");
            wh.push(name);
            let wh_path = path.with_file_name(wh);
            if fs::symlink_metadata(&wh_path).is_ok() {
                fs::remove_file(&wh_path).with_context(ctx)?;
                hidden_below = true;
            }
        }
        // What shows at the target now (the merged view) decides whether this is a conflict:
        // a directory and a non-directory replace each other only with --overwrite. In
        // overlayfs a non-directory in the upper layer hides a directory below it, and a
        // directory over a non-directory needs nothing more either.
        let conflict = match &below {
            Some(Node::Dir { .. }) => !meta.is_dir(),
            Some(Node::Leaf { .. }) => meta.is_dir(),
            None => false,
        };
        if conflict && !self.opts.overwrite {
            let (what, with) = if meta.is_dir() {
                ("non-directory", "a directory")
            } else {
                ("directory", "a non-directory")
            };
            bail!(
                "cannot overwrite the {what} \"{}\" of the container with {with} (--overwrite allows it)",
                show(target)
            );
        }
        match fs::symlink_metadata(&path) {
            Ok(m) if is_whiteout_meta(&m) => {
                fs::remove_file(&path).with_context(ctx)?;
                hidden_below = true;
            }
            Ok(m) if m.is_dir() && meta.is_dir() => {}
            Ok(m) if m.is_dir() => fs::remove_dir_all(&path).with_context(ctx)?,
            Ok(_) => fs::remove_file(&path).with_context(ctx)?,
            Err(_) => {}
        }
        let ft = meta.file_type();
        if ft.is_dir() {
            if !path.is_dir() {
                fs::create_dir(&path).with_context(ctx)?;
            }
            // A directory that replaces a deleted one must not let the deleted contents of
            // the image's layers show through.
            if hidden_below {
                crate::sys::lsetxattr(&path, OPAQUE_XATTR, b"y").with_context(ctx)?;
                let _ = crate::sys::lsetxattr(&path, "user.fuseoverlayfs.opaque", b"y");
            }
            fs::set_permissions(&path, fs::Permissions::from_mode(0o700)).with_context(ctx)?;
            let mut entries: Vec<_> = fs::read_dir(src)
                .with_context(|| format!("reading \"{}\"", src.display()))?
                .collect::<io::Result<_>>()
                .with_context(|| format!("reading \"{}\"", src.display()))?;
            entries.sort_by_key(fs::DirEntry::file_name);
            for entry in entries {
                let child = entry.path();
                let child_meta = fs::symlink_metadata(&child)
                    .with_context(|| format!("reading \"{}\"", child.display()))?;
                let mut t = target.to_vec();
                t.push(entry.file_name());
                self.put(&child, &child_meta, &t)?;
            }
        } else if ft.is_symlink() {
            let link =
                fs::read_link(src).with_context(|| format!("reading \"{}\"", src.display()))?;
            std::os::unix::fs::symlink(link, &path).with_context(ctx)?;
        } else if ft.is_file() {
            let mut from =
                File::open(src).with_context(|| format!("reading \"{}\"", src.display()))?;
            let mut to = File::options()
                .write(true)
                .create_new(true)
                .open(&path)
                .with_context(ctx)?;
            io::copy(&mut from, &mut to).with_context(ctx)?;
        } else {
            tracing::warn!(
                "skipping \"{}\": not a file, directory or link",
                src.display()
            );
            return Ok(());
        }
        let owner = if self.opts.archive {
            self.opts.owner
        } else {
            (meta.uid(), meta.gid())
        };
        finish_entry(&path, meta, self.opts.one_id, Some(owner))
    }
}
