//! The storage drivers: how a container's root filesystem is made from image layers. One
//! `Driver` value per driver; each driver's file owns its name, whether it works here, the
//! mount of a container's root and what `den info` and `den doctor` say about it. `choose`
//! picks one for this user and store (and caches the expensive probe). A new driver is one
//! new file here and one variant of `Driver`.

pub mod choose;
pub mod fuse;
pub mod fuse_overlayfs;
pub mod overlay;
pub mod vfs;

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};

pub use choose::{DRIVER_NAMES, DriverChoice, choose_driver};

/// The root filesystem drivers den has, in the order `auto` tries them, and `rootfs` for a
/// container whose root is a plain directory (`--rootfs DIR`). Stored in the container
/// record and the plan as its name ("overlay", "fuse", "fuse-overlayfs", "vfs", "rootfs").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Driver {
    /// Kernel overlayfs mounted inside the user namespace with `userxattr` (Linux 5.11+).
    #[serde(rename = "overlay")]
    Overlay,
    /// den's own overlay over FUSE, served by den inside the user namespace.
    #[serde(rename = "fuse")]
    Fuse,
    /// The fuse-overlayfs program.
    #[serde(rename = "fuse-overlayfs")]
    FuseOverlayfs,
    /// Copying every layer into the container's directory: always works, slow and large.
    #[serde(rename = "vfs")]
    Vfs,
    /// A directory given with `--rootfs`, bind-mounted: no layers.
    #[serde(rename = "rootfs")]
    Rootfs,
}

impl Driver {
    /// The name used in config.toml, the container record and `den info`.
    pub fn name(self) -> &'static str {
        match self {
            Driver::Overlay => overlay::NAME,
            Driver::Fuse => fuse::NAME,
            Driver::FuseOverlayfs => fuse_overlayfs::NAME,
            Driver::Vfs => vfs::NAME,
            Driver::Rootfs => "rootfs",
        }
    }
}

impl std::fmt::Display for Driver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The directories a layered root filesystem is made of, as the plan holds them.
#[derive(Debug, Clone, Copy)]
pub struct LayerDirs<'a> {
    /// Lower layers, topmost first (overlayfs `lowerdir` order).
    pub lower: &'a [PathBuf],
    /// The container's writable layer and overlay's work dir.
    pub upper: &'a Path,
    pub work: &'a Path,
}

/// Lower dirs as overlay wants them (topmost first, `:`-separated), made relative to their
/// common parent, which becomes the working directory: the mount options must fit in one
/// page, and dozens of absolute store paths would not.
fn lowerdir_option(lower: &[PathBuf]) -> Result<(String, Option<PathBuf>)> {
    for p in lower {
        let s = p.to_string_lossy();
        if s.contains([',', ':']) {
            bail!(
                "layer path \"{}\" contains ',' or ':', which overlayfs options cannot carry",
                p.display()
            );
        }
    }
    // Layers live at <store>/layers/<hex>/diff: their grandparent is shared.
    let base = lower
        .first()
        .and_then(|p| p.parent())
        .and_then(Path::parent)
        .map(Path::to_path_buf);
    if let Some(base) = &base
        && lower.iter().all(|p| p.starts_with(base))
    {
        let rel: Vec<String> = lower
            .iter()
            .map(|p| p.strip_prefix(base).unwrap().to_string_lossy().into_owned())
            .collect();
        return Ok((rel.join(":"), Some(base.clone())));
    }
    let abs: Vec<String> = lower
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    Ok((abs.join(":"), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn driver_names_match_config_names() {
        for d in [
            Driver::Overlay,
            Driver::Fuse,
            Driver::FuseOverlayfs,
            Driver::Vfs,
        ] {
            assert!(DRIVER_NAMES.contains(&d.name()));
        }
    }

    #[test]
    fn driver_is_stored_as_its_name() {
        for d in [
            Driver::Overlay,
            Driver::Fuse,
            Driver::FuseOverlayfs,
            Driver::Vfs,
            Driver::Rootfs,
        ] {
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.name()));
            assert_eq!(serde_json::from_str::<Driver>(&json).unwrap(), d);
        }
    }
}
