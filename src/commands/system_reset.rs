//! `den system reset`: removes every container (running ones killed), every image, layer,
//! blob and volume, and den's runtime state. Only the entries den makes in its store and its
//! own runtime directory are removed; the store directory itself goes only if it is then
//! empty, so a `--root` pointed at a directory with other files loses none of them.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::SystemResetArgs;
use crate::config::Ctx;
use crate::identity::idmap::{IdMapping, NOTICE_FILE};
use crate::store::{Store, records};

/// What den creates directly under its store root.
const STORE_ENTRIES: &[&str] = &[
    "containers",
    crate::store::names::DIR,
    // As podman's reset: pods, user-defined networks and secrets go too (their containers
    // went first).
    "pods",
    "networks",
    "secrets",
    "volumes",
    "layers",
    "blobs",
    "images.json",
    "images.json.broken",
    NOTICE_FILE,
    crate::commands::run::RELABEL_NOTICE_FILE,
    "tmp",
    "events",
    "build-cache.json",
    "build-mounts",
    "build-work",
];

pub fn run(ctx: &Ctx, args: &SystemResetArgs) -> Result<i32> {
    if !args.force {
        let question = format!(
            "WARNING! This will remove:\n        - all containers\n        - all pods\n        - all images\n        - all networks\n        - all build cache\n        - all volumes\n        - all secrets\n        - den's store: \"{}\"\n        - den's runtime state: \"{}\"\nAre you sure you want to continue?",
            ctx.paths.store.display(),
            ctx.paths.runtime.display()
        );
        if !crate::commands::volume::confirm(&question, "-f")? {
            return Ok(0);
        }
    }
    if !ctx.paths.store.exists() {
        return remove_runtime(&ctx.paths.runtime).map(|()| 0);
    }
    let store = Store::open(&ctx.paths)?;
    let mut code = 0;
    for id in records::all_ids(&store) {
        if let Err(e) = crate::commands::container::rm::remove_one(&store, &id, true) {
            crate::error::report(&e);
            code = 1;
        }
    }
    let mapping = IdMapping::for_current_user()?;
    {
        let _lock = store.lock()?;
        let root = store.root().to_path_buf();
        let plain_ok = STORE_ENTRIES
            .iter()
            .all(|e| remove_any(&root.join(e)).is_ok());
        if !plain_ok {
            // Layers and volumes hold files of subordinate ids: only den's namespace can
            // remove those.
            let root = root.clone();
            crate::identity::userns::run_in_store_ns(&mapping, move || {
                for e in STORE_ENTRIES {
                    let path = root.join(e);
                    remove_any(&path)
                        .with_context(|| format!("removing \"{}\"", path.display()))?;
                }
                Ok(())
            })?;
        }
    }
    let root = store.root();
    let _ = fs::remove_file(root.join("lock"));
    let _ = fs::remove_dir(root); // only when nothing else is in it
    remove_runtime(&ctx.paths.runtime)?;
    Ok(code)
}

/// Removes den's runtime directory (`.../den`: its own, never a parent).
fn remove_runtime(dir: &Path) -> Result<()> {
    match fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("removing \"{}\"", dir.display())),
    }
}

fn remove_any(path: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => {
            open_up(path);
            fs::remove_dir_all(path)
        }
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Gives the owner access to the directories below `dir` that are the owner's (overlayfs
/// leaves mode-0 work dirs), best effort.
fn open_up(dir: &Path) {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let me = nix::unistd::geteuid().as_raw();
    let Ok(meta) = fs::symlink_metadata(dir) else {
        return;
    };
    if meta.uid() == me && meta.mode() & 0o700 != 0o700 {
        let _ = fs::set_permissions(dir, fs::Permissions::from_mode(meta.mode() | 0o700));
    }
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            open_up(&entry.path());
        }
    }
}
