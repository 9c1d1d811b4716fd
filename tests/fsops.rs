//! Behaviour tests of the commands that work on a container's files in the store: `diff`,
//! `commit`, `export`, `cp`; run as the unprivileged test users (with subordinate ranges and
//! in one-id mode) against the image fixtures.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::User;
use sha2::{Digest, Sha256};

const BUSYBOX: &str = "busybox.docker.tar";
const DEBIAN: &str = "debian.oci.tar";
const DEBIAN_IMAGE: &str = "localhost/den-debian";

fn store(user: &User) -> PathBuf {
    user.home.join(".local/share/den")
}

fn chown_to(user: &User, path: &Path) {
    if let Some(name) = &user.name {
        let pw = nix::unistd::User::from_name(name).unwrap().unwrap();
        nix::unistd::chown(path, Some(pw.uid), Some(pw.gid)).unwrap();
    }
}

/// A scratch directory of the user's, under its home.
fn scratch(user: &User, name: &str) -> PathBuf {
    let dir = user.home.join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    chown_to(user, &dir);
    dir
}

/// The image config the store holds for the image named `name`.
fn image_config(user: &User, name: &str) -> (serde_json::Value, serde_json::Value) {
    let index: serde_json::Value =
        serde_json::from_slice(&fs::read(store(user).join("images.json")).unwrap()).unwrap();
    let record = index["images"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| {
            i["names"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n.as_str() == Some(name))
        })
        .unwrap_or_else(|| panic!("no image {name} in {index}"))
        .clone();
    let hex = record["config"]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:");
    let config: serde_json::Value =
        serde_json::from_slice(&fs::read(store(user).join("blobs/sha256").join(hex)).unwrap())
            .unwrap();
    (record, config)
}

/// Every entry of a tarball: path -> "type mode uid:gid size link".
fn tar_listing(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut archive = tar::Archive::new(bytes);
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let h = entry.header().clone();
        let path = entry
            .path()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches('/')
            .to_string();
        let link = entry
            .link_name()
            .unwrap()
            .map(|l| l.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        let kind = h.entry_type().as_byte() as char;
        out.insert(
            path,
            format!(
                "{kind} {:o} {}:{} {} {link} {}",
                h.mode().unwrap(),
                h.uid().unwrap(),
                h.gid().unwrap(),
                data.len(),
                hex::encode(Sha256::digest(&data))
            ),
        );
    }
    out
}

