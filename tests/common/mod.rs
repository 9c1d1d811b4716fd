//! The rootless test harness: runs the real den binary as unprivileged users.
//!
//! As root (CI, `tests/run.sh`), each behaviour test runs twice: as `$DEN_TEST_USER` (who has
//! /etc/subuid and /etc/subgid ranges) and as `$DEN_TEST_USER_NOSUB` (who has none: one-id
//! mode), each with a private HOME under /var/tmp/den-test. As an ordinary user, the tests run
//! as that user only. A prerequisite that is missing skips the test with its reason, or fails
//! it when DEN_MUST_WORK=1 (set in CI), as bubblewrap's BWRAP_MUST_WORK.

#![allow(dead_code)]

pub mod differential;
pub mod fault;
pub mod probe;
pub mod registry;
pub mod token;

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};

/// Where the harness keeps the den binary and the users' homes, unless DEN_TEST_ROOT says.
pub const TEST_ROOT: &str = "/var/tmp/den-test";

/// The harness's directory: DEN_TEST_ROOT lets two test runs on one machine stay apart.
pub fn test_root() -> PathBuf {
    std::env::var_os("DEN_TEST_ROOT").map_or_else(|| PathBuf::from(TEST_ROOT), PathBuf::from)
}

/// Skips (or, with DEN_MUST_WORK=1, fails) the current test. Returns from the test.
#[macro_export]
macro_rules! require {
    ($cond:expr, $($why:tt)+) => {
        if !$cond {
            let why = format!($($why)+);
            if std::env::var_os("DEN_MUST_WORK").is_some_and(|v| v == "1") {
                panic!("required prerequisite missing (DEN_MUST_WORK=1): {why}");
            }
            eprintln!("SKIP: {why}");
            return;
        }
    };
}

/// Whether this test process runs as root.
pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// The fixture directory, when complete.
pub fn fixtures() -> Option<PathBuf> {
    let dir = PathBuf::from(
        std::env::var_os("DEN_FIXTURES").unwrap_or_else(|| "/var/tmp/den-fixtures".into()),
    );
    dir.join("READY").exists().then_some(dir)
}

/// One of the identities the tests run den as.
#[derive(Debug, Clone)]
pub struct User {
    /// None: the current (non-root) user, run directly.
    pub name: Option<String>,
    pub subids: bool,
    pub home: PathBuf,
    pub runtime_dir: PathBuf,
}

impl User {
    pub fn label(&self) -> String {
        format!(
            "{} ({})",
            self.name.clone().unwrap_or_else(|| "current user".into()),
            if self.subids {
                "subordinate ranges"
            } else {
                "one-id mode"
            }
        )
    }
}

/// The (start, count) ranges that `file` (/etc/subuid or /etc/subgid) gives the user `name`.
fn subid_ranges(file: &str, name: &str) -> Vec<(u64, u64)> {
    let uid = nix::unistd::User::from_name(name)
        .ok()
        .flatten()
        .map(|u| u.uid.as_raw().to_string())
        .unwrap_or_default();
    fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let mut f = l.split(':');
            let owner = f.next()?;
            let start = f.next()?.trim().parse().ok()?;
            let count = f.next()?.trim().parse().ok()?;
            (owner == name || owner == uid).then_some((start, count))
        })
        .collect()
}

fn user_has_subids(name: &str) -> bool {
    ["/etc/subuid", "/etc/subgid"]
        .iter()
        .all(|f| !subid_ranges(f, name).is_empty())
}

impl User {
    /// The user's name on the host.
    pub fn host_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| {
            nix::unistd::User::from_uid(nix::unistd::getuid())
                .ok()
                .flatten()
                .map(|u| u.name)
                .unwrap_or_default()
        })
    }

    /// The user's uid and primary gid on the host.
    pub fn host_ids(&self) -> (u32, u32) {
        match &self.name {
            Some(name) => {
                let pw = nix::unistd::User::from_name(name).unwrap().unwrap();
                (pw.uid.as_raw(), pw.gid.as_raw())
            }
            None => (
                nix::unistd::getuid().as_raw(),
                nix::unistd::getgid().as_raw(),
            ),
        }
    }

    /// The user's subordinate (start, count) ranges in `file`, /etc/subuid or /etc/subgid.
    pub fn subid_ranges(&self, file: &str) -> Vec<(u64, u64)> {
        subid_ranges(file, &self.host_name())
    }
}

