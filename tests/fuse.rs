//! Behaviour tests of the built-in `fuse` storage driver (den's own FUSE overlay), as the
//! unprivileged test users on the Debian fixture: the image's whiteouts and opaque dirs,
//! writes, deletes, renames, hard links, and the same tree seen by diff, commit and a run on
//! the kernel driver; `auto` choosing it when kernel overlay and fuse-overlayfs are out.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::User;

const DEBIAN: &str = "debian.oci.tar";
const DEBIAN_IMAGE: &str = "localhost/den-debian";

fn chown_to(user: &User, path: &Path) {
    if let Some(name) = &user.name {
        let pw = nix::unistd::User::from_name(name).unwrap().unwrap();
        nix::unistd::chown(path, Some(pw.uid), Some(pw.gid)).unwrap();
    }
}

/// An XDG_CONFIG_HOME whose config.toml forces the `fuse` driver.
fn fuse_config(user: &User, name: &str) -> PathBuf {
    let dir = user.home.join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("den")).unwrap();
    fs::write(
        dir.join("den/config.toml"),
        "[storage]\ndriver = \"fuse\"\n",
    )
    .unwrap();
    chown_to(user, &dir);
    chown_to(user, &dir.join("den"));
    chown_to(user, &dir.join("den/config.toml"));
    dir
}

const CHANGES: &str = "set -e; \
    test ! -e /etc/issue.net; ls -A /etc/skel; cat /den-layer2; \
    stat -c %h /usr/bin/perl; \
    echo added > /added; echo more >> /added; cat /added; \
    rm /etc/os-release; test ! -e /etc/os-release; \
    mv /etc/issue /etc/issue.moved; \
    mv /usr/share/doc/apt /apt-doc; test ! -e /usr/share/doc/apt; ls /apt-doc | head -n1; \
    ln /added /added.link; stat -c %h /added; \
    test \"$(stat -c %i /added)\" = \"$(stat -c %i /added.link)\"; echo linked >> /added.link; tail -n1 /added; \
    mkdir /etc/skel/sub; echo deep > /etc/skel/sub/f; \
    rm -rf /etc/skel; mkdir /etc/skel; echo fresh > /etc/skel/only; \
    chmod 600 /etc/hostname.copy 2>/dev/null || true; \
    cp /etc/passwd /passwd.copy; cmp /etc/passwd /passwd.copy; \
    truncate -s 3 /passwd.copy; stat -c %s /passwd.copy; \
    ls /var/cache/apt/archives/partial >/dev/null; stat -c %u /var/cache/apt/archives/partial; \
    echo ok";

#[test]
fn fuse_driver_shows_the_merged_tree_and_keeps_the_changes() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let cfg = fuse_config(user, "fuse-config");
        let out = user
            .den(&["run", "--name", "fz", DEBIAN_IMAGE, "sh", "-c", CHANGES])
            .env("XDG_CONFIG_HOME", cfg.to_str().unwrap())
            .run()
            .success("a run on the fuse driver");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "den-new-file", "opaque /etc/skel: {out}");
        assert_eq!(lines[1], "layer2");
        assert_eq!(lines[2], "2", "the image's hard link keeps st_nlink: {out}");
        assert_eq!(lines[3..5], ["added", "more"]);
        assert_eq!(
            lines[5], "NEWS.Debian.gz",
            "moved lower dir's contents: {out}"
        );
        assert_eq!(lines[6], "2", "ln gives st_nlink 2: {out}");
        assert_eq!(lines[7], "linked", "both names are one file: {out}");
        assert_eq!(lines[8], "3", "truncate: {out}");
        if user.subids {
            assert_eq!(lines[9], "42", "lower owners shown: {out}");
        }
        assert_eq!(*lines.last().unwrap(), "ok");

        let inspect = user
            .den(&["inspect", "--format", "{{.Driver}}", "fz"])
            .run()
            .success("inspect");
        assert_eq!(inspect.trim(), "fuse", "the record names the driver");

        let diff = user
            .den(&["diff", "fz"])
            .run()
            .success("diff of a fuse container");
        let dl: Vec<&str> = diff.lines().collect();
        for want in [
            "A /added",
            "A /added.link",
            "D /etc/os-release",
            "D /etc/issue",
            "A /etc/issue.moved",
            "A /apt-doc",
            "D /usr/share/doc/apt",
            "A /etc/skel/only",
            "D /etc/skel/den-new-file",
        ] {
            assert!(dl.contains(&want), "{want} missing from diff:\n{diff}");
        }

        // Committed from the fuse run, run on the store's default driver: the same files.
        user.den(&["commit", "fz", "fuse-made:1"])
            .run()
            .success("commit of a fuse container");
        let check = "cat /added; test -e /etc/os-release && echo os-present; \
                     cat /etc/issue.moved >/dev/null && echo moved; ls -A /etc/skel; \
                     test -d /usr/share/doc/apt && echo apt-present; stat -c %h /added; \
                     test -e /etc/issue.net && echo issue-net; echo end";
        let again = user
            .den(&["run", "--rm", "fuse-made:1", "sh", "-c", check])
            .run()
            .success("the committed image on the default driver");
        assert_eq!(
            again, "added\nmore\nlinked\nmoved\nonly\n2\nend\n",
            "committed tree differs"
        );
        user.den(&["rm", "fz"])
            .run()
            .success("rm of a fuse container");
    });
}

