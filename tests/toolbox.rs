//! `den shell` and den.toml, as the unprivileged users: a project's toolbox made on first use
//! and reused, commands and their status, $HOME and the working tree at their paths, a
//! changed den.toml noticed, --recreate keeping a project's own $HOME, --export wrappers,
//! setup run once, a failed setup leaving nothing, integration switches.
//! One-id mode (den-nosub): the user is uid 0 inside, mapped to themselves; that is what
//! keep-id can mean there.

mod common;

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use common::User;

const DEBIAN: &str = "debian.oci.tar";
const DEBIAN_IMAGE: &str = "localhost/den-debian";
const BUSYBOX: &str = "busybox.docker.tar";
/// The image line of most tests' den.toml: busybox has the few programs they need, and loads
/// in a moment (the Debian fixture takes a minute and more in a debug build).
const IMAGE: &str = "image = \"busybox\"";

/// A project directory with a den.toml, whose toolbox is removed when the test ends.
struct Project<'a> {
    user: &'a User,
    dir: PathBuf,
    name: String,
}

impl<'a> Project<'a> {
    /// `$HOME/<what>` with a den.toml of `body` and `name = "tb-<what>-<sub|one>"`.
    fn new(user: &'a User, what: &str, body: &str) -> Project<'a> {
        let name = format!("tb-{what}-{}", if user.subids { "sub" } else { "one" });
        let dir = user.fresh_dir(what);
        let p = Project { user, dir, name };
        p.write(body);
        let _ = user.den(&["rm", "-f", &p.name]).run();
        p
    }

    fn write(&self, body: &str) {
        let file = self.dir.join("den.toml");
        fs::write(&file, format!("name = \"{}\"\n{body}", self.name)).unwrap();
        chown_to(self.user, &file);
    }

    /// `den shell --project DIR ARGS...`.
    fn shell(&self, args: &[&str]) -> common::Run {
        let mut all = vec!["shell", "--project", self.dir.to_str().unwrap()];
        all.extend_from_slice(args);
        self.user.den(&all).run()
    }

    fn id(&self) -> String {
        self.user
            .den(&["container", "inspect", "--format", "{{.Id}}", &self.name])
            .run()
            .success("inspect the toolbox")
            .trim()
            .to_string()
    }
}

impl Drop for Project<'_> {
    fn drop(&mut self) {
        let _ = self.user.den(&["rm", "-f", &self.name]).run();
    }
}

fn chown_to(user: &User, path: &Path) {
    let (uid, gid) = user.host_ids();
    nix::unistd::chown(
        path,
        Some(nix::unistd::Uid::from_raw(uid)),
        Some(nix::unistd::Gid::from_raw(gid)),
    )
    .unwrap();
}

/// `sh -c 'cd DIR && den ARGS...'` as the user: den finds den.toml from its working directory.
fn den_in_dir(user: &User, dir: &Path, args: &str) -> std::process::Output {
    let line = format!(
        "cd '{}' && exec '{}' {args}",
        dir.display(),
        common::den_binary().display()
    );
    user.command("sh", &["-c", &line], true)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn shell_runs_a_command_and_passes_its_status() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let p = Project::new(user, "status", IMAGE);
        let out = p.shell(&["--", "sh", "-c", "echo out; exit 7"]);
        out.code_is(7);
        // den's own notes go to stderr: stdout is the command's alone.
        assert_eq!(out.stdout(), "out\n");
        assert!(
            out.stderr().contains("making the toolbox"),
            "{}",
            out.stderr()
        );
        let again = p.shell(&["--", "sh", "-c", "exit 3"]);
        again.code_is(3);
        assert!(!again.stderr().contains("making"), "{}", again.stderr());
        // A program that does not exist: podman's 127.
        p.shell(&["--", "no-such-program-here"]).code_is(127);
    });
}

#[test]
fn second_shell_reuses_the_toolbox_and_setup_runs_once() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let p = Project::new(
            user,
            "reuse",
            &format!("{IMAGE}\nsetup = [\"echo ran >> /den-setup\", \"echo two >> /den-setup\"]"),
        );
        p.shell(&["--", "true"]).success("first shell");
        let first = p.id();
        let out = p.shell(&["--", "cat", "/den-setup"]);
        assert_eq!(out.success("second shell"), "ran\ntwo\n");
        assert_eq!(p.id(), first, "the second den shell made a new container");
        // A stopped toolbox is started again, the same container.
        user.den(&["stop", "-t", "1", &p.name])
            .run()
            .success("stop");
        let out = p.shell(&["--", "cat", "/den-setup"]);
        assert_eq!(out.success("shell after stop"), "ran\ntwo\n");
        assert_eq!(p.id(), first);
    });
}

