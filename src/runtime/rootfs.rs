//! Assembling the container's root filesystem inside its namespaces: the storage driver's
//! mount of the image layers (`crate::driver`), or a plain directory (`--rootfs`).

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::driver::{Driver, LayerDirs, fuse, fuse_overlayfs, overlay, vfs};
use crate::plan::RootfsSource;
use crate::runtime::mounts::bind;

/// Mounts the root filesystem at `target`. `transient` (a `--rm` container) lets the overlay
/// skip syncing its upper dir: the data is thrown away at exit anyway, and overlayfs would
/// otherwise sync the whole store filesystem when the container's mount goes away; den's
/// FUSE overlay then answers fsync at once for the same reason.
/// `place` says where the fuse driver's server runs (the other drivers are only chosen for
/// the store's own mapping). Returns whether this process left for a new mount namespace
/// (a FUSE server of its own lives on in the old one), where descriptors of mounts made
/// before no longer lead into the mounts it sees.
pub fn mount_rootfs(
    source: &RootfsSource,
    target: &Path,
    transient: bool,
    place: &fuse::ServerPlace<'_>,
) -> Result<bool> {
    let left = matches!(
        (source, place),
        (
            RootfsSource::Layers {
                driver: Driver::FuseOverlayfs,
                ..
            },
            _
        ) | (
            RootfsSource::Layers {
                driver: Driver::Fuse,
                ..
            },
            fuse::ServerPlace::InContainer
        )
    );
    mount_source(source, target, transient, place).map(|()| left)
}

fn mount_source(
    source: &RootfsSource,
    target: &Path,
    transient: bool,
    place: &fuse::ServerPlace<'_>,
) -> Result<()> {
    match source {
        RootfsSource::Dir(dir) => bind(dir, target, false)
            .with_context(|| format!("using \"{}\" as the root filesystem", dir.display())),
        RootfsSource::Layers {
            lower,
            upper,
            work,
            driver,
            program,
            copy,
        } => {
            let layers = LayerDirs { lower, upper, work };
            match driver {
                Driver::Overlay => overlay::mount_root(layers, target, transient),
                Driver::Fuse => fuse::mount_root(layers, target, place, transient),
                Driver::FuseOverlayfs => {
                    let program = program
                        .as_deref()
                        .context("the plan names no fuse-overlayfs program")?;
                    fuse_overlayfs::mount_root(program, layers, target)
                }
                Driver::Vfs => vfs::mount_root(lower, copy, target),
                Driver::Rootfs => bail!("a --rootfs container has no layers to mount"),
            }
        }
    }
}

/// Gives an image's root directory podman's mode, 0555 (containers/storage's default for a
/// layer root no layer sets; den's layer dirs are 0755). Best effort: the mode is what `stat /`
/// shows, and root in the container writes there either way. A `--rootfs` directory keeps its
/// own mode.
pub fn set_root_mode(root: &std::os::fd::OwnedFd, source: &RootfsSource) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if matches!(source, RootfsSource::Dir(_)) {
        return Ok(());
    }
    let path = crate::runtime::mounts::fd_path(root);
    let Ok(meta) = std::fs::metadata(&path) else {
        return Ok(());
    };
    if meta.permissions().mode() & 0o7777 != 0o555 {
        let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o555));
    }
    Ok(())
}
