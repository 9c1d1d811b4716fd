//! Behaviour test of a full disk: `den load` into a store on a 30 MiB tmpfs fails with a
//! clear "no space left" error naming the image, leaves no image and no temporary files, and
//! the store takes a small image afterwards. Mounting needs root, so the test skips as an
//! ordinary user.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs mounted on a directory of the user's, unmounted (and removed) on drop.
struct SmallFs {
    dir: PathBuf,
}

impl SmallFs {
    fn mount(user: &common::User, name: &str, size: &str) -> SmallFs {
        let dir = user.home.join(name);
        // A mount left by an earlier run that was killed.
        let _ = Command::new("umount")
            .arg(&dir)
            .stderr(std::process::Stdio::null())
            .status();
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let (uid, gid) = match &user.name {
            Some(owner) => {
                let pw = nix::unistd::User::from_name(owner).unwrap().unwrap();
                (pw.uid.as_raw(), pw.gid.as_raw())
            }
            None => (
                nix::unistd::getuid().as_raw(),
                nix::unistd::getgid().as_raw(),
            ),
        };
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o"])
            .arg(format!("size={size},mode=0700,uid={uid},gid={gid}"))
            .arg("den-nospace")
            .arg(&dir)
            .status()
            .unwrap();
        assert!(status.success(), "mounting a tmpfs on {}", dir.display());
        SmallFs { dir }
    }
}

impl Drop for SmallFs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
        let _ = fs::remove_dir(&self.dir);
    }
}

fn fixture(name: &str) -> String {
    common::fixtures()
        .expect("fixtures")
        .join(name)
        .display()
        .to_string()
}

/// Entries left in the store's tmp/ (it may not exist).
fn tmp_entries(store: &Path) -> Vec<String> {
    fs::read_dir(store.join("tmp")).map_or_else(
        |_| Vec::new(),
        |d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        },
    )
}

#[test]
fn load_into_a_full_store_fails_clearly_and_leaves_it_usable() {
    require!(
        common::is_root(),
        "mounting a small tmpfs as the store needs root (run the tests as root)"
    );
    for_each_user!(|user| {
        let fs = SmallFs::mount(user, "nospace-store", "30m");
        let store = fs.dir.to_str().unwrap().to_string();
        let debian = fixture("debian.oci.tar");
        let out = user.den(&["--root", &store, "load", "-i", &debian]).run();
        out.code_is(125)
            .stderr_has(&format!(
                "error: no space left on device: the store \"{store}\" is full"
            ))
            .stderr_has(&format!("of \"{debian}\""))
            .stderr_has("layer")
            .stderr_has("hint: free space");
        let images = user
            .den(&["--root", &store, "images", "--format", "json"])
            .run()
            .success("images after a full disk");
        assert_eq!(images.trim(), "[]", "no image is left half-stored");
        assert_eq!(
            tmp_entries(&fs.dir),
            Vec::<String>::new(),
            "tmp/ is cleaned"
        );

        // The store still works: a small image loads and runs.
        let out = user
            .den(&[
                "--root",
                &store,
                "load",
                "-i",
                &fixture("busybox.docker.tar"),
            ])
            .run();
        out.success("load after a full disk");
        user.den(&["--root", &store, "run", "--rm", "busybox", "true"])
            .run()
            .success("run after a full disk");
        drop(fs);
    });
}
