//! keep-id's user inside the container: the root filesystem's /etc/passwd and /etc/group
//! with the user's entries added (`identity::keepid`), written to the container's private
//! scratch tmpfs and bind-mounted over the image's files, as podman does. Nothing is written
//! to the container's layer, so `diff` and `commit` do not carry the user along.

use std::fs;
use std::os::fd::BorrowedFd;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::{Context, Result};

use crate::identity::keepid::KeepIdUser;
use crate::runtime::mounts::{TargetKind, bind_in_root, read_in_root};

/// Adds `user` to the container's passwd and group (each only when the image lacks its id).
pub fn add_keep_id_user(root: BorrowedFd<'_>, scratch: &Path, user: &KeepIdUser) -> Result<()> {
    type Add = fn(&KeepIdUser, &str) -> Option<String>;
    let files: [(&str, Add); 2] = [
        ("passwd", KeepIdUser::add_to_passwd),
        ("group", KeepIdUser::add_to_group),
    ];
    for (name, add) in files {
        let target = Path::new("/etc").join(name);
        let Some(text) = add(user, &read_in_root(root, &target)) else {
            continue;
        };
        let path = scratch.join(name);
        fs::write(&path, text).with_context(|| format!("writing \"{}\"", path.display()))?;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644))?;
        bind_in_root(root, &path, &target, TargetKind::File, false)
            .with_context(|| format!("adding user \"{}\" to /etc/{name}", user.name))?;
    }
    Ok(())
}
