//! A toolbox talks to the user's session, as the unprivileged users: an X client inside
//! reaches an Xvfb the test starts, `pactl info` a PulseAudio, `dbus-send` a session bus
//! (each server started as the test user, stopped by its pid). The toolbox image is
//! tests/setup/fixtures.sh's toolbox-rootfs.tar (Debian with sudo, x11-utils,
//! pulseaudio-utils, dbus), imported as localhost/den-toolbox.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use common::User;

const TOOLBOX_IMAGE: &str = "localhost/den-toolbox";

/// A program started as the test user, killed (its whole tree, by pid) when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        common::kill_tree(self.0.id());
        let _ = self.0.wait();
    }
}

fn start(user: &User, program: &str, args: &[&str]) -> Server {
    let child = user
        .command(program, args, true)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {program}: {e}"));
    Server(child)
}

fn wait_for(path: &Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "\"{}\" did not appear",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The toolbox image in the user's store, imported once per test process.
fn import_toolbox_image(user: &User) {
    static DONE: OnceLock<Mutex<Vec<PathBuf>>> = OnceLock::new();
    let done = DONE.get_or_init(|| Mutex::new(Vec::new()));
    let mut done = done
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if done.contains(&user.home) {
        return;
    }
    let tar = common::fixtures().unwrap().join("toolbox-rootfs.tar");
    require!(
        tar.exists(),
        "the toolbox fixture is missing: run tests/setup/root.sh (as root)"
    );
    user.den(&["import", tar.to_str().unwrap(), TOOLBOX_IMAGE])
        .timeout(Duration::from_secs(600))
        .run()
        .success("importing the toolbox rootfs");
    done.push(user.home.clone());
}

fn have(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(program).is_file()))
}

/// A project with a den.toml for the toolbox image; its toolbox is removed at the end.
struct Project<'a> {
    user: &'a User,
    dir: PathBuf,
    name: String,
}

impl<'a> Project<'a> {
    fn new(user: &'a User, what: &str) -> Project<'a> {
        let name = format!("tbs-{what}-{}", if user.subids { "sub" } else { "one" });
        let dir = user.fresh_dir(what);
        let p = Project { user, dir, name };
        p.write("");
        let _ = user.den(&["rm", "-f", &p.name]).run();
        p
    }

    /// The den.toml: the name, the toolbox image, then `extra` lines.
    fn write(&self, extra: &str) {
        fs::write(
            self.dir.join("den.toml"),
            format!(
                "name = \"{}\"\nimage = \"{TOOLBOX_IMAGE}\"\n{extra}",
                self.name
            ),
        )
        .unwrap();
    }

    fn shell(&self, env: &[(&str, &str)], command: &[&str]) -> common::Run {
        let mut args = vec!["shell", "--project", self.dir.to_str().unwrap(), "--"];
        args.extend_from_slice(command);
        let mut den = self.user.den(&args).timeout(Duration::from_secs(300));
        for (k, v) in env {
            den = den.env(k, v);
        }
        den.run()
    }
}

impl Drop for Project<'_> {
    fn drop(&mut self) {
        let _ = self.user.den(&["rm", "-f", &self.name]).run();
    }
}

#[test]
fn sudo_works_without_a_password() {
    for_each_user!(|user| {
        import_toolbox_image(user);
        let p = Project::new(user, "sudo");
        // keep-id: the user inside (uid 0 in one-id mode); sudo, setuid root, makes them the
        // toolbox's root: no_new_privs is off and the sudoers drop-in needs no password.
        let (uid, _) = user.host_ids();
        let drop_in = format!("{} ALL=(ALL) NOPASSWD: ALL\n", user.host_name());
        if !user.subids {
            // One-id mode: the user is root inside already; sudo itself cannot run, since it
            // switches to uid 1 to read sudoers and only uid 0 exists.
            let out = p.shell(&[], &["sh", "-c", "id -u; cat /etc/sudoers.d/den-toolbox"]);
            assert_eq!(out.success("one-id"), format!("0\n{drop_in}"));
            continue;
        }
        let out = p.shell(
            &[],
            &[
                "sh",
                "-c",
                "id -u; sudo -n id -u; sudo -n cat /etc/sudoers.d/den-toolbox; \
                 getent hosts \"$(hostname)\" | tr -s ' \t' ' '",
            ],
        );
        // The hostname resolves (den's /etc/hosts has a line for it), so sudo does not warn
        // "unable to resolve host toolbox" as it did over the host's own /etc/hosts.
        let text = out.success("sudo inside");
        let (sudo, hosts) = text.split_at(text.find(&drop_in).unwrap_or(0) + drop_in.len());
        assert_eq!(sudo, format!("{uid}\n0\n{drop_in}"));
        assert!(hosts.starts_with("127.0.1.1 toolbox "), "getent: {hosts:?}");
        assert!(
            !out.stderr().contains("unable to resolve host"),
            "{}",
            out.stderr()
        );
    });
}