/// A file unlinked while open still answers fstat (apt's cache files depend on it: it failed
/// with "Unable to determine file size for fd" on the fuse driver). stat of /proc/self/fd/N
/// reaches the open file's inode as fstat does; the write after the unlink makes the kernel ask.
#[test]
fn an_unlinked_open_file_still_has_attributes() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let cfg = fuse_config(user, "fuse-unlinked");
        let script = "exec 3<>/tmp/gone; rm /tmp/gone; echo abc >&3; \
                      test ! -e /tmp/gone && stat -L -c %s /proc/self/fd/3; \
                      size=$(stat -c %s /etc/debian_version); exec 4</etc/debian_version; \
                      rm /etc/debian_version; test ! -e /etc/debian_version && \
                      test \"$(stat -L -c %s /proc/self/fd/4)\" = \"$size\" && echo same";
        let out = user
            .den(&["run", "--rm", DEBIAN_IMAGE, "sh", "-c", script])
            .env("XDG_CONFIG_HOME", cfg.to_str().unwrap())
            .run()
            .success("fstat of unlinked files on the fuse driver");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            ["4", "same"],
            "an unlinked upper file, then an image file removed while open: {out}"
        );
    });
}

#[test]
fn auto_picks_fuse_without_kernel_overlay_or_fuse_overlayfs() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        // A PATH without fuse-overlayfs (only the id-map helpers den needs), kernel overlay
        // forced off for the probe.
        let bin = user.home.join("fuse-path");
        let _ = fs::remove_dir_all(&bin);
        fs::create_dir_all(&bin).unwrap();
        for tool in ["newuidmap", "newgidmap"] {
            if let Ok(p) = which(tool) {
                std::os::unix::fs::symlink(p, bin.join(tool)).unwrap();
            }
        }
        chown_to(user, &bin);
        let path = bin.to_str().unwrap();
        let info = user
            .den(&["info"])
            .env("PATH", path)
            .env("DEN_NO_KERNEL_OVERLAY", "1")
            .run()
            .success("den info");
        assert!(info.contains("fuse"), "{info}");
        let out = user
            .den(&[
                "run",
                "--rm",
                DEBIAN_IMAGE,
                "sh",
                "-c",
                "echo hi > /x; cat /x; cat /den-layer2",
            ])
            .env("PATH", path)
            .env("DEN_NO_KERNEL_OVERLAY", "1")
            .run()
            .success("den run with auto and only the fuse driver left");
        assert_eq!(out, "hi\nlayer2\n");
        let detached = user
            .den(&["run", "-d", "--name", "fa", DEBIAN_IMAGE, "sleep", "60"])
            .env("PATH", path)
            .env("DEN_NO_KERNEL_OVERLAY", "1")
            .run()
            .success("detached");
        assert!(!detached.trim().is_empty());
        let driver = user
            .den(&["inspect", "--format", "{{.Driver}}", "fa"])
            .run()
            .success("inspect");
        assert_eq!(driver.trim(), "fuse");
        user.den(&["rm", "-f", "fa"]).run().success("rm -f");
    });
}

fn which(tool: &str) -> Result<PathBuf, ()> {
    for dir in ["/usr/bin", "/usr/sbin", "/bin", "/sbin"] {
        let p = Path::new(dir).join(tool);
        if p.exists() {
            return Ok(p);
        }
    }
    Err(())
}