/// The users to run behaviour tests as, or the reason there are none.
pub fn users() -> Result<Vec<User>, String> {
    static USERS: OnceLock<Result<Vec<User>, String>> = OnceLock::new();
    USERS.get_or_init(find_users).clone()
}

fn find_users() -> Result<Vec<User>, String> {
    if !is_root() {
        let name = nix::unistd::User::from_uid(nix::unistd::getuid())
            .ok()
            .flatten()
            .map(|u| u.name)
            .unwrap_or_default();
        let base = PathBuf::from(format!(
            "{}-{}",
            test_root().display(),
            nix::unistd::getuid()
        ));
        let _ = fs::remove_dir_all(&base);
        let home = base.join("home");
        let runtime_dir = base.join("run");
        fs::create_dir_all(&home).map_err(|e| e.to_string())?;
        fs::create_dir_all(&runtime_dir).map_err(|e| e.to_string())?;
        fs::set_permissions(&runtime_dir, fs::Permissions::from_mode(0o700)).ok();
        return Ok(vec![User {
            name: None,
            subids: user_has_subids(&name),
            home,
            runtime_dir,
        }]);
    }
    let mut out = vec![];
    for (var, subids) in [("DEN_TEST_USER", true), ("DEN_TEST_USER_NOSUB", false)] {
        let Ok(name) = std::env::var(var) else {
            return Err(format!("{var} is not set: run the tests with tests/run.sh"));
        };
        let Some(pw) = nix::unistd::User::from_name(&name).ok().flatten() else {
            return Err(format!(
                "test user \"{name}\" does not exist: run tests/setup/root.sh"
            ));
        };
        if user_has_subids(&name) != subids {
            return Err(format!(
                "test user \"{name}\" should {}have subordinate ranges: run tests/setup/root.sh",
                if subids { "" } else { "not " }
            ));
        }
        let base = test_root().join(&name);
        // A fresh store every run: leftovers of an earlier run must not hide a bug.
        let _ = fs::remove_dir_all(&base);
        let home = base.join("home");
        let runtime_dir = base.join("run");
        for d in [&base, &home, &runtime_dir] {
            fs::create_dir_all(d).map_err(|e| e.to_string())?;
            nix::unistd::chown(d, Some(pw.uid), Some(pw.gid)).map_err(|e| e.to_string())?;
        }
        fs::set_permissions(&base, fs::Permissions::from_mode(0o755)).ok();
        fs::set_permissions(&runtime_dir, fs::Permissions::from_mode(0o700)).ok();
        out.push(User {
            name: Some(name),
            subids,
            home,
            runtime_dir,
        });
    }
    Ok(out)
}

/// The den binary, copied where the test users can execute it (CI's clone may sit in a
/// directory they cannot enter).
pub fn den_binary() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let built = PathBuf::from(env!("CARGO_BIN_EXE_den"));
        if !is_root() {
            return built;
        }
        let dir = test_root().join("bin");
        fs::create_dir_all(&dir).unwrap();
        fs::set_permissions(test_root(), fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        let dest = dir.join(format!("den-{}", std::process::id()));
        fs::copy(&built, &dest).unwrap();
        fs::set_permissions(&dest, fs::Permissions::from_mode(0o755)).unwrap();
        dest
    })
    .clone()
}

