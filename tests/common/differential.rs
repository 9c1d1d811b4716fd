//! The differential harness: one command line through the podman installed on the machine
//! and through den, as the same unprivileged user, each with a store of its own holding the
//! same busybox fixture; exit codes, normalised stdout and (where a case asks) a phrase of
//! stderr compared.
//!
//! podman is the spec (README: "podman 4.3 is the spec for every command den has"). Each case
//! is written from podman's documentation and behaviour; a case that fails prints both
//! outputs, normalised, side by side.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use regex::Regex;

use super::{Run, User};

/// podman's settings on these machines: crun cannot start containers under the hybrid cgroup
/// layout, there is no systemd user session in CI, and each pair has its own store.
const PODMAN_FLAGS: &[&str] = &[
    "--runtime",
    "runc",
    "--storage-driver",
    "overlay",
    "--cgroup-manager",
    "cgroupfs",
    "--events-backend",
    "file",
];

/// One den store and one podman store of the same user, both holding `busybox`.
pub struct Pair<'a> {
    pub user: &'a User,
    pub den_root: PathBuf,
    pub podman_root: PathBuf,
    pub podman_runroot: PathBuf,
}

/// What one program printed and returned, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    fn from_output(out: &Output) -> Outcome {
        let stderr = String::from_utf8_lossy(&out.stderr)
            .lines()
            // podman's rootless warnings about the host's mount propagation, cgroups and a
            // user without subordinate ranges are about the machine, not the command.
            .filter(|l| {
                !(l.starts_with("time=")
                    && (l.contains("level=warning") || l.contains("cannot find UID/GID")))
            })
            .fold(String::new(), |mut all, l| {
                all.push_str(l);
                all.push('\n');
                all
            });
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: normalise(&String::from_utf8_lossy(&out.stdout)),
            stderr,
        }
    }
}

/// Replaces what legitimately differs between two stores and two runs (ids, digests, times,
/// sizes, column padding) with fixed markers.
pub fn normalise(text: &str) -> String {
    use std::sync::OnceLock;
    static RULES: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        [
            (r"sha256:[0-9a-f]{64}", "<DIGEST>"),
            (r"\b[0-9a-f]{64}\b", "<ID>"),
            (r"\b[0-9a-f]{12}\b", "<ID>"),
            (
                r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?( ?([+-]\d\d:?\d\d|Z))?( [A-Z]{2,5})?",
                "<TIME>",
            ),
            (
                r"(About an? \w+|Less than a second|\d+ (second|minute|hour|day|week|month|year)s?) ago",
                "<AGO>",
            ),
            (
                r"Up (About an? \w+|Less than a second|\d+ (second|minute|hour|day|week|month|year)s?)",
                "Up <DUR>",
            ),
            (r"\b\d+(\.\d+)? ?(B|kB|KB|MB|GB|TB)\b", "<SIZE>"),
            // Tables pad columns to the widest cell; after the markers widths differ.
            (r"[ \t]{2,}", "  "),
            (r"[ \t]+\n", "\n"),
        ]
        .into_iter()
        .map(|(re, to)| (Regex::new(re).unwrap(), to))
        .collect()
    });
    let mut s = text.to_string();
    for (re, to) in rules {
        s = re.replace_all(&s, *to).into_owned();
    }
    s
}

impl<'a> Pair<'a> {
    /// Fresh stores named `name` for `user`, each with the busybox fixture loaded (both
    /// name it `localhost/busybox:latest`; cases refer to it by the short name `busybox`).
    pub fn new(user: &'a User, name: &str) -> Pair<'a> {
        let base = user.fresh_dir(&format!("diff-{name}"));
        // podman refuses a runroot longer than 50 characters.
        let (uid, gid) = user.host_ids();
        let runroot = PathBuf::from(format!("/tmp/den-pd-{uid}-{name}"));
        let _ = std::fs::remove_dir_all(&runroot);
        std::fs::create_dir_all(&runroot).unwrap();
        nix::unistd::chown(
            &runroot,
            Some(nix::unistd::Uid::from_raw(uid)),
            Some(nix::unistd::Gid::from_raw(gid)),
        )
        .unwrap();
        *LIVE_PAIRS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) += 1;
        let pair = Pair {
            user,
            den_root: base.join("den"),
            podman_root: base.join("podman"),
            podman_runroot: runroot,
        };
        let busybox = super::fixtures()
            .expect("fixtures")
            .join("busybox.docker.tar");
        let busybox = busybox.to_str().unwrap();
        pair.den(&["load", "-q", "-i", busybox])
            .success("den load of the busybox fixture");
        let out = pair.podman(&["load", "-q", "-i", busybox]);
        assert!(
            out.status.success(),
            "podman load as {}: {}",
            user.label(),
            String::from_utf8_lossy(&out.stderr)
        );
        pair
    }