#[test]
fn diff_and_commit_show_exactly_the_containers_changes() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let chown = if user.subids {
            "echo o > /owned; chown 42:42 /owned; "
        } else {
            ""
        };
        let script = format!(
            "echo added > /added; chmod 640 /added; echo changed > /etc/issue; rm /etc/shells; \
             rm -rf /usr/share/doc/apt; mkdir /usr/share/doc/apt; echo only > /usr/share/doc/apt/only; \
             mkdir -p /newdir/deep; {chown}true"
        );
        user.den(&[
            "run",
            "--name",
            "changes",
            DEBIAN_IMAGE,
            "sh",
            "-c",
            &script,
        ])
        .run()
        .success("making changes");

        let diff = user.den(&["diff", "changes"]).run().success("den diff");
        let lines: Vec<&str> = diff.lines().collect();
        for want in [
            "A /added",
            "C /etc",
            "C /etc/issue",
            "D /etc/shells",
            "C /usr/share/doc/apt",
            "A /usr/share/doc/apt/only",
            "A /newdir",
            "A /newdir/deep",
        ] {
            assert!(lines.contains(&want), "{want} missing from diff:\n{diff}");
        }
        assert!(
            lines.iter().any(|l| l.starts_with("D /usr/share/doc/apt/")),
            "replaced dir's old contents not reported deleted:\n{diff}"
        );
        assert!(
            !lines
                .iter()
                .any(|l| l.contains("/etc/hosts") || l.contains("resolv")),
            "den's own mount targets reported:\n{diff}"
        );
        let mut sorted = lines.clone();
        sorted.sort_by_key(|l| &l[2..]);
        assert_eq!(lines, sorted, "diff not sorted by path");
        let json: serde_json::Value = serde_json::from_str(
            &user
                .den(&["diff", "--format", "json", "changes"])
                .run()
                .success("den diff --format json"),
        )
        .unwrap();
        assert!(
            json["added"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "/added")
        );
        assert!(
            json["deleted"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "/etc/shells")
        );
        assert!(
            json["changed"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "/etc/issue")
        );

        let id = user
            .den(&[
                "commit",
                "-m",
                "my message",
                "-a",
                "Tess Ter",
                "--change",
                "CMD [\"cat\", \"/added\"]",
                "-c",
                "ENV COMMITTED=1",
                "changes",
                "committed:1",
            ])
            .run()
            .success("den commit");
        let id = id.trim();
        assert_eq!(id.len(), 64, "commit prints the image id: {id}");

        // The committed image, run again, shows exactly the container's filesystem.
        let out = user
            .den(&["run", "--rm", "committed:1"])
            .run()
            .success("running the committed image's CMD");
        assert_eq!(out, "added\n");
        let check = "stat -c '%a' /added; cat /etc/issue; test -e /etc/shells && echo shells-present; \
                     ls -A /usr/share/doc/apt; test -d /newdir/deep && echo deep; echo $COMMITTED; \
                     test -e /owned && stat -c '%u:%g' /owned; \
                     stat -c '%u' /var/cache/apt/archives/partial; true";
        let out = user
            .den(&["run", "--rm", "committed:1", "sh", "-c", check])
            .run()
            .success("inspecting the committed image");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "640", "mode kept: {out}");
        assert_eq!(lines[1], "changed");
        assert!(!out.contains("shells-present"), "deletion lost: {out}");
        assert_eq!(lines[2], "only", "opaque replacement lost: {out}");
        assert_eq!(lines[3], "deep");
        assert_eq!(lines[4], "1", "--change ENV lost: {out}");
        if user.subids {
            assert_eq!(lines[5], "42:42", "owner inside the container lost: {out}");
            assert_eq!(lines[6], "42", "image owners lost: {out}");
        }

        // Config: one more diff id (the layer's digest), history with message and author.
        let (record, config) = image_config(user, "localhost/committed:1");
        let (_, base) = image_config(user, "localhost/den-debian:latest");
        let ids = config["rootfs"]["diff_ids"].as_array().unwrap();
        let base_ids = base["rootfs"]["diff_ids"].as_array().unwrap();
        assert_eq!(ids.len(), base_ids.len() + 1);
        assert_eq!(ids[..base_ids.len()], base_ids[..]);
        let history = config["history"].as_array().unwrap();
        let last = history.last().unwrap();
        assert_eq!(last["comment"], "my message");
        assert_eq!(last["author"], "Tess Ter");
        assert_eq!(config["author"], "Tess Ter");
        assert_eq!(record["id"], id);
        let layer_hex = ids
            .last()
            .unwrap()
            .as_str()
            .unwrap()
            .trim_start_matches("sha256:");
        let blob = fs::read(store(user).join("blobs/sha256").join(layer_hex)).unwrap();
        assert_eq!(
            hex::encode(Sha256::digest(&blob)),
            layer_hex,
            "diff id is the tar's digest"
        );
        let listing = tar_listing(&blob);
        assert!(listing.contains_key("etc/.wh.shells"), "{listing:?}");
        assert!(
            listing.contains_key("usr/share/doc/apt/.wh..wh..opq"),
            "{listing:?}"
        );
        assert!(!listing.contains_key("etc/hosts"), "mount target committed");
        if user.subids {
            assert!(listing["owned"].contains(" 42:42 "), "{}", listing["owned"]);
        }
    });
}