/// GET `path` from 127.0.0.1:`port`; the response, or None when nothing answers.
pub fn http_get(port: u16, path: &str) -> Option<String> {
    use std::io::Read as _;
    let mut s = std::net::TcpStream::connect_timeout(
        &format!("127.0.0.1:{port}").parse().unwrap(),
        std::time::Duration::from_secs(3),
    )
    .ok()?;
    s.set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .ok()?;
    s.write_all(format!("GET {path} HTTP/1.0\r\n\r\n").as_bytes())
        .ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    Some(text)
}

/// A free TCP port on 127.0.0.1 (for a server that binds it itself).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A temporary directory under /var/tmp that the test users can read (tempfile makes 0700
/// ones), removed when dropped.
pub fn shared_tempdir(prefix: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in("/var/tmp")
        .unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

/// The lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// The path of a fixture file, as a string for den's arguments.
pub fn fixture(name: &str) -> String {
    fixtures()
        .expect("fixtures")
        .join(name)
        .display()
        .to_string()
}

/// What tests/setup/fixtures.sh wrote about the fixture files (`fixtures.json`): ids, digests,
/// sizes. Tests read them from here and never write them down, because the Debian fixture is
/// rebuilt from the mirror as it is on the day (and busybox's from the installed package).
pub fn fixture_info(file: &str) -> &'static serde_json::Value {
    static INFO: OnceLock<serde_json::Value> = OnceLock::new();
    let all = INFO.get_or_init(|| {
        let path = fixtures().expect("fixtures").join("fixtures.json");
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
    });
    let info = &all[file];
    assert!(info.is_object(), "fixtures.json has no entry for {file}");
    info
}

/// A digest field of a fixture (`config_digest`, `manifest_digest`) as bare hex.
fn fixture_hex(file: &str, field: &str) -> &'static str {
    let digest = fixture_info(file)[field]
        .as_str()
        .unwrap_or_else(|| panic!("fixtures.json: {file} has no {field}"));
    digest.strip_prefix("sha256:").unwrap_or(digest)
}

/// A list field of a fixture (`diff_ids`, `layer_digests`), digests with their `sha256:`.
pub fn fixture_list(file: &str, field: &str) -> Vec<&'static str> {
    fixture_info(file)[field]
        .as_array()
        .unwrap_or_else(|| panic!("fixtures.json: {file} has no {field}"))
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

/// The image id (config digest, bare hex) of the busybox fixture image.
pub fn busybox_id() -> &'static str {
    fixture_hex("busybox.docker.tar", "config_digest")
}

/// The diff id (`sha256:...`) of the busybox fixture's one layer.
pub fn busybox_diff_id() -> &'static str {
    fixture_list("busybox.docker.tar", "diff_ids")[0]
}

/// The image id (config digest, bare hex) of the Debian fixture image.
pub fn debian_id() -> &'static str {
    fixture_hex("debian.oci.tar", "config_digest")
}

/// The manifest digest (bare hex) of the busybox OCI layout fixture.
pub fn busybox_oci_manifest() -> &'static str {
    fixture_hex("busybox.oci", "manifest_digest")
}

impl User {
    /// A fresh directory of the user's under its HOME, for a store or output files of one test.
    pub fn fresh_dir(&self, name: &str) -> PathBuf {
        let dir = self.home.join(name);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        if let Some(owner) = &self.name {
            let pw = nix::unistd::User::from_name(owner).unwrap().unwrap();
            nix::unistd::chown(&dir, Some(pw.uid), Some(pw.gid)).unwrap();
        }
        dir
    }

    /// `den --root STORE ARGS...` as this user.
    pub fn den_in(&self, store: &std::path::Path, args: &[&str]) -> Den<'_> {
        let mut all = vec!["--root", store.to_str().unwrap()];
        all.extend_from_slice(args);
        self.den(&all)
    }
}

/// A den invocation being built.
pub struct Den<'a> {
    user: &'a User,
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    runtime_dir: bool,
    env: Vec<(String, String)>,
    timeout: std::time::Duration,
}