    /// `den --root DEN_ROOT ARGS...`.
    pub fn den(&self, args: &[&str]) -> Run {
        self.user.den_in(&self.den_root, args).run()
    }

    /// `podman --root ... ARGS...` as the same user.
    pub fn podman(&self, args: &[&str]) -> Output {
        let mut all: Vec<&str> = PODMAN_FLAGS.to_vec();
        let root = self.podman_root.to_str().unwrap();
        let runroot = self.podman_runroot.to_str().unwrap();
        all.extend(["--root", root, "--runroot", runroot]);
        all.extend_from_slice(args);
        let mut cmd: Command = self.user.command("podman", &all, true);
        cmd.current_dir("/")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd.output().expect("starting podman")
    }

    /// Runs `args` through both; returns (podman, den).
    pub fn both(&self, args: &[&str]) -> (Outcome, Outcome) {
        let p = Outcome::from_output(&self.podman(args));
        let d = Outcome::from_output(&self.den(args).output);
        (p, d)
    }

    /// Removes every container in both stores (between cases).
    pub fn clean(&self) {
        let _ = self.podman(&["rm", "-a", "-f", "-t", "0"]);
        let _ = self.den(&["rm", "-a", "-f"]);
    }
}

/// How many pairs exist in this test process. podman keeps a rootless "pause" process per
/// user and runtime directory alive after its commands end; the last pair to go ends it (the
/// harness started it), under this lock, so no podman command of another pair is in flight.
static LIVE_PAIRS: std::sync::Mutex<usize> = std::sync::Mutex::new(0);

impl Drop for Pair<'_> {
    fn drop(&mut self) {
        let mut live = LIVE_PAIRS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *live -= 1;
        if *live > 0 {
            return;
        }
        for user in super::users().unwrap_or_default() {
            let pidfile = user.runtime_dir.join("libpod/tmp/pause.pid");
            let Some(pid) = std::fs::read_to_string(&pidfile)
                .ok()
                .and_then(|s| s.trim().parse::<i32>().ok())
            else {
                continue;
            };
            // Only a catatonit of this user: the pid file may be stale.
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            if comm.trim() == "catatonit" {
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(pid),
                    nix::sys::signal::Signal::SIGKILL,
                );
            }
            let _ = std::fs::remove_file(&pidfile);
        }
    }
}

/// What a case compares.
#[derive(Debug, Clone, Default)]
pub struct Case {
    pub name: String,
    /// Command lines run in both stores first (their outcome must be success in both).
    pub setup: Vec<Vec<String>>,
    pub args: Vec<String>,
    /// Compare normalised stdout.
    pub stdout: bool,
    /// Phrases that both stderrs must contain.
    pub stderr_has: Vec<String>,
    /// Compare stdout as a set of lines (order is not part of podman's contract here).
    pub unordered: bool,
    /// Compare stdout with repeats of a line next to each other folded into one.
    pub distinct: bool,
}

/// A case that compares exit codes (always) and, with `.stdout()`, output.
pub fn case(name: &str, args: &[&str]) -> Case {
    Case {
        name: name.to_string(),
        args: args.iter().map(|s| (*s).to_string()).collect(),
        ..Case::default()
    }
}

