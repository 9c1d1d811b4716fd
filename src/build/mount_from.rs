//! `RUN --mount=type=bind|cache,from=STAGE|IMAGE`: the stage's or image's tree (or its
//! `source=` part) made into a directory that the RUN container bind-mounts. The merged view
//! of the layers (`container_fs`) is written out with the same owners, modes and times: files
//! as hard links to the layers' own (the mount is read-only), or as copies when the mount is
//! writable (`rw`, and cache mounts), so that the step's writes never reach a layer and are
//! thrown away with the directory, as BuildKit throws them away. Runs inside den's namespace.

use std::fs;
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::sys::stat::{UtimensatFlags, utimensat};
use nix::sys::time::TimeSpec;
use nix::unistd::{Gid, Uid, fchownat};

use crate::store::container_fs::{FsLayers, Node, children};

/// Writes `path` of the tree of `lowers` (top first) to `dest` (which must not exist).
pub fn materialize(lowers: &[PathBuf], path: &str, dest: &Path, writable: bool) -> Result<()> {
    let layers = FsLayers {
        upper: None,
        lowers: lowers.to_vec(),
    };
    let comps = layers.resolve(path, true)?;
    let Some(node) = layers.lookup(&comps)? else {
        bail!("\"{path}\" does not exist in it");
    };
    put(&node, dest, writable)
}

fn put(node: &Node, dest: &Path, writable: bool) -> Result<()> {
    let meta = node.meta();
    let ft = meta.file_type();
    if ft.is_dir() {
        fs::create_dir(dest).with_context(|| format!("creating \"{}\"", dest.display()))?;
        for (name, kid) in children(node)? {
            put(&kid, &dest.join(name), writable)?;
        }
        fs::set_permissions(dest, fs::Permissions::from_mode(meta.mode() & 0o7777))
            .with_context(|| format!("setting the mode of \"{}\"", dest.display()))?;
    } else if ft.is_symlink() {
        let link = fs::read_link(node.path())
            .with_context(|| format!("reading \"{}\"", node.path().display()))?;
        std::os::unix::fs::symlink(link, dest)
            .with_context(|| format!("writing \"{}\"", dest.display()))?;
    } else if ft.is_file() {
        // A hard link shares the layer's inode: only for a read-only mount.
        if writable || fs::hard_link(node.path(), dest).is_err() {
            fs::copy(node.path(), dest).with_context(|| {
                format!(
                    "copying \"{}\" to \"{}\"",
                    node.path().display(),
                    dest.display()
                )
            })?;
        } else {
            return Ok(());
        }
    } else {
        // Devices, fifos and sockets are left out, as COPY leaves them out.
        return Ok(());
    }
    fchownat(
        nix::fcntl::AT_FDCWD,
        dest,
        Some(Uid::from_raw(meta.uid())),
        Some(Gid::from_raw(meta.gid())),
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    )
    .map_err(io::Error::from)
    .with_context(|| format!("setting the owner of \"{}\"", dest.display()))?;
    let t = TimeSpec::new(meta.mtime(), meta.mtime_nsec());
    utimensat(
        nix::fcntl::AT_FDCWD,
        dest,
        &t,
        &t,
        UtimensatFlags::NoFollowSymlink,
    )
    .map_err(io::Error::from)
    .with_context(|| format!("setting the times of \"{}\"", dest.display()))
}