impl User {
    /// `den ARGS...` as this user.
    pub fn den<S: AsRef<str>>(&self, args: &[S]) -> Den<'_> {
        Den {
            user: self,
            args: args.iter().map(|a| a.as_ref().to_string()).collect(),
            stdin: None,
            runtime_dir: true,
            env: vec![],
            timeout: DEN_TIMEOUT,
        }
    }

    /// A command line that runs `program args...` as this user with den's environment (for
    /// tmux, hyperfine and the like).
    pub fn command(&self, program: &str, args: &[&str], with_runtime_dir: bool) -> Command {
        let mut env = vec![
            format!("HOME={}", self.home.display()),
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".to_string(),
            "LANG=C.UTF-8".to_string(),
        ];
        if with_runtime_dir {
            env.push(format!("XDG_RUNTIME_DIR={}", self.runtime_dir.display()));
        }
        let mut cmd = if let Some(name) = &self.name {
            let mut c = Command::new("runuser");
            c.args(["-u", name, "--", "env", "-i"]);
            c.args(&env);
            c.arg(program);
            c
        } else {
            let mut c = Command::new("env");
            c.arg("-i");
            c.args(&env);
            c.arg(program);
            c
        };
        cmd.args(args);
        cmd
    }

    /// Loads a fixture archive into this user's store once per test process.
    pub fn load_fixture(&self, file: &str) {
        static LOADED: OnceLock<Mutex<HashMap<(String, String), bool>>> = OnceLock::new();
        let key = (self.home.display().to_string(), file.to_string());
        let map = LOADED.get_or_init(|| Mutex::new(HashMap::new()));
        let mut guard = map
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if guard.contains_key(&key) {
            return;
        }
        let path = fixtures().expect("fixtures").join(file);
        let out = self.den(&["load", "-i", path.to_str().unwrap()]).run();
        out.success(&format!("loading {file}"));
        guard.insert(key, true);
    }
}

impl Den<'_> {
    pub fn stdin(mut self, data: &[u8]) -> Self {
        self.stdin = Some(data.to_vec());
        self
    }

    /// Runs without XDG_RUNTIME_DIR (as under su, or in CI).
    pub fn without_runtime_dir(mut self) -> Self {
        self.runtime_dir = false;
        self
    }

    /// Kills den and fails the test when it runs longer than `limit` (default `DEN_TIMEOUT`).
    pub fn timeout(mut self, limit: std::time::Duration) -> Self {
        self.timeout = limit;
        self
    }

    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.into(), value.into()));
        self
    }

    pub fn command(&self) -> Command {
        let bin = den_binary();
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        let mut cmd = if self.env.is_empty() {
            self.user
                .command(bin.to_str().unwrap(), &args, self.runtime_dir)
        } else {
            let mut extra: Vec<String> = self.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
            extra.push(bin.to_str().unwrap().to_string());
            extra.extend(self.args.iter().cloned());
            let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
            self.user.command("env", &extra, self.runtime_dir)
        };
        cmd.current_dir("/");
        cmd
    }

    pub fn run(self) -> Run {
        let mut cmd = self.command();
        cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("starting den");
        if let Some(data) = &self.stdin {
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(data).unwrap();
        }
        // A den that hangs fails its test instead of stalling the whole run.
        let pid = child.id();
        let (done, waiting) = std::sync::mpsc::channel::<()>();
        let limit = self.timeout;
        let watchdog = std::thread::spawn(move || {
            if waiting.recv_timeout(limit).is_err() {
                kill_tree(pid);
                return true;
            }
            false
        });
        let output = child.wait_with_output().expect("waiting for den");
        let _ = done.send(());
        let timed_out = watchdog.join().unwrap_or(false);
        assert!(
            !timed_out,
            "`den {}` as {} did not finish within {limit:?} and was killed",
            self.args.join(" "),
            self.user.label()
        );
        Run {
            args: self.args.join(" "),
            user: self.user.label(),
            output,
        }
    }
}

/// How long one den invocation may take before the harness kills it.
pub const DEN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(300);

