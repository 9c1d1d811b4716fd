//! Behaviour tests: the real den binary, run as unprivileged users (with subordinate id
//! ranges, and without: one-id mode), against the image fixtures that tests/setup builds.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::probe::{cap_names, has_option, mount};
use common::sha256_hex;
use serde_json::json;

const BUSYBOX: &str = "busybox.docker.tar";
const DEBIAN: &str = "debian.oci.tar";

#[test]
fn run_prints_uid_0_and_maps_the_users_ranges() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let out = user.den(&["run", "--rm", "busybox", "id", "-u"]).run();
        assert_eq!(out.success("den run id").trim(), "0");
        let report = user.probe(None, &["busybox"]);
        let root = json!({"real": 0, "effective": 0, "saved": 0, "fs": 0});
        assert_eq!(report["uid"], root, "{report:#}");
        assert_eq!(report["gid"], root, "{report:#}");
        let (uid, gid) = user.host_ids();
        for (key, host, file) in [
            ("uid_map", uid, "/etc/subuid"),
            ("gid_map", gid, "/etc/subgid"),
        ] {
            let map = report[key].as_array().expect(key);
            // Root inside is the user outside.
            assert_eq!(map[0], json!([0, host, 1]), "{key}: {map:?}");
            if user.subids {
                assert_eq!(map.len(), 2, "{key}: {map:?}");
                let (inside, start, count) = (&map[1][0], &map[1][1], &map[1][2]);
                assert_eq!(inside, 1, "{key}: {map:?}");
                let (start, count) = (start.as_u64().unwrap(), count.as_u64().unwrap());
                assert!(count >= 65536, "{key}: range too small: {map:?}");
                assert!(
                    user.subid_ranges(file)
                        .iter()
                        .any(|&(s, n)| s <= start && start + count <= s + n),
                    "{key}: {map:?} is not within the user's ranges in {file}"
                );
            } else {
                assert_eq!(map.len(), 1, "one-id mode maps one id: {map:?}");
            }
        }
    });
}

#[test]
fn one_id_mode_prints_a_notice_not_an_error() {
    for_each_user!(|user| {
        // A fresh store: the notice shows on a store's first command only.
        let store = user.fresh_dir("notice-store");
        let out = user
            .den_in(&store, &["load", "-i", &common::fixture(BUSYBOX)])
            .run();
        out.success("den load");
        assert_eq!(
            out.stderr().contains("one-id mode"),
            !user.subids,
            "notice shown exactly in one-id mode: {}",
            out.stderr()
        );
        let out = user
            .den_in(&store, &["run", "--rm", "busybox", "true"])
            .run();
        out.success("den run true");
    });
}

#[test]
fn debian_layers_keep_owners_whiteouts_and_opaque_dirs() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let path = "/var/cache/apt/archives/partial";
        let report = user
            .probe_with(None, &["localhost/den-debian"])
            .stat(&[path])
            .json();
        assert_eq!(
            report["stat"][path],
            expected_stat(user, path),
            "owner and mode kept"
        );
        let script = "test -e /etc/issue.net && echo issue.net-present; \
                      ls -A /etc/skel; cat /den-layer2; cat /etc/debian_version";
        let out = user
            .den(&["run", "--rm", "localhost/den-debian", "sh", "-c", script])
            .run()
            .success("inspecting the debian image");
        let lines: Vec<&str> = out.lines().collect();
        assert!(
            !out.contains("issue.net-present"),
            "whiteout ignored: {out}"
        );
        assert_eq!(lines[0], "den-new-file", "opaque dir not applied: {out}");
        assert_eq!(lines[1], "layer2");
        assert!(lines[2].starts_with("12."), "not bookworm: {out}");
    });
}

/// What the probe's `--stat` must show for `path` of the Debian fixture, from fixtures.json: its
/// owner there (in one-id mode every file belongs to the user, who is root inside) and mode.
fn expected_stat(user: &common::User, path: &str) -> serde_json::Value {
    let expect = &common::fixture_info(DEBIAN)["expect"];
    let (uid, gid) = if user.subids {
        let owner = &expect["owners"][path];
        (owner[0].clone(), owner[1].clone())
    } else {
        (json!(0), json!(0))
    };
    json!({"uid": uid, "gid": gid, "mode": expect["modes"][path], "type": "directory"})
}