/// A package with one file, built on the host with dpkg-deb into the project (the working
/// tree is shared at its path), so apt-get installs it without a network.
fn probe_deb(dir: &Path) -> PathBuf {
    let root = dir.join("pkg");
    fs::create_dir_all(root.join("DEBIAN")).unwrap();
    fs::create_dir_all(root.join("usr/share/den-probe")).unwrap();
    fs::write(
        root.join("DEBIAN/control"),
        "Package: den-probe\nVersion: 1.0\nArchitecture: all\n\
         Maintainer: den tests <den@localhost>\nDescription: a file for den's toolbox test\n",
    )
    .unwrap();
    fs::write(root.join("usr/share/den-probe/hello"), "hello\n").unwrap();
    let deb = dir.join("den-probe.deb");
    let out = std::process::Command::new("dpkg-deb")
        .args(["--root-owner-group", "--build"])
        .arg(&root)
        .arg(&deb)
        .output()
        .expect("running dpkg-deb");
    assert!(out.status.success(), "dpkg-deb: {out:?}");
    deb
}

#[test]
fn apt_get_installs_a_package_as_the_toolbox_root() {
    for_each_user!(|user| {
        import_toolbox_image(user);
        let p = Project::new(user, "apt");
        let deb = probe_deb(&p.dir);
        // With a subordinate range through sudo. In one-id mode the user is root already, and
        // apt's download sandbox user (_apt, uid 42) has no id to become: den's drop-in in
        // /etc/apt/apt.conf.d keeps apt root there (without it: "seteuid 42 failed"), so a
        // plain apt-get works in both.
        let sudo = if user.subids { "sudo -n " } else { "" };
        let script = format!(
            "{sudo}apt-get install -y -q {} >/dev/null 2>&1 || exit 9; \
             dpkg-query -W -f '${{Status}}\\n' den-probe; stat -c '%U:%G' /usr/share/den-probe/hello",
            deb.display()
        );
        let out = p.shell(&[], &["sh", "-c", &script]);
        assert_eq!(
            out.success("apt-get install"),
            "install ok installed\nroot:root\n"
        );
    });
}

/// A flat apt repository in `dir/repo` with the probe package, and a sources directory
/// naming only it; the den.toml lines that make them apt's sources in the toolbox.
fn local_apt_repository(dir: &Path) -> String {
    use sha2::Digest;
    let repo = dir.join("repo");
    fs::create_dir_all(&repo).unwrap();
    let deb = repo.join("den-probe.deb");
    fs::rename(probe_deb(dir), &deb).unwrap();
    let bytes = fs::read(&deb).unwrap();
    fs::write(
        repo.join("Packages"),
        format!(
            "Package: den-probe\nVersion: 1.0\nArchitecture: all\n\
             Maintainer: den tests <den@localhost>\nDescription: a file for den's toolbox test\n\
             Filename: ./den-probe.deb\nSize: {}\nSHA256: {}\n",
            bytes.len(),
            hex::encode(sha2::Sha256::digest(&bytes))
        ),
    )
    .unwrap();
    let sources = dir.join("sources");
    fs::create_dir_all(&sources).unwrap();
    fs::write(
        sources.join("den.list"),
        format!("deb [trusted=yes] file:{} ./\n", repo.display()),
    )
    .unwrap();
    fs::write(dir.join("empty.list"), "").unwrap();
    format!(
        "mounts = [\"{0}/sources:/etc/apt/sources.list.d:ro\", \"{0}/empty.list:/etc/apt/sources.list:ro\"]\n",
        dir.display()
    )
}