/// PIDs of processes with a thread of fuser's worker loop (`fuser-N`) whose environment
/// names `marker` (the XDG_CONFIG_HOME the test gave den): this test's FUSE servers.
fn fuse_servers(marker: &str) -> Vec<i32> {
    let mut out = Vec::new();
    for entry in fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(tasks) = fs::read_dir(entry.path().join("task")) else {
            continue;
        };
        // The whole entry: one test's marker is a prefix of another's.
        let env = fs::read(entry.path().join("environ")).unwrap_or_default();
        let want = format!("XDG_CONFIG_HOME={marker}");
        if !env.split(|b| *b == 0).any(|e| e == want.as_bytes()) {
            continue;
        }
        if tasks.flatten().any(|t| {
            fs::read_to_string(t.path().join("comm")).is_ok_and(|c| c.starts_with("fuser-"))
        }) {
            out.push(pid);
        }
    }
    out
}

/// Whether any process's mount table still shows a den FUSE mount over the container `id`'s
/// layers (its mount point lives under the container's own dir).
fn fuse_mount_anywhere(id: &str) -> bool {
    fs::read_dir("/proc").unwrap().flatten().any(|e| {
        fs::read_to_string(e.path().join("mountinfo"))
            .is_ok_and(|m| m.lines().any(|l| l.contains("den-fuse:") && l.contains(id)))
    })
}

#[test]
fn killing_the_fuse_server_leaves_no_mount_and_a_usable_store() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let cfg = fuse_config(user, "fuse-config-kill");
        let marker = cfg.to_str().unwrap().to_string();
        let id = user
            .den(&["run", "-d", "--name", "fk", DEBIAN_IMAGE, "sleep", "600"])
            .env("XDG_CONFIG_HOME", &marker)
            .run()
            .success("detached run on fuse");
        let id = id.trim().to_string();
        assert!(
            fuse_mount_anywhere(&id),
            "the container's FUSE mount is not where the test looks for it"
        );
        let new = fuse_servers(&marker);
        assert_eq!(new.len(), 1, "one FUSE server for the container: {new:?}");
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(new[0]),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        user.den(&["rm", "-f", "fk"])
            .run()
            .success("rm -f after the server died");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while (fuse_mount_anywhere(&id) || !fuse_servers(&marker).is_empty())
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert!(
            !fuse_mount_anywhere(&id),
            "a fuse.den mount outlived its container"
        );
        assert!(
            fuse_servers(&marker).is_empty(),
            "a FUSE server outlived its container"
        );
        let out = user
            .den(&["run", "--rm", DEBIAN_IMAGE, "cat", "/den-layer2"])
            .env("XDG_CONFIG_HOME", cfg.to_str().unwrap())
            .run()
            .success("the store is usable afterwards");
        assert_eq!(out, "layer2\n");
    });
}

fn parent_of(pid: i32) -> i32 {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("PPid:"))
        .and_then(|p| p.trim().parse().ok())
        .unwrap_or(0)
}

/// Waits until this test's FUSE server exists; its pid.
fn wait_for_server(marker: &str) -> i32 {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        if let [pid] = fuse_servers(marker)[..] {
            return pid;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no FUSE server started"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// The server, the container's init and den (or the monitor) end, and no mount of the
/// container's stays; then the container can be removed and the store used again.
fn assert_all_gone(user: &User, marker: &str, id_part: &str, cfg: &Path, name: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while (!fuse_servers(marker).is_empty() || fuse_mount_anywhere(id_part))
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(
        fuse_servers(marker).is_empty(),
        "the FUSE server outlived the kill"
    );
    assert!(
        !fuse_mount_anywhere(id_part),
        "a fuse.den mount outlived the kill"
    );
    user.den(&["rm", "-f", name])
        .run()
        .success("rm -f after the kill");
    let out = user
        .den(&["run", "--rm", DEBIAN_IMAGE, "cat", "/den-layer2"])
        .env("XDG_CONFIG_HOME", cfg.to_str().unwrap())
        .run()
        .success("the store is usable afterwards");
    assert_eq!(out, "layer2\n");
}

#[test]
fn killing_den_or_the_monitor_leaves_no_mount() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        // Foreground: den is the grandparent of the server (den -> container init -> server).
        let cfg = fuse_config(user, "fuse-config-kill-den");
        let marker = cfg.to_str().unwrap().to_string();
        let mut child = user
            .den(&["run", "--name", "fkd", DEBIAN_IMAGE, "sleep", "600"])
            .env("XDG_CONFIG_HOME", &marker)
            .command()
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let server = wait_for_server(&marker);
        let den = parent_of(parent_of(server));
        assert!(
            fs::read_to_string(format!("/proc/{den}/cmdline")).is_ok_and(|c| c.contains("fkd")),
            "the server's grandparent is not den"
        );
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(den),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        let _ = child.wait();
        // This container's mount only: another test's container may run on fuse meanwhile.
        let fkd = user
            .den(&["ps", "-aq", "--no-trunc", "--filter", "name=fkd"])
            .run()
            .success("ps of fkd");
        let fkd = fkd.trim();
        assert_eq!(fkd.len(), 64, "the id of fkd: {fkd:?}");
        assert_all_gone(user, &marker, fkd, &cfg, "fkd");

        // Detached: the monitor is the grandparent.
        let cfg = fuse_config(user, "fuse-config-kill-monitor");
        let marker = cfg.to_str().unwrap().to_string();
        let id = user
            .den(&["run", "-d", "--name", "fkm", DEBIAN_IMAGE, "sleep", "600"])
            .env("XDG_CONFIG_HOME", &marker)
            .run()
            .success("detached run on fuse");
        let server = wait_for_server(&marker);
        let monitor = parent_of(parent_of(server));
        assert!(monitor > 1, "no monitor found");
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(monitor),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        assert_all_gone(user, &marker, id.trim(), &cfg, "fkm");
    });
}