#[test]
fn exit_status_and_stdin_pass_through() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&["run", "--rm", "busybox", "sh", "-c", "exit 7"])
            .run()
            .code_is(7);
        let out = user
            .den(&["run", "-i", "--rm", "busybox", "cat"])
            .stdin(b"x\n")
            .run();
        assert_eq!(out.success("piping through cat"), "x\n");
        // Without -i the program does not read den's stdin, as podman.
        let out = user
            .den(&["run", "--rm", "busybox", "cat"])
            .stdin(b"ignored\n")
            .run();
        assert_eq!(out.success("cat without -i"), "");
        user.den(&["run", "--rm", "busybox", "sh", "-c", "kill -9 $$"])
            .run()
            .code_is(137);
    });
}

#[test]
fn command_errors_use_podman_exit_codes_and_say_why() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        user.den(&["run", "--rm", "busybox", "no-such-program"])
            .run()
            .code_is(127)
            .stderr_has("\"no-such-program\" not found");
        user.den(&["run", "--rm", "busybox", "/etc/passwd"])
            .run()
            .code_is(126)
            .stderr_has("permission denied");
        user.den(&["run", "--rm", "--pull", "never", "no-such-image"])
            .run()
            .code_is(125)
            .stderr_has("not found");
        user.den(&["run", "--rm", "-v", "/no/such/dir:/x", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("/no/such/dir");
    });
}

#[test]
fn sigterm_reaches_a_program_without_handlers() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let mut child = user
            .den(&["run", "--rm", "busybox", "sleep", "60"])
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // runuser passes SIGTERM on to den; den to its init; init to sleep (PID 2).
        let den_pid = wait_for_den_pid(child.id());
        std::thread::sleep(Duration::from_millis(300));
        nix::sys::signal::kill(den_pid, nix::sys::signal::Signal::SIGTERM).unwrap();
        let start = Instant::now();
        let status = child.wait().unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "SIGTERM was ignored"
        );
        assert_eq!(status.code(), Some(143), "128 + SIGTERM");
    });
}

/// The den process under `runuser` (or den itself when run directly).
fn wait_for_den_pid(launcher: u32) -> nix::unistd::Pid {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if !common::is_root() {
            return nix::unistd::Pid::from_raw(launcher as i32);
        }
        let children = fs::read_to_string(format!("/proc/{launcher}/task/{launcher}/children"))
            .unwrap_or_default();
        if let Some(pid) = children.split_whitespace().next() {
            return nix::unistd::Pid::from_raw(pid.parse().unwrap());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("den did not start");
}

#[test]
fn flags_env_workdir_volumes_tmpfs_read_only_hostname_network() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let shared = user.home.join("shared");
        fs::create_dir_all(&shared).unwrap();
        fs::write(shared.join("in.txt"), "from host\n").unwrap();
        chown_to(user, &shared);
        chown_to(user, &shared.join("in.txt"));
        let env_file = user.home.join("env.list");
        fs::write(&env_file, "# comment\nFROM_FILE=yes\n").unwrap();
        chown_to(user, &env_file);
        let vol = format!("{}:/data", shared.display());
        let ro = format!("{}:/ro:ro", shared.display());
        let script = "cat /data/in.txt; echo out > /data/out.txt; \
                      touch /ro/x 2>/dev/null || echo ro-ok; \
                      touch /scratch/y && echo tmpfs-ok; \
                      touch /newfile 2>/dev/null || echo rootfs-ro; \
                      pwd; echo $FOO $FROM_FILE; hostname; cat /etc/hostname; ls /sys/class/net; \
                      grep -c . /etc/hosts >/dev/null && echo hosts-ok";
        let out = user
            .den(&[
                "run",
                "--rm",
                "-v",
                &vol,
                "-v",
                &ro,
                "--tmpfs",
                "/scratch",
                "--read-only",
                // An existing directory: a missing --workdir is 126, as podman (run_flags.rs).
                "-w",
                "/scratch",
                "-e",
                "FOO=bar",
                "--env-file",
                env_file.to_str().unwrap(),
                "--hostname",
                "box",
                "--network",
                "none",
                "busybox",
                "sh",
                "-c",
                script,
            ])
            .run()
            .success("flags");
        let expected =
            "from host\nro-ok\ntmpfs-ok\nrootfs-ro\n/scratch\nbar yes\nbox\nbox\nlo\nhosts-ok\n";
        assert_eq!(out, expected);
        assert_eq!(fs::read_to_string(shared.join("out.txt")).unwrap(), "out\n");
        // The same flags, as mounts the probe sees.
        let report = user.probe(
            None,
            &[
                "-v",
                &vol,
                "-v",
                &ro,
                "--tmpfs",
                "/scratch",
                "--read-only",
                "-w",
                "/scratch",
                "--hostname",
                "box",
                "busybox",
            ],
        );
        assert_eq!(report["cwd"], "/scratch");
        assert_eq!(report["hostname"], "box");
        assert!(has_option(mount(&report, "/"), "ro"), "--read-only");
        assert!(has_option(mount(&report, "/ro"), "ro"), ":ro volume");
        assert!(!has_option(mount(&report, "/data"), "ro"), "rw volume");
        assert_eq!(mount(&report, "/scratch")["fs_type"], "tmpfs");
        // A named volume keeps its content between containers.
        user.den(&[
            "run",
            "--rm",
            "-v",
            "keep:/v",
            "busybox",
            "sh",
            "-c",
            "echo kept > /v/f",
        ])
        .run()
        .success("writing a named volume");
        let out = user
            .den(&["run", "--rm", "-v", "keep:/v", "busybox", "cat", "/v/f"])
            .run()
            .success("reading a named volume");
        assert_eq!(out, "kept\n");
    });
}