#[test]
fn home_and_working_tree_are_shared_at_their_paths() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let p = Project::new(user, "home", IMAGE);
        let home = fs::canonicalize(&user.home).unwrap();
        let out = p.shell(&[
            "--",
            "sh",
            "-c",
            "echo $HOME; hostname; touch $HOME/made-inside",
        ]);
        assert_eq!(
            out.success("shell"),
            format!("{}\ntoolbox\n", home.display())
        );
        let made = fs::metadata(user.home.join("made-inside")).unwrap();
        assert_eq!(
            (made.uid(), made.gid()),
            user.host_ids(),
            "a file made in $HOME inside belongs to the user on the host"
        );
        fs::remove_file(user.home.join("made-inside")).unwrap();
        // From a subdirectory, den finds den.toml upward and enters at the same directory.
        let sub = p.dir.join("src/deep");
        fs::create_dir_all(&sub).unwrap();
        chown_to(user, &sub);
        chown_to(user, &p.dir.join("src"));
        let out = den_in_dir(user, &sub, "shell -- pwd");
        assert!(out.status.success(), "{out:?}");
        let want = fs::canonicalize(&sub).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("{}\n", want.display())
        );
    });
}

#[test]
fn no_den_toml_is_refused_with_a_hint() {
    for_each_user!(|user| {
        let dir = user.fresh_dir("nothing-here");
        let out = den_in_dir(user, &dir, "shell -- true");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(125), "{err}");
        assert!(err.contains("no den.toml in"), "{err}");
        assert!(err.contains("hint: "), "{err}");
    });
}

#[test]
fn unknown_key_names_the_file_and_line() {
    for_each_user!(|user| {
        let p = Project::new(user, "badkey", "image = \"x\"\npackges = [\"git\"]\n");
        let out = p.shell(&["--", "true"]);
        out.code_is(125)
            .stderr_has("den.toml:3: unknown field `packges`");
        let p = Project::new(user, "badport", "image = \"x\"\nports = [\"8080:80\"]\n");
        p.shell(&["--", "true"])
            .code_is(125)
            .stderr_has("den cannot publish ports yet");
    });
}

#[test]
fn changed_den_toml_is_noticed_and_recreate_keeps_the_project_home() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let body = format!("{IMAGE}\nhome = \"project\"");
        let p = Project::new(user, "recreate", &body);
        let home = fs::canonicalize(&user.home).unwrap();
        let out = p.shell(&[
            "--",
            "sh",
            "-c",
            "echo kept > $HOME/in-project-home; echo gone > /in-container; echo $HOME",
        ]);
        assert_eq!(out.success("first shell"), format!("{}\n", home.display()));
        assert!(
            !user.home.join("in-project-home").exists(),
            "home = \"project\" wrote into the host's $HOME"
        );
        let first = p.id();
        let quiet = p.shell(&["--", "true"]);
        assert!(!quiet.stderr().contains("changed"), "{}", quiet.stderr());
        p.write(&format!("{body}\nenv = {{ DEN_TEST = \"1\" }}"));
        p.shell(&["--", "true"])
            .stderr_has("changed since the toolbox");
        assert_eq!(p.id(), first, "a changed den.toml alone does not recreate");
        let out = p.shell(&[
            "--recreate",
            "--",
            "sh",
            "-c",
            "cat $HOME/in-project-home; echo $DEN_TEST; test -e /in-container || echo fresh",
        ]);
        assert_eq!(out.success("recreate"), "kept\n1\nfresh\n");
        assert_ne!(p.id(), first);
        let after = p.shell(&["--", "true"]);
        assert!(!after.stderr().contains("changed"), "{}", after.stderr());
    });
}

#[test]
fn export_writes_a_wrapper_that_runs_in_the_toolbox() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let p = Project::new(user, "export", IMAGE);
        let wrapper = user.home.join(".local/bin/hostname");
        let _ = fs::remove_file(&wrapper);
        let out = p.shell(&["--export", "hostname"]);
        assert_eq!(out.success("export"), format!("{}\n", wrapper.display()));
        let ran = user
            .command(wrapper.to_str().unwrap(), &[], true)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(ran.status.success(), "{ran:?}");
        assert_eq!(String::from_utf8_lossy(&ran.stdout), "toolbox\n");
        p.shell(&["--export", "no-such-program"])
            .code_is(125)
            .stderr_has("there is no program \"no-such-program\"");
        fs::remove_file(&wrapper).unwrap();
    });
}