#[test]
fn export_then_import_gives_the_same_tree() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        user.den(&[
            "run",
            "--name",
            "exp",
            DEBIAN_IMAGE,
            "sh",
            "-c",
            "echo new > /new; rm /etc/shells; rm -rf /etc/skel; mkdir /etc/skel; ln -s new /link; ln /new /hard",
        ])
        .run()
        .success("making changes");
        let dir = scratch(user, "export");
        let first = dir.join("first.tar");
        user.den(&["export", "-o", first.to_str().unwrap(), "exp"])
            .run()
            .success("den export -o");
        let listing = tar_listing(&fs::read(&first).unwrap());
        assert!(listing.contains_key("new") && !listing.contains_key("etc/shells"));
        assert!(listing.contains_key("etc/skel"));
        assert!(
            !listing.keys().any(|k| k.starts_with("etc/skel/")),
            "opaque dir leaked"
        );
        assert!(
            !listing.keys().any(|k| k.contains(".wh.")),
            "whiteouts exported"
        );
        assert!(
            listing["hard"].starts_with('1') || listing["new"].starts_with('1'),
            "hard link lost: {} / {}",
            listing["hard"],
            listing["new"]
        );
        assert!(
            listing["var/cache/apt/archives/partial"].contains(" 42:0 "),
            "owner: {}",
            listing["var/cache/apt/archives/partial"]
        );
        // Standard output gives the same bytes.
        let out = user.den(&["export", "exp"]).run();
        out.success("den export to stdout");
        assert_eq!(tar_listing(&out.output.stdout), listing);

        user.den(&["import", first.to_str().unwrap(), "exported:1"])
            .run()
            .success("den import");
        user.den(&["run", "--name", "exp2", "exported:1", "true"])
            .run()
            .success("running the imported image");
        let second = dir.join("second.tar");
        user.den(&["export", "-o", second.to_str().unwrap(), "exp2"])
            .run()
            .success("exporting again");
        let again = tar_listing(&fs::read(&second).unwrap());
        let differ: Vec<_> = listing
            .iter()
            .filter(|(k, v)| again.get(*k) != Some(v))
            .map(|(k, v)| format!("{k}: {v} / {:?}", again.get(k)))
            .chain(
                again
                    .keys()
                    .filter(|k| !listing.contains_key(*k))
                    .map(|k| format!("{k}: only after import")),
            )
            .collect();
        assert!(differ.is_empty(), "trees differ:\n{}", differ.join("\n"));
        assert!(listing.len() > 1000, "suspiciously small tree");
    });
}