// `-v DIR:/` reached the container's setup, which failed with "opening /dev/null: ENOENT":
// nothing refused a mount over the container's root.
#[test]
fn volume_onto_the_root_is_refused_before_the_container_runs() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let dir = user.fresh_dir("onto-root");
        let spec = format!("{}:/", dir.display());
        user.den(&["run", "--rm", "-v", &spec, "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("cannot mount over the container's root \"/\"");
        user.den(&["run", "--rm", "--tmpfs", "/", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("cannot mount over the container's root \"/\"");
    });
}

// `--network host` could not override run.network = "none" in config.toml: the flag's
// default was "host", so a given "host" was taken for no flag.
#[test]
fn network_host_flag_overrides_config_network_none() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let config = user.fresh_dir("net-config");
        fs::create_dir_all(config.join("den")).unwrap();
        fs::write(
            config.join("den/config.toml"),
            "[run]\nnetwork = \"none\"\n",
        )
        .unwrap();
        let config = config.display().to_string();
        let interfaces = |flags: &[&str]| {
            let mut args = vec!["run", "--rm"];
            args.extend_from_slice(flags);
            args.extend_from_slice(&["busybox", "cat", "/proc/net/dev"]);
            let out = user
                .den(&args)
                .env("XDG_CONFIG_HOME", &config)
                .run()
                .success("reading the container's interfaces");
            out.lines()
                .skip(2)
                .filter_map(|l| l.split(':').next())
                .map(|n| n.trim().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            interfaces(&[]),
            ["lo"],
            "run.network = \"none\" is the default"
        );
        let host = fs::read_to_string("/proc/net/dev").unwrap().lines().count() - 2;
        assert_eq!(
            interfaces(&["--network", "host"]).len(),
            host,
            "the flag wins"
        );
        assert_eq!(interfaces(&["--network", "none"]), ["lo"]);
    });
}

/// An OCI layout of the busybox fixture whose config's Env has `count` more entries.
fn busybox_with_env(dir: &Path, name: &str, count: usize) {
    let from = PathBuf::from(common::fixture("busybox.oci"));
    let blob = |digest: &str| {
        from.join("blobs/sha256")
            .join(digest.trim_start_matches("sha256:"))
    };
    let index: serde_json::Value =
        serde_json::from_slice(&fs::read(from.join("index.json")).unwrap()).unwrap();
    let mut manifest: serde_json::Value = serde_json::from_slice(
        &fs::read(blob(index["manifests"][0]["digest"].as_str().unwrap())).unwrap(),
    )
    .unwrap();
    let mut config: serde_json::Value = serde_json::from_slice(
        &fs::read(blob(manifest["config"]["digest"].as_str().unwrap())).unwrap(),
    )
    .unwrap();
    let env = config["config"]["Env"].as_array_mut().unwrap();
    env.extend((0..count).map(|i| serde_json::Value::from(format!("V{i}={i}"))));
    let blobs = dir.join("blobs/sha256");
    fs::create_dir_all(&blobs).unwrap();
    let put = |data: &[u8]| {
        let hex = sha256_hex(data);
        fs::write(blobs.join(&hex), data).unwrap();
        (format!("sha256:{hex}"), data.len())
    };
    let (digest, size) = put(config.to_string().as_bytes());
    manifest["config"]["digest"] = digest.into();
    manifest["config"]["size"] = size.into();
    for l in manifest["layers"].as_array().unwrap() {
        let d = l["digest"].as_str().unwrap();
        fs::copy(blob(d), blobs.join(d.trim_start_matches("sha256:"))).unwrap();
    }
    let (digest, size) = put(manifest.to_string().as_bytes());
    let mut index = index.clone();
    index["manifests"][0]["digest"] = digest.into();
    index["manifests"][0]["size"] = size.into();
    index["manifests"][0]["annotations"]["org.opencontainers.image.ref.name"] = name.into();
    fs::write(dir.join("index.json"), index.to_string()).unwrap();
    fs::copy(from.join("oci-layout"), dir.join("oci-layout")).unwrap();
}