/// Writes go through the kernel's writeback cache on this driver: a write-only handle must
/// serve the read of a partly written page, appends from separate opens must land in order,
/// a write must move mtime, and fsync (file and directory) must succeed, whether the mount is
/// volatile (`--rm`: fsync returns at once) or not, where the data must reach the upper dir.
const CACHED_WRITES: &str = "set -e; \
    printf abcdef > /f; printf X | dd of=/f bs=1 seek=2 conv=notrunc status=none; cat /f; echo; \
    echo one > /log; echo two >> /log; sh -c 'echo three >> /log'; tr '\\n' ' ' < /log; echo; \
    dd if=/dev/zero of=/z bs=64k count=16 conv=fsync status=none; stat -c %s /z; \
    sync /f /log; touch -d @1000000000 /t; echo x >> /t; \
    test \"$(stat -c %Y /t)\" -gt 1000000000 && echo mtime-moved; \
    mkdir /d; sync /d && echo dir-synced";

#[test]
fn cached_writes_land_where_the_program_put_them() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let cfg = fuse_config(user, "fuse-writes");
        let cfg = cfg.to_str().unwrap();
        let want = "abXdef\none two three \n1048576\nmtime-moved\ndir-synced\n";
        let volatile = user
            .den(&["run", "--rm", DEBIAN_IMAGE, "sh", "-c", CACHED_WRITES])
            .env("XDG_CONFIG_HOME", cfg)
            .run()
            .success("writes on a --rm (volatile) fuse mount");
        assert_eq!(volatile, want, "--rm");
        let kept = user
            .den(&[
                "run",
                "--name",
                "fw",
                DEBIAN_IMAGE,
                "sh",
                "-c",
                CACHED_WRITES,
            ])
            .env("XDG_CONFIG_HOME", cfg)
            .run()
            .success("writes on a kept fuse mount");
        assert_eq!(kept, want, "kept container");
        // After the container's end the upper dir on disk holds what the program wrote.
        let upper = user
            .den(&[
                "inspect",
                "--format",
                "{{.GraphDriver.Data.UpperDir}}",
                "fw",
            ])
            .run()
            .success("inspect");
        let upper = Path::new(upper.trim());
        assert_eq!(fs::read_to_string(upper.join("f")).unwrap(), "abXdef");
        assert_eq!(
            fs::read_to_string(upper.join("log")).unwrap(),
            "one\ntwo\nthree\n"
        );
        assert_eq!(fs::metadata(upper.join("z")).unwrap().len(), 1 << 20);
        user.den(&["rm", "fw"]).run().success("rm");
    });
}

/// Files removed while open, under the kernel's writeback cache: ftruncate and a write of a
/// file unlinked while open (apt's cache files), then the close of an image file removed or
/// replaced by a rename while open. The kernel sends a SETATTR of the inode's times after the
/// unlink or rename; when the server failed it (ENOENT: the path is gone) the close gave EIO
/// and apt-get failed. As the container's root and with keep-id (the server in the store's
/// namespace).
const REMOVED_WHILE_OPEN: &str = r#"
open(my $u, "+>", "/var/tmp/u") or die "open: $!"; unlink "/var/tmp/u" or die "unlink: $!";
truncate($u, 70000) or die "ftruncate: $!"; sysseek($u, 65536, 0); syswrite($u, "abc") == 3 or die "write: $!";
print((stat($u))[7], "\n"); close($u) or die "close unlinked: $!";
open(my $l, "<", "/etc/debian_version") or die "open: $!"; unlink "/etc/debian_version" or die "rm: $!";
close($l) or die "close removed: $!";
open(my $h, "<", "/etc/os-release") or die "open: $!";
open(my $n, ">", "/etc/new") or die; print $n "new\n"; close($n) or die "close new: $!";
rename("/etc/new", "/etc/os-release") or die "rename: $!"; close($h) or die "close replaced: $!";
print "ok\n";
"#;