#[test]
fn cp_in_and_out_keeps_content_modes_and_deletions_right() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let host = scratch(user, "cp");
        fs::write(host.join("file"), "host file\n").unwrap();
        fs::set_permissions(host.join("file"), fs::Permissions::from_mode(0o751)).unwrap();
        fs::create_dir_all(host.join("tree/sub")).unwrap();
        fs::write(host.join("tree/sub/inner"), "inner\n").unwrap();
        fs::set_permissions(host.join("tree/sub"), fs::Permissions::from_mode(0o710)).unwrap();
        for p in ["file", "tree", "tree/sub", "tree/sub/inner"] {
            chown_to(user, &host.join(p));
        }
        let chown = if user.subids {
            "chown 42:43 /etc/owned; "
        } else {
            ""
        };
        user.den(&[
            "run",
            "--name",
            "cps",
            DEBIAN_IMAGE,
            "sh",
            "-c",
            &format!("rm -rf /etc/skel /etc/shells; echo o > /etc/owned; chmod 604 /etc/owned; {chown}true"),
        ])
        .run()
        .success("making changes");
        let h = |p: &str| host.join(p).to_str().unwrap().to_string();
        user.den(&["cp", &h("file"), "cps:/etc/copied"])
            .run()
            .success("cp file in");
        user.den(&["cp", &h("file"), "cps:/root/"])
            .run()
            .success("cp file into a dir");
        user.den(&["cp", &h("tree"), "cps:/srv"])
            .run()
            .success("cp dir in");
        // Paths the container deleted come back, without the deleted contents.
        user.den(&["cp", &h("tree"), "cps:/etc/skel"])
            .run()
            .success("cp over a deleted dir");
        user.den(&["cp", &h("file"), "cps:/etc/shells"])
            .run()
            .success("cp over a deleted file");
        // A path the image's own layer deleted (a whiteout in a lower layer).
        user.den(&["cp", &h("file"), "cps:/etc/issue.net"])
            .run()
            .success("cp over an image whiteout");
        user.den(&["cp", &h("tree"), "cps:/etc/copied"])
            .run()
            .code_is(125)
            .stderr_has("/etc/copied");

        // Out again: same content and modes.
        let back = scratch(user, "back");
        let b = |p: &str| back.join(p).to_str().unwrap().to_string();
        user.den(&["cp", "cps:/etc/copied", &b("copied")])
            .run()
            .success("cp file out");
        user.den(&["cp", "cps:/srv/tree", &b("")])
            .run()
            .success("cp dir out");
        user.den(&["cp", "-a", "cps:/etc/owned", &b("owned")])
            .run()
            .success("cp -a out");
        assert_eq!(
            fs::read_to_string(back.join("copied")).unwrap(),
            "host file\n"
        );
        let mode = |p: &Path| fs::metadata(p).unwrap().mode() & 0o7777;
        assert_eq!(mode(&back.join("copied")), 0o751);
        assert_eq!(mode(&back.join("tree/sub")), 0o710);
        assert_eq!(
            fs::read_to_string(back.join("tree/sub/inner")).unwrap(),
            "inner\n"
        );
        assert_eq!(mode(&back.join("owned")), 0o604);
        // As podman: what is copied out to the host belongs to the user, whatever its owner
        // in the container (42 here) and whatever -a says.
        let meta = fs::metadata(back.join("owned")).unwrap();
        assert_eq!(
            meta.uid(),
            user.host_ids().0,
            "a copy on the host is the user's"
        );

        // Parent directories copied up keep their image owner (in one-id mode: the xattr).
        user.den(&["cp", &h("file"), "cps:/var/cache/apt/archives/partial/"])
            .run()
            .success("cp into a directory owned by 42");
        let out = user.den(&["export", "cps"]).run();
        out.success("export after cp");
        let listing = tar_listing(&out.output.stdout);
        assert!(
            listing["var/cache/apt/archives/partial"].starts_with("5 700 42:0 "),
            "copy-up changed the owner: {}",
            listing["var/cache/apt/archives/partial"]
        );
        assert!(listing.contains_key("var/cache/apt/archives/partial/file"));

        // `-`: a tarball on standard output.
        let out = user.den(&["cp", "cps:/srv/tree", "-"]).run();
        out.success("cp out to -");
        let listing = tar_listing(&out.output.stdout);
        assert!(listing["tree/sub"].starts_with("5 710 "), "{listing:?}");
        assert!(listing["tree/sub/inner"].contains(" 6 "), "{listing:?}");

        // `-` as the source: a tarball on standard input, extracted into the directory.
        let mut tarball = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_gnu();
        header.set_mode(0o640);
        header.set_size(9);
        tarball
            .append_data(&mut header, "fromtar", &b"from tar\n"[..])
            .unwrap();
        let tarball = tarball.into_inner().unwrap();
        user.den(&["cp", "-", "cps:/srv"])
            .stdin(&tarball)
            .run()
            .success("cp - into the container");
        user.den(&["cp", "-", "cps:/etc/copied"])
            .stdin(&tarball)
            .run()
            .code_is(125)
            .stderr_has("not a directory");

        // Inside the container (through a commit): everything where it should be.
        user.den(&["commit", "cps", "cps-img"])
            .run()
            .success("commit after cp");
        let out = user
            .den(&[
                "run",
                "--rm",
                "cps-img",
                "sh",
                "-c",
                "stat -c '%a %u' /etc/copied /root/file /srv/tree/sub; cat /srv/tree/sub/inner; \
                 ls -A /etc/skel; cat /etc/shells /etc/issue.net; stat -c '%a' /srv/fromtar; \
                 cat /srv/fromtar",
            ])
            .run()
            .success("checking the copies inside");
        assert_eq!(
            out, "751 0\n751 0\n710 0\ninner\nsub\nhost file\nhost file\n640\nfrom tar\n",
            "copies inside the container"
        );
    });
}