// An image config with 200,000 Env entries made run and create spin at 100% CPU for minutes:
// each entry was merged by searching the whole list.
#[test]
fn huge_image_env_is_refused_quickly_not_merged_for_minutes() {
    for_each_user!(|user| {
        let layout = user.fresh_dir("big-env");
        busybox_with_env(&layout, "localhost/big-env:latest", 200_000);
        user.den(&["load", "-i", layout.to_str().unwrap()])
            .run()
            .success("loading the image with a huge Env");
        // A debug build on a busy machine: the bound is loose; the quadratic merge took minutes.
        for verb in ["run", "create"] {
            let start = Instant::now();
            user.den(&[verb, "--rm", "localhost/big-env", "true"])
                .timeout(Duration::from_secs(20))
                .run()
                .code_is(125)
                .stderr_has("environment is too large for execve (E2BIG): 200004 variables");
            eprintln!(
                "den {verb} refused the environment in {:?}",
                start.elapsed()
            );
        }
        // An environment that fits still runs.
        let layout = user.fresh_dir("fair-env");
        busybox_with_env(&layout, "localhost/fair-env:latest", 2_000);
        user.den(&["load", "-i", layout.to_str().unwrap()])
            .run()
            .success("loading the image with a fair Env");
        let out = user
            .den(&[
                "run",
                "--rm",
                "localhost/fair-env",
                "sh",
                "-c",
                "echo $V1999",
            ])
            .run()
            .success("running with 2,000 variables");
        assert_eq!(out, "1999\n");
    });
}

fn chown_to(user: &common::User, path: &Path) {
    if let Some(name) = &user.name {
        let pw = nix::unistd::User::from_name(name).unwrap().unwrap();
        nix::unistd::chown(path, Some(pw.uid), Some(pw.gid)).unwrap();
    }
}

#[test]
fn security_defaults_caps_seccomp_no_new_privs() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let report = user.probe(None, &["busybox"]);
        // podman's default set.
        let defaults = [
            "CAP_CHOWN",
            "CAP_DAC_OVERRIDE",
            "CAP_FOWNER",
            "CAP_FSETID",
            "CAP_KILL",
            "CAP_SETGID",
            "CAP_SETUID",
            "CAP_SETPCAP",
            "CAP_NET_BIND_SERVICE",
            "CAP_SYS_CHROOT",
            "CAP_SETFCAP",
        ];
        assert_eq!(
            report["caps"]["effective"]["hex"], "00000000800405fb",
            "{report:#}"
        );
        for set in ["effective", "permitted", "bounding"] {
            assert_eq!(cap_names(&report, set), defaults, "{set}");
        }
        assert_eq!(cap_names(&report, "ambient"), Vec::<String>::new());
        // Inheritable empty, as podman since CVE-2022-27649 (den used to fill it).
        assert_eq!(cap_names(&report, "inheritable"), Vec::<String>::new());
        assert_eq!(report["no_new_privs"], true, "{report:#}");
        assert_eq!(report["seccomp"], 2, "seccomp filter mode: {report:#}");
        // Masked paths: /dev/null over /proc/keys, /proc/sys read-only.
        let keys = mount(&report, "/proc/keys");
        assert_eq!(keys["root"], "/null", "{keys}");
        assert!(has_option(mount(&report, "/proc/sys"), "ro"));
        let report = user.probe(
            None,
            &[
                "--cap-drop",
                "all",
                "--security-opt",
                "seccomp=unconfined",
                "busybox",
            ],
        );
        for set in ["effective", "permitted", "bounding", "ambient"] {
            assert_eq!(cap_names(&report, set), Vec::<String>::new(), "{set}");
        }
        assert_eq!(report["caps"]["effective"]["hex"], "0000000000000000");
        assert_eq!(report["seccomp"], 0, "{report:#}");
        // The filter blocks new namespaces without CAP_SYS_ADMIN.
        user.den(&["run", "--rm", "busybox", "unshare", "-U", "true"])
            .run()
            .code_is(1);
        // The masked paths behave so.
        let out = user
            .den(&[
                "run",
                "--rm",
                "busybox",
                "sh",
                "-c",
                "wc -c < /proc/keys; echo 1 > /proc/sys/kernel/hostname 2>/dev/null || echo ro",
            ])
            .run()
            .success("masked paths");
        assert_eq!(out.split_whitespace().collect::<Vec<_>>(), ["0", "ro"]);
        // `den exec` installs the same filter in the process it starts.
        user.den(&["run", "-d", "--name", "secure", "busybox", "sleep", "600"])
            .run()
            .success("run -d");
        let out = user
            .den(&[
                "exec",
                "secure",
                "sh",
                "-c",
                "grep '^Seccomp:' /proc/self/status; unshare -U true 2>/dev/null; echo $?",
            ])
            .run()
            .success("exec");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            ["Seccomp:", "2", "1"]
        );
        user.den(&["rm", "-f", "-t", "0", "secure"])
            .run()
            .success("rm");
    });
}