#[test]
fn files_removed_while_open_close_cleanly() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let cfg = fuse_config(user, "fuse-removed");
        for userns in [None, Some("--userns=keep-id")] {
            // keep-id runs as the user: root of the container may remove /etc's files.
            let mut args = vec!["run", "--rm"];
            args.extend(userns);
            args.extend(["--user", "0"]);
            args.extend([DEBIAN_IMAGE, "perl", "-e", REMOVED_WHILE_OPEN]);
            let out = user
                .den(&args)
                .env("XDG_CONFIG_HOME", cfg.to_str().unwrap())
                .run()
                .success(&format!("files removed while open, {userns:?}"));
            assert_eq!(out, "70000\nok\n", "{userns:?}");
        }
    });
}

/// Directory listings without OPENDIR (READDIR by inode, one listing per pass, the kernel's
/// directory cache): a listing shows a change made just before it, and a lower directory's
/// merged listing loses a removed name; a program that removes each entry as it reads it sees
/// every one once, both on a directory not listed yet (its READDIRs after the first unlink
/// reach the server at later offsets) and on one the kernel has cached; a second pass over
/// a directory ending first does not disturb the first; telldir/seekdir go back to the same
/// names.
const LISTINGS: &str = r#"
sub names { opendir(my $d, $_[0]) or die "opendir $_[0]: $!"; my @n = grep { !/^\.\.?$/ } readdir($d); closedir($d); sort @n }
sub fill { mkdir($_[0]) or die; for my $i (1 .. 3000) { open(my $g, ">", "$_[0]/file-with-a-long-name-$i") or die; close($g) } }
my @skel = names("/etc/skel"); print scalar(@skel) > 0 ? "skel\n" : "empty skel\n";
open(my $f, ">", "/etc/skel/new") or die; close($f);
print join(",", grep { $_ eq "new" } names("/etc/skel")), "\n";
unlink("/etc/skel/new") or die; print scalar(grep { $_ eq "new" } names("/etc/skel")), "\n";
unlink("/etc/skel/$skel[0]") or die "unlink: $!"; print scalar(grep { $_ eq $skel[0] } names("/etc/skel")), "\n";
fill("/cold");
opendir(my $r, "/cold") or die; my $gone = 0;
while (defined(my $e = readdir($r))) { next if $e =~ /^\.\.?$/; unlink("/cold/$e") or die "unlink $e: $!"; $gone++ }
closedir($r); print "$gone ", scalar(my @left = names("/cold")), "\n"; rmdir("/cold") or die "rmdir: $!";
fill("/many");
opendir(my $a, "/many") or die; my %one; my $i = 0;
while (defined(my $e = readdir($a))) { next if $e =~ /^\.\.?$/; $one{$e}++; last if ++$i == 700 }
my @all = names("/many"); print scalar(@all), "\n";
while (defined(my $e = readdir($a))) { next if $e =~ /^\.\.?$/; $one{$e}++ }
closedir($a); print scalar(keys %one), " ", scalar(grep { $_ != 1 } values %one), "\n";
opendir(my $s, "/many") or die; readdir($s) for 1 .. 10; my $pos = telldir($s);
my @first = map { scalar readdir($s) } 1 .. 5; seekdir($s, $pos);
my @again = map { scalar readdir($s) } 1 .. 5; closedir($s);
print "@first" eq "@again" ? "seek ok\n" : "seek differs: @first / @again\n";
opendir(my $w, "/many") or die; $gone = 0;
while (defined(my $e = readdir($w))) { next if $e =~ /^\.\.?$/; unlink("/many/$e") or die "unlink $e: $!"; $gone++ }
closedir($w); print "$gone ", scalar(@left = names("/many")), "\n";
print "ok\n";
"#;

#[test]
fn directory_listings_follow_changes_and_survive_removal_while_read() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let cfg = fuse_config(user, "fuse-listings");
        let out = user
            .den(&["run", "--rm", DEBIAN_IMAGE, "perl", "-e", LISTINGS])
            .env("XDG_CONFIG_HOME", cfg.to_str().unwrap())
            .run()
            .success("directory listings on the fuse driver");
        assert_eq!(
            out, "skel\nnew\n0\n0\n3000 0\n3000\n3000 0\nseek ok\n3000 0\nok\n",
            "listings"
        );
    });
}