#[test]
fn cp_resolves_symlinks_inside_the_container_root() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&[
            "run",
            "--name",
            "links",
            "busybox",
            "sh",
            "-c",
            "ln -s /../../../../../tmp /esc; ln -s ../../../../../../../etc /rel; ln -s / /root/up",
        ])
        .run()
        .success("making links");
        let host = scratch(user, "links");
        fs::write(host.join("payload"), "payload\n").unwrap();
        chown_to(user, &host.join("payload"));
        let unique = format!("den-fsops-escape-{}", std::process::id());
        user.den(&[
            "cp",
            host.join("payload").to_str().unwrap(),
            &format!("links:/esc/{unique}"),
        ])
        .run()
        .success("cp through an absolute symlink");
        assert!(
            !Path::new("/tmp").join(&unique).exists(),
            "cp wrote through a symlink onto the host's /tmp"
        );
        let out_file = host.join("out");
        user.den(&[
            "cp",
            &format!("links:/root/up/rel/../esc/{unique}"),
            out_file.to_str().unwrap(),
        ])
        .run()
        .success("cp out through links");
        assert_eq!(fs::read_to_string(&out_file).unwrap(), "payload\n");
        let passwd = host.join("passwd");
        user.den(&["cp", "links:/rel/passwd", passwd.to_str().unwrap()])
            .run()
            .success("cp out through a climbing relative symlink");
        let text = fs::read_to_string(&passwd).unwrap();
        assert!(
            text.starts_with("root:x:0:0:root:/root:/bin/sh") && !text.contains("den-test"),
            "read the host's /etc/passwd instead of the container's: {text}"
        );
        // A symlink itself is copied as a link, not followed.
        let link = host.join("esc-link");
        user.den(&["cp", "links:/esc", link.to_str().unwrap()])
            .run()
            .success("cp a symlink out");
        assert_eq!(
            fs::read_link(&link).unwrap(),
            Path::new("/../../../../../tmp")
        );
        user.den(&["cp", "links:/no/such", host.join("x").to_str().unwrap()])
            .run()
            .code_is(125)
            .stderr_has("does not exist");
        user.den(&["cp", "no-such-container:/etc", host.to_str().unwrap()])
            .run()
            .code_is(125)
            .stderr_has("no-such-container");
    });
}

/// Children of `pid` (from /proc).
fn children(pid: u32) -> Vec<i32> {
    fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

#[test]
fn commit_killed_midway_leaves_a_consistent_store() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&[
            "run",
            "--name",
            "big",
            "busybox",
            "sh",
            "-c",
            "dd if=/dev/urandom of=/big bs=1M count=20 2>/dev/null; sha256sum /big > /big.sum",
        ])
        .run()
        .success("writing 20 MB");
        let tmp = store(user).join("tmp");
        let mut child = user
            .den(&["commit", "big", "big-img"])
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill den (and its namespace helper) once the layer is being written.
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut killed = false;
        while Instant::now() < deadline {
            let writing = fs::read_dir(&tmp)
                .ok()
                .into_iter()
                .flatten()
                .flatten()
                .any(|e| {
                    e.file_name().to_string_lossy().starts_with("blob-")
                        && e.metadata().is_ok_and(|m| m.len() > 1 << 20)
                });
            if writing {
                let mut pids = Vec::new();
                for den in children(child.id()) {
                    pids.push(den);
                    pids.extend(children(den as u32));
                }
                for pid in pids {
                    let _ = nix::sys::signal::kill(
                        nix::unistd::Pid::from_raw(pid),
                        nix::sys::signal::Signal::SIGKILL,
                    );
                }
                killed = true;
                break;
            }
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let status = child.wait().unwrap();
        // The commit may have finished just before the kill landed.
        let killed = killed && !status.success();
        eprintln!("commit killed midway: {killed} (status {status})");
        // No image half made: the index parses and every image's layers are there.
        let images = user.den(&["images", "--format", "json"]).run();
        images.success("den images after the kill");
        let index: serde_json::Value =
            serde_json::from_slice(&fs::read(store(user).join("images.json")).unwrap()).unwrap();
        for image in index["images"].as_array().unwrap() {
            for layer in image["layers"].as_array().unwrap() {
                let hex = layer["diff_id"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("sha256:");
                assert!(
                    store(user)
                        .join("layers")
                        .join(hex)
                        .join("layer.json")
                        .exists(),
                    "image {} lists a missing layer {hex}",
                    image["id"]
                );
            }
            let config = image["config"]
                .as_str()
                .unwrap()
                .trim_start_matches("sha256:");
            assert!(store(user).join("blobs/sha256").join(config).exists());
        }
        if killed {
            assert!(
                !images.stdout().contains("big-img"),
                "an image appeared from a killed commit: {}",
                images.stdout()
            );
        }
        // Commit works again and the image holds the 20 MB intact.
        user.den(&["commit", "big", "big-img"])
            .run()
            .success("commit after the kill");
        user.den(&["run", "--rm", "big-img", "sha256sum", "-c", "/big.sum"])
            .run()
            .success("the committed file is intact");
        let leftovers: Vec<_> = fs::read_dir(&tmp)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(leftovers.is_empty(), "stale tmp entries: {leftovers:?}");
    });
}