/// den.toml's `packages` are installed once at creation, as the toolbox's root, with the
/// image's package manager. One-id mode: apt's sandbox user `_apt` has no id, so den runs
/// apt with APT::Sandbox::User=root (without it: "seteuid 42 failed", status 100). The
/// package comes from a file repository in the project, apt's only source: no network.
#[test]
fn den_toml_packages_are_installed_at_creation() {
    for_each_user!(|user| {
        import_toolbox_image(user);
        let p = Project::new(user, "packages");
        let mounts = local_apt_repository(&p.dir);
        p.write(&format!("packages = [\"den-probe\"]\n{mounts}"));
        let out = p.shell(
            &[],
            &[
                "sh",
                "-c",
                "dpkg-query -W -f '${Status}\\n' den-probe; stat -c '%U:%G' /usr/share/den-probe/hello",
            ],
        );
        assert_eq!(
            out.success("den shell with packages"),
            "install ok installed\nroot:root\n"
        );
        assert!(
            out.stderr().contains("den: installing den-probe"),
            "{}",
            out.stderr()
        );
        // Once: the next enter installs nothing.
        let again = p.shell(&[], &["true"]);
        again.success("second enter");
        assert!(!again.stderr().contains("installing"), "{}", again.stderr());
    });
}

#[test]
fn an_x_client_inside_reaches_the_users_xvfb() {
    require!(have("Xvfb"), "Xvfb is missing: run tests/setup/root.sh");
    for_each_user!(|user| {
        import_toolbox_image(user);
        // One display per user, so both users' runs and other test files do not meet.
        let display = if user.subids { ":73" } else { ":74" };
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{}", &display[1..]));
        let _x = start(user, "Xvfb", &[display, "-nolisten", "tcp"]);
        wait_for(&socket);
        let p = Project::new(user, "x11");
        let out = p.shell(&[("DISPLAY", display)], &["xdpyinfo"]);
        let text = out.success("xdpyinfo inside");
        assert!(
            text.contains(&format!("name of display:    {display}")),
            "{text}"
        );
    });
}

#[test]
fn pactl_inside_reaches_the_users_pulseaudio() {
    require!(
        have("pulseaudio"),
        "pulseaudio is missing: run tests/setup/root.sh"
    );
    for_each_user!(|user| {
        import_toolbox_image(user);
        let socket = user.runtime_dir.join("pulse/native");
        let _ = fs::remove_file(&socket);
        let _pulse = start(
            user,
            "pulseaudio",
            &[
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "-n",
                "--load=module-native-protocol-unix auth-anonymous=1",
                "--load=module-null-sink",
            ],
        );
        wait_for(&socket);
        let p = Project::new(user, "pulse");
        let out = p.shell(&[], &["pactl", "info"]);
        let text = out.success("pactl info inside");
        assert!(text.contains("Server Name: pulseaudio"), "{text}");
    });
}

#[test]
fn dbus_send_inside_reaches_the_users_session_bus() {
    for_each_user!(|user| {
        if !user.subids {
            // One-id mode: the user is uid 0 inside, and a session bus's EXTERNAL
            // authentication refuses a client that claims uid 0 from the user's socket.
            eprintln!("skipped in one-id mode: no keep-id, the bus refuses uid 0");
            continue;
        }
        import_toolbox_image(user);
        let bus = user.runtime_dir.join("bus");
        let _ = fs::remove_file(&bus);
        let address = format!("unix:path={}", bus.display());
        let _daemon = start(
            user,
            "dbus-daemon",
            &["--session", "--nofork", "--address", &address],
        );
        wait_for(&bus);
        let p = Project::new(user, "dbus");
        let out = p.shell(
            &[("DBUS_SESSION_BUS_ADDRESS", &address)],
            &[
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.ListNames",
            ],
        );
        let text = out.success("dbus-send inside");
        assert!(text.contains("org.freedesktop.DBus"), "{text}");
    });
}