/// SIGKILLs a process and all its descendants (found through /proc), children first stopped.
pub fn kill_tree(pid: u32) {
    let raw = nix::unistd::Pid::from_raw(pid as i32);
    let _ = nix::sys::signal::kill(raw, nix::sys::signal::Signal::SIGSTOP);
    let children =
        fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
    for c in children.split_whitespace() {
        if let Ok(c) = c.parse() {
            kill_tree(c);
        }
    }
    let _ = nix::sys::signal::kill(raw, nix::sys::signal::Signal::SIGKILL);
}

/// The result of one den invocation.
pub struct Run {
    pub args: String,
    pub user: String,
    pub output: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }

    fn describe(&self) -> String {
        format!(
            "`den {}` as {}: exit {}\n--- stdout\n{}--- stderr\n{}",
            self.args,
            self.user,
            self.code(),
            self.stdout(),
            self.stderr()
        )
    }

    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn success(&self, what: &str) -> String {
        assert!(self.output.status.success(), "{what}: {}", self.describe());
        self.stdout()
    }

    /// Asserts the exit code.
    #[track_caller]
    pub fn code_is(&self, code: i32) -> &Self {
        assert_eq!(self.code(), code, "{}", self.describe());
        self
    }

    /// Asserts stderr mentions `text`.
    #[track_caller]
    pub fn stderr_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr().contains(text),
            "expected stderr to contain {text:?}: {}",
            self.describe()
        );
        self
    }
}

/// A detached tmux session, 100 columns by 30 rows, running one shell command line (the
/// terminal tests drive den through it); killed when dropped.
pub struct Tmux {
    session: String,
}

impl Tmux {
    /// Starts `line` in a new session named `session`.
    pub fn start(session: &str, line: &str) -> Tmux {
        let term = Tmux {
            session: session.to_string(),
        };
        let out = Tmux::run(&[
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "100",
            "-y",
            "30",
            line,
        ]);
        assert!(out.status.success(), "tmux: {out:?}");
        term
    }

    /// Runs `tmux ARGS`.
    pub fn run(args: &[&str]) -> Output {
        Command::new("tmux").args(args).output().expect("tmux")
    }

    /// The screen once it shows `want`, or after 30 s whatever it shows (a den may first wait for the store lock another test holds).
    pub fn screen_with(&self, want: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let out = Tmux::run(&["capture-pane", "-p", "-t", &self.session]);
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            if text.contains(want) || std::time::Instant::now() > deadline {
                return text;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Tmux::run(&["kill-session", "-t", &self.session]);
    }
}

/// Runs the body for every test user, after checking the common prerequisites.
#[macro_export]
macro_rules! for_each_user {
    (|$user:ident| $body:block) => {{
        let users = match common::users() {
            Ok(u) => u,
            Err(why) => {
                $crate::require!(false, "{why}");
                unreachable!()
            }
        };
        $crate::require!(
            common::fixtures().is_some(),
            "image fixtures are missing: run tests/setup/root.sh (as root)"
        );
        for $user in &users {
            eprintln!("-- as {}", $user.label());
            $body
        }
    }};
}

/// Helpers of the container lifecycle tests (containers, network, restart, logs_drivers).
pub mod lifecycle {
    use std::time::{Duration, Instant};

    /// A container name unique to this test and user.
    pub fn name(user: &super::User, what: &str) -> String {
        format!("{what}-{}", if user.subids { "sub" } else { "one" })
    }

    /// `den rm -f NAME`, whatever it says (the container may not exist).
    pub fn rm_f(user: &super::User, name: &str) {
        let _ = user.den(&["rm", "-f", name]).run();
    }

    /// One field of `den container inspect --format`, trimmed.
    pub fn inspect(user: &super::User, ctr: &str, field: &str) -> String {
        user.den(&["container", "inspect", "--format", field, ctr])
            .run()
            .success("inspect")
            .trim()
            .to_string()
    }

    /// Polls `f` every 50 ms until it holds; fails the test after `timeout`.
    pub fn wait_until(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
        let deadline = Instant::now() + timeout;
        while !f() {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
