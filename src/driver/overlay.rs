//! The `overlay` driver: kernel overlayfs mounted inside the user namespace with `userxattr`
//! (Linux 5.11+). Whiteouts are 0/0 character devices; opaque directories carry
//! `user.overlay.opaque`.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;

use anyhow::{Context, Result, bail};
use nix::mount::{MsFlags, mount};

use crate::driver::{LayerDirs, lowerdir_option};
use crate::error::HintExt;
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;

/// The name in config.toml and the container record.
pub const NAME: &str = "overlay";

/// The xattr kernel overlayfs reads (with `userxattr`) to mark a directory opaque.
pub const OPAQUE_XATTR: &str = "user.overlay.opaque";

/// What `den info` says when the overlay probe succeeds.
pub const WORKS: &str = "kernel overlayfs mounts in a user namespace (userxattr) on the store";

/// Whether `meta` is an overlay whiteout: a 0/0 character device.
pub fn is_whiteout(meta: &fs::Metadata) -> bool {
    meta.file_type().is_char_device() && meta.rdev() == 0
}

/// Mounts kernel overlayfs (with `userxattr`) in a throwaway user and mount namespace, with
/// lower, upper and work dirs in `scratch` (on the store's filesystem, where layers and upper
/// dirs live), deletes a lower file and checks that a 0/0 character device whiteout appears
/// in the upper dir. Not cached; `Err` is the whole error chain as one line.
pub fn probe(scratch: &Path, mapping: &IdMapping) -> Result<(), String> {
    let dir = scratch.join(format!("overlay-probe-{}", std::process::id()));
    remove_probe_dir(&dir);
    fs::DirBuilder::new()
        .mode(0o700)
        .create(&dir)
        .map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let inner = dir.clone();
    let result = run_in_store_ns(mapping, move || mount_overlay_and_whiteout(&inner));
    remove_probe_dir(&dir);
    result.map_err(|e| format!("{e:#}"))
}

/// The namespace side of `probe`: runs as root of the new user namespace (or
/// in-process under `den unshare`, hence the working directory is put back).
fn mount_overlay_and_whiteout(dir: &Path) -> Result<()> {
    let cwd = std::env::current_dir().ok();
    let result = mount_overlay_in(dir);
    if let Some(cwd) = cwd {
        let _ = std::env::set_current_dir(cwd);
    }
    result
}

fn mount_overlay_in(dir: &Path) -> Result<()> {
    use nix::mount::{MntFlags, umount2};
    for sub in ["lower", "upper", "work", "merged"] {
        fs::create_dir(dir.join(sub))
            .with_context(|| format!("creating {}", dir.join(sub).display()))?;
    }
    fs::write(dir.join("lower/file"), b"den")
        .with_context(|| format!("creating {}", dir.join("lower/file").display()))?;
    // Relative paths keep the option string short and free of commas in the store's path.
    std::env::set_current_dir(dir).with_context(|| format!("entering {}", dir.display()))?;
    mount(
        Some("overlay"),
        "merged",
        Some("overlay"),
        MsFlags::empty(),
        Some("lowerdir=lower,upperdir=upper,workdir=work,userxattr"),
    )
    .with_context(|| {
        format!(
            "mounting overlay (userxattr) on {}",
            dir.join("merged").display()
        )
    })?;
    let whiteout = (|| -> Result<()> {
        fs::remove_file("merged/file").context("deleting a lower file through the overlay")?;
        let meta = fs::symlink_metadata("upper/file")
            .context("deleting a lower file left no whiteout in the upper dir")?;
        if !meta.file_type().is_char_device() || meta.rdev() != 0 {
            bail!(
                "deleting a lower file left something other than a 0/0 character device whiteout"
            );
        }
        Ok(())
    })();
    umount2("merged", MntFlags::MNT_DETACH)
        .with_context(|| format!("unmounting {}", dir.join("merged").display()))?;
    whiteout?;
    std::env::set_current_dir("/").context("leaving the probe directory")?;
    // Inside the namespace we may remove overlay's mode-0 `work/work`; outside we could not.
    fs::remove_dir_all(dir).with_context(|| format!("removing {}", dir.display()))?;
    Ok(())
}

/// Best-effort removal of a probe dir left by a helper that died: overlay's `work/work` is
/// mode 0, so make it ours to read first.
fn remove_probe_dir(dir: &Path) {
    if !dir.exists() {
        return;
    }
    let _ = fs::set_permissions(dir.join("work/work"), fs::Permissions::from_mode(0o700));
    let _ = fs::remove_dir_all(dir);
}

/// Mounts the container's layers at `target` (in the container's namespaces). `transient`
/// adds `volatile`: a `--rm` container's upper dir is thrown away, so it need not be synced.
pub fn mount_root(layers: LayerDirs<'_>, target: &Path, transient: bool) -> Result<()> {
    let LayerDirs { lower, upper, work } = layers;
    let (lowerdir, base) = lowerdir_option(lower)?;
    if let Some(base) = &base {
        nix::unistd::chdir(base).with_context(|| format!("entering \"{}\"", base.display()))?;
    }
    let mut options = format!(
        "lowerdir={lowerdir},upperdir={},workdir={},userxattr",
        upper.display(),
        work.display()
    );
    if transient {
        options.push_str(",volatile");
    }
    mount(
        Some("overlay"),
        target,
        Some("overlay"),
        MsFlags::empty(),
        Some(options.as_str()),
    )
    .with_context(|| format!("mounting overlay on \"{}\"", target.display()))
    .hint("see `den info` for the storage driver; set storage.driver = \"fuse-overlayfs\" or \"vfs\" in ~/.config/den/config.toml to use another")
}
