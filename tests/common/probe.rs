//! The probe: a small static program (tests/probe/probe.rs) that tests run inside a
//! container, through `den run`, to report what the container's process sees as JSON (ids,
//! id maps, capabilities, no_new_privs, seccomp, fds, mounts, hostname, cwd, owners of
//! paths), so that tests assert on facts rather than grep /proc text.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use super::{Den, Run, User, is_root, test_root};

/// Where the probe is mounted in the container.
pub const IN_CONTAINER: &str = "/den-probe";

/// The probe, built once per test process with plain rustc (it has no crates), statically
/// linked so that it runs in images without a libc (the busybox fixture), and put where the
/// test users can read and run it.
pub fn probe_binary() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(build_probe).clone()
}

fn build_probe() -> PathBuf {
    let dir = if is_root() {
        let dir = test_root().join("bin");
        fs::create_dir_all(&dir).unwrap();
        fs::set_permissions(test_root(), fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        dir
    } else {
        PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
    };
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/probe/probe.rs");
    let dest = dir.join("den-probe");
    // Built under a name of this process's, then renamed: another test process may be
    // running the probe it built.
    let partial = dir.join(format!("den-probe.{}.tmp", std::process::id()));
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(&rustc)
        .args([
            "--edition",
            "2021",
            "-O",
            "-C",
            "target-feature=+crt-static",
        ])
        .arg(&source)
        .arg("-o")
        .arg(&partial)
        .output()
        .unwrap_or_else(|e| panic!("running {rustc:?} to build the probe: {e}"));
    assert!(
        out.status.success(),
        "building the probe from {}: {}",
        source.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    fs::set_permissions(&partial, fs::Permissions::from_mode(0o755)).unwrap();
    fs::rename(&partial, &dest).unwrap();
    dest
}

/// A `den run` of the probe being built.
pub struct Probe<'a> {
    user: &'a User,
    store: Option<PathBuf>,
    run_args: Vec<String>,
    stat: Vec<String>,
    env: Vec<(String, String)>,
}

impl User {
    /// Runs the probe as this user and returns its report: `den [--root STORE] run --rm -v
    /// PROBE:/den-probe:ro RUN_ARGS... /den-probe`, where RUN_ARGS are `den run`'s options
    /// and, last, the image.
    #[track_caller]
    pub fn probe(&self, store: Option<&Path>, run_args: &[&str]) -> serde_json::Value {
        self.probe_with(store, run_args).json()
    }

    /// A probe run to add `--stat` paths or environment to before running it.
    pub fn probe_with(&self, store: Option<&Path>, run_args: &[&str]) -> Probe<'_> {
        Probe {
            user: self,
            store: store.map(Path::to_path_buf),
            run_args: run_args.iter().map(|a| (*a).to_string()).collect(),
            stat: vec![],
            env: vec![],
        }
    }
}

impl Probe<'_> {
    /// Asks for the owner, mode and type of each path (lstat, in the container).
    pub fn stat(mut self, paths: &[&str]) -> Self {
        self.stat.extend(paths.iter().map(|p| (*p).to_string()));
        self
    }

    /// Sets an environment variable for den.
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.into(), value.into()));
        self
    }

    fn den(&self) -> Den<'_> {
        let volume = format!("{}:{IN_CONTAINER}:ro", probe_binary().display());
        let mut args: Vec<String> = vec![];
        if let Some(store) = &self.store {
            args.extend(["--root".into(), store.display().to_string()]);
        }
        args.extend(["run", "--rm", "-v"].map(String::from));
        args.push(volume);
        args.extend(self.run_args.iter().cloned());
        args.push(IN_CONTAINER.into());
        if !self.stat.is_empty() {
            args.push("--stat".into());
            args.extend(self.stat.iter().cloned());
        }
        let mut den = self.user.den(&args);
        for (k, v) in &self.env {
            den = den.env(k, v);
        }
        den
    }

    /// Runs it, for a test that expects den to fail.
    pub fn run(&self) -> Run {
        self.den().run()
    }

    /// Runs it, asserts success and returns the parsed report.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        let run = self.run();
        let out = run.success("running the probe");
        serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("the probe's output does not parse ({e}): {out}"))
    }
}

/// The mount at `point` in a probe report (the last one: it is the one on top).
pub fn mount<'v>(report: &'v serde_json::Value, point: &str) -> &'v serde_json::Value {
    report["mounts"]
        .as_array()
        .and_then(|m| m.iter().rev().find(|m| m["mount_point"] == point))
        .unwrap_or_else(|| panic!("no mount at {point} in {:#}", report["mounts"]))
}

/// Whether a mount from a probe report has the per-mount option `option` ("ro", "nosuid").
pub fn has_option(mount: &serde_json::Value, option: &str) -> bool {
    mount["options"]
        .as_array()
        .is_some_and(|o| o.iter().any(|x| x == option))
}

/// The names in one capability set of a probe report ("effective", "bounding", ...).
pub fn cap_names(report: &serde_json::Value, set: &str) -> Vec<String> {
    report["caps"][set]["names"]
        .as_array()
        .unwrap_or_else(|| panic!("no capability set {set:?} in {:#}", report["caps"]))
        .iter()
        .map(|n| n.as_str().unwrap_or_default().to_string())
        .collect()
}