#[test]
fn runs_without_xdg_runtime_dir() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let out = user
            .den(&["run", "--rm", "busybox", "echo", "ok"])
            .without_runtime_dir()
            .run();
        assert_eq!(out.success("run without XDG_RUNTIME_DIR"), "ok\n");
    });
}

#[test]
fn pty_session_shows_a_prompt_and_follows_resizes() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        require!(
            which("tmux"),
            "tmux is not installed: run tests/setup/root.sh"
        );
        let session = format!("den-test-{}-{}", std::process::id(), user.subids);
        let den = common::den_binary();
        let mut inner = user.command(
            den.to_str().unwrap(),
            &["run", "--rm", "-it", "busybox", "sh"],
            true,
        );
        inner.env("TERM", "xterm");
        let line = format!("{inner:?}").replace('"', "");
        // tmux runs the command line through a shell.
        let start = format!("TERM=xterm {line}; echo den-exited-$?; sleep 5");
        let term = common::Tmux::start(&session, &start);
        let tmux = common::Tmux::run;
        let screen = |want: &str| term.screen_with(want);
        let text = screen("/ #");
        assert!(text.contains("/ #"), "no prompt: {text}");
        tmux(&["send-keys", "-t", &session, "stty size", "Enter"]);
        let text = screen("30 100");
        assert!(text.contains("30 100"), "initial size: {text}");
        tmux(&["resize-window", "-t", &session, "-x", "120", "-y", "40"]);
        std::thread::sleep(Duration::from_millis(300));
        tmux(&["send-keys", "-t", &session, "stty size", "Enter"]);
        let text = screen("40 120");
        assert!(text.contains("40 120"), "resize not seen: {text}");
        tmux(&["send-keys", "-t", &session, "sleep 30", "Enter"]);
        std::thread::sleep(Duration::from_millis(300));
        tmux(&["send-keys", "-t", &session, "C-c"]);
        tmux(&["send-keys", "-t", &session, "exit 5", "Enter"]);
        let text = screen("den-exited-5");
        tmux(&["kill-session", "-t", &session]);
        assert!(
            text.contains("den-exited-5"),
            "Ctrl-C or exit status lost: {text}"
        );
    });
}

