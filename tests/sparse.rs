//! Behaviour tests of sparse files in imported layers: GNU tar writes a 1 GiB file with three
//! small data regions in each of its sparse formats, `den import` takes it, the container
//! sees the file at its size with the data at its offsets, and the store holds it as holes.

mod common;

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::User;

const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;
/// The data regions of /big: (offset in MiB, text).
const REGIONS: [(u64, &str); 3] = [(0, "first"), (300, "middle"), (1023, "last")];

/// Writes the 1 GiB sparse file `big` into `dir`.
fn write_sparse_file(dir: &Path) -> PathBuf {
    let path = dir.join("big");
    let file = fs::File::create(&path).unwrap();
    file.set_len(GIB).unwrap();
    for (mib, text) in REGIONS {
        std::os::unix::fs::FileExt::write_all_at(&file, text.as_bytes(), mib * MIB).unwrap();
    }
    path
}

/// The busybox rootfs with `big` added by GNU tar with `options`, readable by `user`.
fn build_rootfs(user: &User, name: &str, options: &[&str]) -> PathBuf {
    let dir = user.fresh_dir(name);
    let src = dir.join("src");
    fs::create_dir(&src).unwrap();
    write_sparse_file(&src);
    let sparse_tar = dir.join("big.tar");
    let tar = dir.join("rootfs.tar");
    fs::copy(common::fixture("busybox-rootfs.tar"), &tar).unwrap();
    // `tar -r` would store the file without holes (GNU tar 1.34): archive it alone, then
    // concatenate the two archives.
    let runs = [
        Command::new("tar")
            .args(options)
            .args(["--owner=0", "--group=0", "-cf"])
            .arg(&sparse_tar)
            .arg("-C")
            .arg(&src)
            .arg("big")
            .status(),
        Command::new("tar")
            .arg("-Af")
            .arg(&tar)
            .arg(&sparse_tar)
            .status(),
    ];
    for status in runs {
        assert!(
            status.expect("running GNU tar").success(),
            "tar {options:?}"
        );
    }
    assert!(
        fs::metadata(&tar).unwrap().len() < 64 * MIB,
        "GNU tar did not store /big as sparse"
    );
    fs::remove_dir_all(&src).unwrap();
    fs::set_permissions(&tar, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    tar
}

/// Imports `tar` into a fresh store, checks /big in a container and in the store.
fn import_and_check(user: &User, name: &str, tar: &Path) {
    let store = user.fresh_dir(&format!("{name}-store"));
    user.den_in(&store, &["import", tar.to_str().unwrap(), "sparse:1"])
        .run()
        .success("den import");
    let mut steps = vec!["stat -c %s /big".to_string()];
    for (mib, text) in REGIONS {
        steps.push(format!(
            "dd if=/big bs=1M skip={mib} count=1 2>/dev/null | head -c {}; echo",
            text.len()
        ));
    }
    // A MiB from a hole holds no byte but zeros.
    steps.push("dd if=/big bs=1M skip=500 count=1 2>/dev/null | tr -d '\\0' | wc -c".into());
    let script = steps.join("; ");
    let out = user
        .den_in(&store, &["run", "--rm", "sparse:1", "sh", "-c", &script])
        .run()
        .success("reading /big in a container");
    let mut want = vec![GIB.to_string()];
    want.extend(REGIONS.iter().map(|(_, t)| (*t).to_string()));
    want.push("0".into());
    let got: Vec<&str> = out.lines().map(str::trim).collect();
    assert_eq!(got, want, "/big as the container sees it");
    let unpacked: Vec<PathBuf> = fs::read_dir(store.join("layers"))
        .unwrap()
        .flatten()
        .map(|e| e.path().join("diff/big"))
        .filter(|p| p.exists())
        .collect();
    assert_eq!(unpacked.len(), 1, "one layer holds /big: {unpacked:?}");
    let meta = fs::metadata(&unpacked[0]).unwrap();
    assert_eq!(meta.len(), GIB);
    assert!(
        meta.blocks() * 512 < 16 * MIB,
        "/big allocates {} bytes in the store: its holes were written",
        meta.blocks() * 512
    );
}

// GNU tar's PAX sparse formats name the entry `./GNUSparseFile.PID/big` and keep the real
// name and the map in PAX records or at the start of the data: den wrote that placeholder
// path holding the raw map (1.0) or a file of the packed data at the wrong size (0.x).
#[test]
fn pax_sparse_file_imports_under_its_real_name() {
    for_each_user!(|user| {
        for version in ["1.0", "0.1", "0.0"] {
            eprintln!("   GNU sparse format {version}");
            let name = format!("pax-sparse-{version}");
            let tar = build_rootfs(
                user,
                &name,
                &[
                    "-S",
                    "--format=posix",
                    &format!("--sparse-version={version}"),
                ],
            );
            import_and_check(user, &name, &tar);
        }
    });
}

// The tar crate hands out a GNU `S` entry with its holes filled with zeros and den wrote
// them all: a 1 GiB file with 4 KiB of data took 1 GiB in the store.
#[test]
fn gnu_sparse_file_is_unpacked_as_holes() {
    for_each_user!(|user| {
        let tar = build_rootfs(user, "gnu-sparse", &["-S", "--format=gnu"]);
        import_and_check(user, "gnu-sparse", &tar);
    });
}