impl Case {
    pub fn setup(mut self, args: &[&str]) -> Case {
        self.setup
            .push(args.iter().map(|s| (*s).to_string()).collect());
        self
    }
    pub fn stdout(mut self) -> Case {
        self.stdout = true;
        self
    }
    pub fn unordered(mut self) -> Case {
        self.stdout = true;
        self.unordered = true;
        self
    }
    /// Compares stdout with a line repeated next to itself folded into one (podman records
    /// some events twice on some runs; the case says which).
    pub fn distinct(mut self) -> Case {
        self.stdout = true;
        self.distinct = true;
        self
    }
    pub fn stderr_has(mut self, phrase: &str) -> Case {
        self.stderr_has.push(phrase.to_string());
        self
    }

    /// Runs the case on `pair`; Err describes every difference.
    pub fn check(&self, pair: &Pair) -> Result<(), String> {
        pair.clean();
        for line in &self.setup {
            let args: Vec<&str> = line.iter().map(String::as_str).collect();
            let (p, d) = pair.both(&args);
            if p.code != 0 || d.code != 0 {
                return Err(format!(
                    "{}: setup `{}` failed: podman exit {} ({}), den exit {} ({})",
                    self.name,
                    line.join(" "),
                    p.code,
                    p.stderr.trim(),
                    d.code,
                    d.stderr.trim()
                ));
            }
        }
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        let (p, d) = pair.both(&args);
        let mut problems = vec![];
        if p.code != d.code {
            problems.push(format!("exit code: podman {}, den {}", p.code, d.code));
        }
        if self.stdout {
            let same = if self.unordered {
                let mut a: Vec<&str> = p.stdout.lines().collect();
                let mut b: Vec<&str> = d.stdout.lines().collect();
                a.sort_unstable();
                b.sort_unstable();
                a == b
            } else if self.distinct {
                let mut a: Vec<&str> = p.stdout.lines().collect();
                let mut b: Vec<&str> = d.stdout.lines().collect();
                a.dedup();
                b.dedup();
                a == b
            } else {
                p.stdout == d.stdout
            };
            if !same {
                problems.push("stdout differs".to_string());
            }
        }
        for phrase in &self.stderr_has {
            for (who, o) in [("podman", &p), ("den", &d)] {
                if !o.stderr.contains(phrase.as_str()) {
                    problems.push(format!("{who}'s stderr lacks {phrase:?}"));
                }
            }
        }
        if problems.is_empty() {
            return Ok(());
        }
        Err(format!(
            "case {:?}: `{}` as {}: {}\n--- podman (exit {}) stdout\n{}--- podman stderr\n{}\
             --- den (exit {}) stdout\n{}--- den stderr\n{}",
            self.name,
            self.args.join(" "),
            pair.user.label(),
            problems.join("; "),
            p.code,
            p.stdout,
            p.stderr,
            d.code,
            d.stdout,
            d.stderr
        ))
    }
}

/// Runs every case on `pair`, prints the tally, and panics listing each failure.
pub fn run_cases(pair: &Pair, suite: &str, cases: &[Case]) {
    let failures: Vec<String> = cases.iter().filter_map(|c| c.check(pair).err()).collect();
    pair.clean();
    eprintln!(
        "differential {suite} as {}: {} cases, {} passed",
        pair.user.label(),
        cases.len(),
        cases.len() - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} differential cases differ from podman:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn normalise_hides_ids_times_sizes_and_padding() {
        let podman = "CONTAINER ID  IMAGE                      COMMAND     CREATED        STATUS\n\
                      3f2a9c1b7d6e  localhost/busybox:latest  sleep 100   2 seconds ago  Up 2 seconds\n";
        let den = "CONTAINER ID  IMAGE  COMMAND  CREATED  STATUS\n\
                   0123456789ab  localhost/busybox:latest  sleep 100  About a minute ago  Up Less than a second\n";
        assert_eq!(
            normalise(podman),
            "CONTAINER ID  IMAGE  COMMAND  CREATED  STATUS\n<ID>  localhost/busybox:latest  sleep 100  <AGO>  Up <DUR>\n"
        );
        assert_eq!(normalise(podman), normalise(den));
        assert_eq!(normalise("4.26 MB 1.2kB 10 B"), "<SIZE> <SIZE> <SIZE>");
        assert_eq!(normalise("2026-12-02 19:36:37.123 +0000 UTC"), "<TIME>");
        assert_ne!(normalise("Exited (0)"), normalise("Exited (1)"));
    }
}