#[test]
fn unknown_containers_are_named_and_id_prefixes_work() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&["diff", "nope"])
            .run()
            .code_is(125)
            .stderr_has("\"nope\"");
        user.den(&["commit", "nope"])
            .run()
            .code_is(125)
            .stderr_has("\"nope\"");
        user.den(&["export", "nope"])
            .run()
            .code_is(125)
            .stderr_has("\"nope\"");
        // By id prefix.
        user.den(&["run", "--name", "byid", "busybox", "touch", "/x"])
            .run()
            .success("run");
        let dir = fs::read_dir(store(user).join("containers"))
            .unwrap()
            .flatten()
            .find(|e| {
                fs::read_to_string(e.path().join("container.json"))
                    .is_ok_and(|t| t.contains("\"byid\""))
            })
            .unwrap();
        let id = dir.file_name().to_string_lossy().into_owned();
        let out = user
            .den(&["diff", &id[..8]])
            .run()
            .success("diff by id prefix");
        assert_eq!(out, "A /x\n");
    });
}

/// `<store>/containers/<id>` of the container named `name`.
fn container_dir(user: &User, name: &str) -> PathBuf {
    fs::read_dir(store(user).join("containers"))
        .unwrap()
        .flatten()
        .find(|e| {
            fs::read_to_string(e.path().join("container.json"))
                .is_ok_and(|t| t.contains(&format!("\"name\": \"{name}\"")))
        })
        .unwrap_or_else(|| panic!("no container {name}"))
        .path()
}

#[test]
fn commit_keeps_file_capabilities() {
    for_each_user!(|user| {
        require!(
            Path::new("/usr/sbin/setcap").exists(),
            "setcap is missing: apt-get install libcap2-bin"
        );
        user.load_fixture(BUSYBOX);
        user.den(&[
            "run",
            "--name",
            "caps",
            "busybox",
            "cp",
            "/bin/busybox",
            "/capbin",
        ])
        .run()
        .success("copying a binary");
        let file = container_dir(user, "caps").join("upper/capbin");
        user.den(&[
            "unshare",
            "/usr/sbin/setcap",
            "cap_net_raw+ep",
            file.to_str().unwrap(),
        ])
        .run()
        .success("setcap in den's namespace");
        user.den(&["commit", "caps", "caps-img"])
            .run()
            .success("commit");
        let (_, config) = image_config(user, "localhost/caps-img:latest");
        let hex = config["rootfs"]["diff_ids"]
            .as_array()
            .unwrap()
            .last()
            .unwrap();
        let blob = store(user)
            .join("blobs/sha256")
            .join(hex.as_str().unwrap().trim_start_matches("sha256:"));
        let bytes = fs::read(blob).unwrap();
        let mut archive = tar::Archive::new(bytes.as_slice());
        let mut found = false;
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            if entry.path().unwrap() == Path::new("capbin") {
                found = entry
                    .pax_extensions()
                    .unwrap()
                    .into_iter()
                    .flatten()
                    .flatten()
                    .any(|e| e.key() == Ok("SCHILY.xattr.security.capability"));
            }
        }
        assert!(found, "file capability not in the committed layer");
        let layer = store(user)
            .join("layers")
            .join(hex.as_str().unwrap().trim_start_matches("sha256:"))
            .join("diff/capbin");
        let out = user
            .den(&["unshare", "/usr/sbin/getcap", layer.to_str().unwrap()])
            .run()
            .success("getcap");
        assert!(
            out.contains("cap_net_raw"),
            "capability lost at unpack: {out}"
        );
    });
}