fn which(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn load_formats_import_images_and_rmi() {
    for_each_user!(|user| {
        let fx = common::fixtures().unwrap();
        let out = user
            .den(&["load", "-i", fx.join("busybox.oci").to_str().unwrap()])
            .run()
            .success("loading an OCI layout directory");
        assert!(out.contains("localhost/busybox-oci:latest"), "{out}");
        let out = user
            .den(&["load"])
            .stdin(&fs::read(fx.join(BUSYBOX)).unwrap())
            .run()
            .success("loading from stdin");
        assert!(out.contains("busybox"), "{out}");
        let id = user
            .den(&[
                "import",
                fx.join("busybox-rootfs.tar").to_str().unwrap(),
                "imported:1",
            ])
            .run()
            .success("importing a rootfs");
        assert_eq!(id.trim().len(), 64, "import prints the image id: {id}");
        let out = user
            .den(&["run", "--rm", "imported:1", "/bin/echo", "imported-ok"])
            .run()
            .success("running the imported image");
        assert_eq!(out, "imported-ok\n");
        let list = user.den(&["images"]).run().success("den images");
        assert!(
            list.contains("/imported ") && list.contains("busybox-oci"),
            "{list}"
        );
        let json = user
            .den(&["images", "--format", "json"])
            .run()
            .success("images json");
        let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid json");
        assert!(parsed.as_array().is_some_and(|a| a.len() >= 2), "{json}");
        user.den(&["rmi", "imported:1"]).run().success("rmi");
        let list = user.den(&["images"]).run().success("den images");
        assert!(!list.contains("/imported "), "{list}");
        user.den(&["run", "--rm", "--pull=never", "imported:1", "true"])
            .run()
            .code_is(125)
            .stderr_has("not found");
        // podman 4.3: `rmi` of an image it does not know exits 1 ("image not known").
        user.den(&["rmi", "no-such-image"])
            .run()
            .code_is(1)
            .stderr_has("image not known");
    });
}

#[test]
fn concurrent_loads_and_a_killed_load_leave_a_consistent_store() {
    for_each_user!(|user| {
        let fx = common::fixtures().unwrap();
        let archive = fx.join(DEBIAN);
        let archive = archive.to_str().unwrap();
        // A store of its own, so other tests running meanwhile keep theirs.
        let store = user.home.join("concurrent-store");
        let store = store.to_str().unwrap();
        let children: Vec<_> = (0..2)
            .map(|_| {
                user.den(&["--root", store, "load", "-i", archive])
                    .command()
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "concurrent load: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // Kill a load midway (den and its namespace helper), then load and run again.
        user.den(&["--root", store, "rmi", "-a"])
            .run()
            .success("rmi -a");
        let child = user
            .den(&["--root", store, "load", "-i", archive])
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(700));
        common::kill_tree(child.id());
        let mut child = child;
        let _ = child.wait();
        let out = user.den(&["--root", store, "load", "-i", archive]).run();
        out.success("load after a killed load");
        let out = user
            .den(&[
                "--root",
                store,
                "run",
                "--rm",
                "localhost/den-debian",
                "cat",
                "/den-layer2",
            ])
            .run()
            .success("run after a killed load");
        assert_eq!(out, "layer2\n");
    });
}

// ---- hostile archives ---------------------------------------------------------------

/// One tar entry of a crafted layer: the raw name bytes bypass the tar crate's own checks.
enum Entry<'a> {
    File(&'a str, &'a [u8]),
    Dir(&'a str),
    Symlink(&'a str, &'a str),
    Hardlink(&'a str, &'a str),
    CharDevice(&'a str, u32, u32),
}

fn raw_header(name: &str, kind: tar::EntryType, size: u64) -> tar::Header {
    let mut h = tar::Header::new_old();
    let bytes = name.as_bytes();
    h.as_old_mut().name[..bytes.len()].copy_from_slice(bytes);
    h.set_entry_type(kind);
    h.set_size(size);
    h.set_mode(0o644);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(0);
    h
}

fn layer(entries: &[Entry<'_>]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for e in entries {
        let (mut h, data): (tar::Header, &[u8]) = match e {
            Entry::File(n, d) => (raw_header(n, tar::EntryType::Regular, d.len() as u64), d),
            Entry::Dir(n) => (raw_header(n, tar::EntryType::Directory, 0), &[]),
            Entry::Symlink(n, t) | Entry::Hardlink(n, t) => {
                let kind = if matches!(e, Entry::Symlink(..)) {
                    tar::EntryType::Symlink
                } else {
                    tar::EntryType::Link
                };
                let mut h = raw_header(n, kind, 0);
                let t = t.as_bytes();
                h.as_old_mut().linkname[..t.len()].copy_from_slice(t);
                (h, &[])
            }
            Entry::CharDevice(n, maj, min) => {
                let mut h = tar::Header::new_ustar();
                h.set_path(n).unwrap();
                h.set_entry_type(tar::EntryType::Char);
                h.set_size(0);
                h.set_mode(0o644);
                h.set_device_major(*maj).unwrap();
                h.set_device_minor(*min).unwrap();
                (h, &[])
            }
        };
        h.set_cksum();
        b.append(&h, data).unwrap();
    }
    b.into_inner().unwrap()
}

/// A docker-archive with one layer; `diff_id` overrides the (correct) layer digest.
fn docker_archive(
    name: &str,
    layer_tar: &[u8],
    diff_id: Option<&str>,
    truncate_layer: bool,
) -> Vec<u8> {
    let diff = diff_id.map_or_else(
        || format!("sha256:{}", sha256_hex(layer_tar)),
        str::to_string,
    );
    let config = serde_json::json!({
        "architecture": std::env::consts::ARCH.replace("x86_64", "amd64").replace("aarch64", "arm64"),
        "os": "linux",
        "config": {"Cmd": ["sh"]},
        "rootfs": {"type": "layers", "diff_ids": [diff]},
    })
    .to_string();
    let config_name = format!("{}.json", sha256_hex(config.as_bytes()));
    let manifest = serde_json::json!([{
        "Config": config_name,
        "RepoTags": [format!("{name}:latest")],
        "Layers": ["layer/layer.tar"],
    }])
    .to_string();
    let mut b = tar::Builder::new(Vec::new());
    let mut add = |path: &str, data: &[u8]| {
        let mut h = tar::Header::new_gnu();
        h.set_path(path).unwrap();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append(&h, data).unwrap();
    };
    add("manifest.json", manifest.as_bytes());
    add(&config_name, config.as_bytes());
    let layer_bytes = if truncate_layer {
        &layer_tar[..layer_tar.len() / 2]
    } else {
        layer_tar
    };
    add("layer/layer.tar", layer_bytes);
    b.into_inner().unwrap()
}

#[test]
fn hostile_archives_are_refused_and_nothing_escapes() {
    for_each_user!(|user| {
        let base = user.home.join("hostile");
        fs::create_dir_all(&base).unwrap();
        chown_to(user, &base);
        let target = base.join("victim");
        let outside = base.join("escaped");
        let target_str = target.display().to_string();
        let outside_str = outside.display().to_string();
        let outside_rel = format!("../../../../../../../../..{outside_str}");
        let big = vec![b'x'; 4096];
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            (
                "dotdot",
                docker_archive(
                    "dotdot",
                    &layer(&[Entry::File(&outside_rel, b"pwned")]),
                    None,
                    false,
                ),
                "..",
            ),
            (
                "absolute",
                docker_archive(
                    "absolute",
                    &layer(&[Entry::File(&outside_str, b"pwned")]),
                    None,
                    false,
                ),
                "absolute",
            ),
            (
                "symlink-escape",
                docker_archive(
                    "symlink-escape",
                    &layer(&[
                        Entry::Symlink("link", "../../../../../../../../../.."),
                        Entry::File(&format!("link{outside_str}"), b"pwned"),
                    ]),
                    None,
                    false,
                ),
                "link",
            ),
            (
                "through-abs-symlink",
                docker_archive(
                    "through-abs-symlink",
                    &layer(&[
                        Entry::Symlink("abs", &base.display().to_string()),
                        Entry::File("abs/escaped", b"pwned"),
                    ]),
                    None,
                    false,
                ),
                "abs",
            ),
            (
                "hardlink-out",
                docker_archive(
                    "hardlink-out",
                    &layer(&[Entry::Hardlink("hl", &target_str)]),
                    None,
                    false,
                ),
                "hl",
            ),
            (
                "device",
                docker_archive(
                    "device",
                    &layer(&[Entry::CharDevice("dev/sda", 8, 0)]),
                    None,
                    false,
                ),
                "dev/sda",
            ),
            (
                "digest",
                docker_archive(
                    "digest",
                    &layer(&[Entry::Dir("etc/"), Entry::File("etc/x", b"x")]),
                    Some("sha256:0000000000000000000000000000000000000000000000000000000000000000"),
                    false,
                ),
                "digest",
            ),
            (
                "truncated",
                docker_archive("truncated", &layer(&[Entry::File("big", &big)]), None, true),
                "",
            ),
        ];
        fs::write(&target, "original\n").unwrap();
        for (name, archive, mention) in &cases {
            let path = base.join(format!("{name}.tar"));
            fs::write(&path, archive).unwrap();
            chown_to(user, &path);
            let out = user.den(&["load", "-i", path.to_str().unwrap()]).run();
            assert_ne!(
                out.code(),
                0,
                "hostile archive {name} was accepted: {}",
                out.stdout()
            );
            assert!(out.stderr().contains("error: "), "{name}: {}", out.stderr());
            assert!(
                out.stderr().contains(mention),
                "{name} error should mention {mention:?}: {}",
                out.stderr()
            );
            assert!(
                !out.stderr().contains("panicked"),
                "{name}: {}",
                out.stderr()
            );
            assert!(!outside.exists(), "{name} wrote outside the store");
            assert_eq!(
                fs::read_to_string(&target).unwrap(),
                "original\n",
                "{name} changed a host file"
            );
            let list = user
                .den(&["images"])
                .run()
                .success("images after a hostile load");
            assert!(
                !list.contains(&format!("/{name} ")),
                "{name} left an image: {list}"
            );
        }
        // The store still works afterwards.
        user.load_fixture(BUSYBOX);
        user.den(&["run", "--rm", "busybox", "true"])
            .run()
            .success("run after hostile loads");
    });
}

#[test]
fn rootfs_directory_runs_as_podman_rootfs() {
    for_each_user!(|user| {
        let dir: PathBuf = user.home.join("rootfs");
        fs::create_dir_all(&dir).unwrap();
        let status = Command::new("tar")
            .args([
                "-xf",
                common::fixtures()
                    .unwrap()
                    .join("busybox-rootfs.tar")
                    .to_str()
                    .unwrap(),
                "-C",
                dir.to_str().unwrap(),
                "--no-same-owner",
            ])
            .status()
            .unwrap();
        assert!(status.success());
        let owner = user
            .name
            .clone()
            .unwrap_or_else(|| nix::unistd::getuid().to_string());
        let status = Command::new("chown")
            .args(["-R", &owner, dir.to_str().unwrap()])
            .status()
            .unwrap();
        assert!(status.success());
        let out = user
            .den(&[
                "run",
                "--rm",
                "--rootfs",
                dir.to_str().unwrap(),
                "/bin/sh",
                "-c",
                "echo rootfs-ok",
            ])
            .run()
            .success("--rootfs");
        assert_eq!(out, "rootfs-ok\n");
    });
}

#[test]
fn info_and_doctor_run_as_the_user() {
    for_each_user!(|user| {
        let info = user
            .den(&["info", "--format", "json"])
            .run()
            .success("den info");
        let v: serde_json::Value = serde_json::from_str(&info).expect("info json");
        let text = v.to_string();
        assert!(text.contains("overlay") || text.contains("vfs"), "{info}");
        assert_eq!(text.contains("one-id"), !user.subids, "{info}");
        let doctor = user.den(&["doctor"]).run();
        assert!(doctor.stdout().contains("ok"), "{}", doctor.stdout());
    });
}

#[test]
fn fuse_fuse_overlayfs_and_vfs_drivers_show_the_same_tree() {
    for_each_user!(|user| {
        require!(
            which("fuse-overlayfs"),
            "fuse-overlayfs is not installed: run tests/setup/root.sh"
        );
        require!(
            fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/fuse")
                .is_ok()
                || !common::is_root(),
            "/dev/fuse is not usable: run tests/setup/root.sh (it makes it 0666)"
        );
        user.load_fixture(DEBIAN);
        for (driver, fstype) in [
            ("fuse", "fuse.den"),
            ("fuse-overlayfs", "fuse.fuse-overlayfs"),
            ("vfs", ""),
        ] {
            let config_home = user.home.join(format!("config-{driver}"));
            fs::create_dir_all(config_home.join("den")).unwrap();
            fs::write(
                config_home.join("den/config.toml"),
                format!("[storage]\ndriver = \"{driver}\"\n"),
            )
            .unwrap();
            chown_to(user, &config_home);
            chown_to(user, &config_home.join("den"));
            let config = config_home.to_str().unwrap();
            let path = "/var/cache/apt/archives/partial";
            let report = user
                .probe_with(None, &["localhost/den-debian"])
                .stat(&[path])
                .env("XDG_CONFIG_HOME", config)
                .json();
            assert_eq!(report["stat"][path], expected_stat(user, path), "{driver}");
            let root_fs = &mount(&report, "/")["fs_type"];
            if fstype.is_empty() {
                // vfs: a plain directory, no union filesystem.
                let fs = root_fs.as_str().unwrap_or_default();
                assert!(
                    fs != "overlay" && !fs.starts_with("fuse"),
                    "{driver} not used: {root_fs}"
                );
            } else {
                assert_eq!(root_fs, fstype, "{driver} not used");
            }
            // The write: fuse-overlayfs once hung on it, its root pivoted onto its own mount.
            let script = "ls -A /etc/skel; test -e /etc/issue.net || echo whiteout-ok; \
                          echo written > /new-file && cat /new-file";
            let out = user
                .den(&["run", "--rm", "localhost/den-debian", "sh", "-c", script])
                .env("XDG_CONFIG_HOME", config)
                .run()
                .success(driver);
            assert_eq!(
                out.lines().collect::<Vec<_>>(),
                ["den-new-file", "whiteout-ok", "written"],
                "{driver}: {out}"
            );
        }
    });
}