#[test]
fn failed_setup_removes_the_toolbox() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        // busybox has no package manager: the step fails and the toolbox goes.
        let p = Project::new(user, "nopm", "image = \"busybox\"\npackages = [\"git\"]");
        p.shell(&["--", "true"])
            .code_is(125)
            .stderr_has("none of apt-get, dnf, apk, pacman, zypper")
            .stderr_has("it was removed");
        let names = user.den(&["ps", "-a", "--format", "{{.Names}}"]).run();
        assert!(
            !names.success("ps").lines().any(|l| l == p.name),
            "{}",
            names.stdout()
        );
        let p = Project::new(
            user,
            "badsetup",
            "image = \"busybox\"\nsetup = [\"true\", \"exit 4\"]",
        );
        p.shell(&["--", "true"])
            .code_is(125)
            .stderr_has("setup command 2 (\"exit 4\") exited with status 4");
    });
}

#[test]
fn hosts_integration_is_switchable() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let host = fs::read_to_string("/etc/hosts").unwrap();
        let p = Project::new(user, "hosts", IMAGE);
        // The host's names plus one line for the hostname (the host's file is not bound: it
        // has no line for "toolbox", and sudo warned "unable to resolve host toolbox").
        let hosts = p.shell(&["--", "cat", "/etc/hosts"]).success("hosts");
        let added = hosts
            .strip_prefix(host.as_str())
            .unwrap_or_else(|| panic!("the toolbox's /etc/hosts starts with the host's:\n{hosts}"));
        let words: Vec<&str> = added.split_whitespace().collect();
        assert!(
            words.len() >= 2 && words[1] == "toolbox" && words.contains(&p.name.as_str()),
            "one line for the hostname and the name after the host's lines: {added:?}"
        );
        assert_eq!(
            fs::read_to_string("/etc/hosts").unwrap(),
            host,
            "the host's /etc/hosts is unchanged"
        );
        let p = Project::new(
            user,
            "nohosts",
            "image = \"busybox\"\n[integration]\nhosts = false",
        );
        // hosts = false: the image's own /etc/hosts, as `--no-hosts` (busybox has none).
        let probe = "cat /etc/hosts 2>/dev/null; echo end";
        let own = p.shell(&["--", "sh", "-c", probe]).success("own hosts");
        let image = user
            .den(&["run", "--rm", "--no-hosts", "busybox", "sh", "-c", probe])
            .run();
        assert_eq!(own, image.success("run --no-hosts"));
    });
}

#[test]
fn image_toolbox_outside_a_project() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let name = format!("tb-image-{}", if user.subids { "sub" } else { "one" });
        let _ = user.den(&["rm", "-f", &name]).run();
        let out = user
            .den(&[
                "shell", "--image", "busybox", "--name", &name, "--", "hostname",
            ])
            .run();
        assert_eq!(out.success("shell --image"), "toolbox\n");
        let list = user.den(&["shell", "--list"]).run();
        assert!(
            list.success("list")
                .lines()
                .any(|l| l.starts_with(&name) && l.ends_with("image")),
            "{}",
            list.stdout()
        );
        user.den(&["shell", "--image", "busybox", "--name", &name, "--rm"])
            .run()
            .success("shell --rm");
        assert!(user.den(&["container", "exists", &name]).run().code() != 0);
    });
}

/// keep-id: the user's own uid and name inside, the image's owners intact.
#[test]
fn inside_the_user_is_themselves() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let p = Project::new(user, "keepid", &format!("image = \"{DEBIAN_IMAGE}\""));
        let out = p.shell(&["--", "sh", "-c", "id -un; id -u"]);
        let (uid, _) = user.host_ids();
        let want = if user.subids {
            format!("{}\n{uid}\n", user.host_name())
        } else {
            // One-id mode: uid 0 inside is the user.
            "root\n0\n".to_string()
        };
        assert_eq!(out.success("keep-id"), want);
        if user.subids {
            // The image's own owners stay: /etc/shadow is of group shadow.
            let group = p.shell(&["--", "stat", "-c", "%G", "/etc/shadow"]);
            assert_eq!(group.success("stat"), "shadow\n");
        }
    });
}