#[test]
fn cp_into_a_running_container_writes_what_it_sees() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let mut child = user
            .den(&["run", "--name", "busy", "busybox", "sleep", "30"])
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Another test's commit may hold the store lock for a while on a busy machine.
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline
            && !fs::read_dir(store(user).join("containers"))
                .into_iter()
                .flatten()
                .flatten()
                .any(|e| {
                    // Wait for the running record, not the first (created) one: cp is
                    // refused only once the record says running.
                    fs::read_to_string(e.path().join("container.json"))
                        .is_ok_and(|t| t.contains("\"busy\"") && t.contains("\"running\""))
                })
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        let host = scratch(user, "running");
        fs::write(host.join("f"), "f").unwrap();
        chown_to(user, &host.join("f"));
        let out = user
            .den(&["cp", host.join("f").to_str().unwrap(), "busy:/f"])
            .run();
        // The running program sees the file at once (podman copies into running containers).
        let seen = user.den(&["exec", "busy", "cat", "/f"]).run();
        // Reading works while it runs.
        let read = user
            .den(&["cp", "busy:/etc/passwd", host.join("p").to_str().unwrap()])
            .run();
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(children(child.id()).first().copied().unwrap_or(0)),
            nix::sys::signal::Signal::SIGTERM,
        );
        let _ = child.wait();
        out.success("cp into the running container");
        assert_eq!(seen.success("exec cat"), "f");
        read.success("cp out of a running container");
        // Once it has stopped, copying in works too.
        user.den(&["cp", host.join("f").to_str().unwrap(), "busy:/f"])
            .run()
            .success("cp into the stopped container");
    });
}

#[test]
fn vfs_containers_export_and_cp_but_explain_diff_and_commit() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let config = scratch(user, "vfs-config");
        fs::create_dir_all(config.join("den")).unwrap();
        fs::write(
            config.join("den/config.toml"),
            "[storage]\ndriver = \"vfs\"\n",
        )
        .unwrap();
        chown_to(user, &config.join("den"));
        chown_to(user, &config.join("den/config.toml"));
        let cfg = config.to_str().unwrap();
        user.den(&[
            "run",
            "--name",
            "vfsc",
            "busybox",
            "sh",
            "-c",
            "echo v > /v; rm /etc/group",
        ])
        .env("XDG_CONFIG_HOME", cfg)
        .run()
        .success("run with the vfs driver");
        user.den(&["diff", "vfsc"])
            .run()
            .code_is(125)
            .stderr_has("vfs");
        user.den(&["commit", "vfsc"])
            .run()
            .code_is(125)
            .stderr_has("den export");
        let out = user.den(&["export", "vfsc"]).run();
        out.success("export of a vfs container");
        let listing = tar_listing(&out.output.stdout);
        assert!(listing.contains_key("v") && !listing.contains_key("etc/group"));
        assert!(
            !listing.keys().any(|k| k.contains("den-vfs")),
            "{listing:?}"
        );
        let host = scratch(user, "vfs-cp");
        fs::write(host.join("in"), "in\n").unwrap();
        chown_to(user, &host.join("in"));
        user.den(&["cp", host.join("in").to_str().unwrap(), "vfsc:/etc/group"])
            .run()
            .success("cp into a vfs container");
        user.den(&["cp", "vfsc:/etc/group", host.join("out").to_str().unwrap()])
            .run()
            .success("cp out of a vfs container");
        assert_eq!(fs::read_to_string(host.join("out")).unwrap(), "in\n");
    });
}
