//! den-probe: run inside a container by the tests, it prints one JSON object with what the
//! process sees: ids and id maps, capability sets, `no_new_privs`, seccomp mode, open fds, pid
//! and ppid, PID 1's command line and fds, hostname, cwd and mounts; with `--stat PATH...` the
//! owner, mode and type of paths. The tests assert on these facts instead of grepping /proc
//! text (crun's tests/init.c and youki's runtimetest are the models).
//!
//! It is built by the test harness with plain rustc, statically linked
//! (`rustc --edition 2021 -O -C target-feature=+crt-static`), so it runs in images without a libc such as
//! the busybox fixture. That is why it uses std alone and writes its JSON by hand: serde is a
//! crate, and rustc outside cargo has no crates.
//!
//! A fact that cannot be read is `null` (with the reason under "errors"), never a crash: the
//! tests decide what is required.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt};

/// Capability names by bit number (`linux/capability.h`, up to `CAP_CHECKPOINT_RESTORE`).
const CAP_NAMES: [&str; 41] = [
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
];

/// A JSON value, written by `Json::write`.
enum Json {
    Null,
    Bool(bool),
    Num(u64),
    Str(String),
    Arr(Vec<Json>),
    /// Keys in insertion order, as the facts are listed.
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn str(s: impl Into<String>) -> Json {
        Json::Str(s.into())
    }

    fn strs<S: AsRef<str>>(items: &[S]) -> Json {
        Json::Arr(items.iter().map(|s| Json::str(s.as_ref())).collect())
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => {
                let _ = write!(out, "{n}");
            }
            Json::Str(s) => write_string(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// A JSON string literal (RFC 8259 section 7): quote, backslash and control characters escaped.
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Collects the facts, and the reason for each one that could not be read.
struct Report {
    fields: Vec<(String, Json)>,
    errors: Vec<(String, Json)>,
}

impl Report {
    fn put(&mut self, key: &str, value: Json) {
        self.fields.push((key.to_string(), value));
    }

    /// Puts the fact, or null and the error.
    fn put_or(&mut self, key: &str, value: Result<Json, String>) {
        match value {
            Ok(v) => self.put(key, v),
            Err(why) => {
                self.put(key, Json::Null);
                self.errors.push((key.to_string(), Json::Str(why)));
            }
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))
}

/// The `Key:\tvalue` lines of /proc/self/status (proc(5)).
fn status() -> Result<BTreeMap<String, String>, String> {
    Ok(read("/proc/self/status")?
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.to_string(), v.trim().to_string()))
        .collect())
}

fn field<'a>(status: &'a BTreeMap<String, String>, key: &str) -> Result<&'a str, String> {
    status
        .get(key)
        .map(String::as_str)
        .ok_or_else(|| format!("/proc/self/status has no {key} line"))
}

fn numbers(text: &str) -> Result<Vec<u64>, String> {
    text.split_whitespace()
        .map(|n| n.parse().map_err(|e| format!("{n:?}: {e}")))
        .collect()
}

/// `Uid:` or `Gid:`: real, effective, saved set and filesystem ids.
fn ids(status: &BTreeMap<String, String>, key: &str) -> Result<Json, String> {
    let n = numbers(field(status, key)?)?;
    let [real, effective, saved, fs] = n[..] else {
        return Err(format!("{key}: expected four ids, got {n:?}"));
    };
    Ok(Json::Obj(vec![
        ("real".into(), Json::Num(real)),
        ("effective".into(), Json::Num(effective)),
        ("saved".into(), Json::Num(saved)),
        ("fs".into(), Json::Num(fs)),
    ]))
}

/// One capability set: the hex mask as /proc shows it, and the names of its bits.
fn cap_set(status: &BTreeMap<String, String>, key: &str) -> Result<Json, String> {
    let hex = field(status, key)?;
    let mask = u64::from_str_radix(hex, 16).map_err(|e| format!("{key} {hex:?}: {e}"))?;
    let names: Vec<String> = (0..64)
        .filter(|bit| mask & (1 << bit) != 0)
        .map(|bit| {
            CAP_NAMES
                .get(bit)
                .map_or_else(|| format!("CAP_{bit}"), |n| (*n).to_string())
        })
        .collect();
    Ok(Json::Obj(vec![
        ("hex".into(), Json::str(hex)),
        ("names".into(), Json::strs(&names)),
    ]))
}

fn caps(status: &BTreeMap<String, String>) -> Result<Json, String> {
    let mut sets = vec![];
    for (name, key) in [
        ("inheritable", "CapInh"),
        ("permitted", "CapPrm"),
        ("effective", "CapEff"),
        ("bounding", "CapBnd"),
        ("ambient", "CapAmb"),
    ] {
        sets.push((name.to_string(), cap_set(status, key)?));
    }
    Ok(Json::Obj(sets))
}

/// `/proc/self/uid_map` or `gid_map` (`user_namespaces(7)`): `[inside, outside, count]` per line.
fn id_map(path: &str) -> Result<Json, String> {
    read(path)?
        .lines()
        .map(|l| numbers(l).map(|n| Json::Arr(n.into_iter().map(Json::Num).collect())))
        .collect::<Result<Vec<_>, _>>()
        .map(Json::Arr)
}

/// The targets of the fds in `dir` (/proc/PID/fd), keyed by fd number, in order. The
/// directory handle that `read_dir` itself holds open is left out when it lists its own process.
fn fds(dir: &str) -> Result<Json, String> {
    let own = format!("/proc/{}/fd", std::process::id());
    let mut found = BTreeMap::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("listing {dir}: {e}"))? {
        let entry = entry.map_err(|e| format!("listing {dir}: {e}"))?;
        let Ok(fd) = entry.file_name().to_string_lossy().parse::<u64>() else {
            continue;
        };
        let target = match fs::read_link(entry.path()) {
            Ok(t) => t.to_string_lossy().into_owned(),
            // Closed since the listing.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("reading {}: {e}", entry.path().display())),
        };
        if dir == "/proc/self/fd" && target == own {
            continue;
        }
        found.insert(fd, target);
    }
    Ok(Json::Obj(
        found
            .into_iter()
            .map(|(fd, target)| (fd.to_string(), Json::Str(target)))
            .collect(),
    ))
}

/// PID 1's argv, from its NUL-separated /proc/1/cmdline.
fn init_cmdline() -> Result<Json, String> {
    let raw = fs::read("/proc/1/cmdline").map_err(|e| format!("reading /proc/1/cmdline: {e}"))?;
    let args: Vec<String> = raw
        .split(|&b| b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    Ok(Json::strs(&args))
}

/// Undoes mountinfo's octal escapes (`\040` for a space, proc(5)).
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| bytes[i] == b'\\' && d.iter().all(|c| (b'0'..=b'7').contains(c)));
        if let Some(d) = octal {
            // The kernel escapes single bytes, so the value fits; '?' if it did not.
            let value = d.iter().fold(0u32, |v, c| v * 8 + u32::from(c - b'0'));
            out.push(u8::try_from(value).unwrap_or(b'?'));
            i += 4;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// /proc/self/mountinfo (proc(5)), one object per mount, in mount order: `mount_point`,
/// `root` (the mounted part of the source fs), `fs_type`, `source`, `options` (per mount, as
/// "ro", "nosuid") and `super_options` (of the filesystem).
fn mounts() -> Result<Json, String> {
    let mut out = vec![];
    for line in read("/proc/self/mountinfo")?.lines() {
        let Some((left, right)) = line.split_once(" - ") else {
            return Err(format!("mountinfo line without a separator: {line:?}"));
        };
        let left: Vec<&str> = left.split(' ').collect();
        let right: Vec<&str> = right.split(' ').collect();
        if left.len() < 6 || right.len() < 3 {
            return Err(format!("short mountinfo line: {line:?}"));
        }
        let list = |s: &str| Json::strs(&s.split(',').map(unescape).collect::<Vec<_>>());
        out.push(Json::Obj(vec![
            ("mount_point".into(), Json::Str(unescape(left[4]))),
            ("root".into(), Json::Str(unescape(left[3]))),
            ("fs_type".into(), Json::Str(unescape(right[0]))),
            ("source".into(), Json::Str(unescape(right[1]))),
            ("options".into(), list(left[5])),
            ("super_options".into(), list(right[2])),
        ]));
    }
    Ok(Json::Arr(out))
}

/// lstat of one path: owner, group, permission bits as octal text, and the file type.
fn stat(path: &str) -> Json {
    match fs::symlink_metadata(path) {
        Ok(m) => {
            let t = m.file_type();
            let kind = if t.is_dir() {
                "directory"
            } else if t.is_symlink() {
                "symlink"
            } else if t.is_file() {
                "file"
            } else if t.is_char_device() {
                "char_device"
            } else if t.is_block_device() {
                "block_device"
            } else if t.is_fifo() {
                "fifo"
            } else {
                "socket"
            };
            Json::Obj(vec![
                ("uid".into(), Json::Num(u64::from(m.uid()))),
                ("gid".into(), Json::Num(u64::from(m.gid()))),
                (
                    "mode".into(),
                    Json::Str(format!("{:04o}", m.mode() & 0o7777)),
                ),
                ("type".into(), Json::str(kind)),
            ])
        }
        Err(e) => Json::Obj(vec![("error".into(), Json::Str(e.to_string()))]),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stat_paths = match args.first().map(String::as_str) {
        None => &[][..],
        Some("--stat") => &args[1..],
        Some(other) => {
            eprintln!("den-probe: unknown argument {other:?} (usage: den-probe [--stat PATH...])");
            std::process::exit(2);
        }
    };
    let mut r = Report {
        fields: vec![],
        errors: vec![],
    };
    match status() {
        Ok(st) => {
            r.put_or("uid", ids(&st, "Uid"));
            r.put_or("gid", ids(&st, "Gid"));
            r.put_or(
                "groups",
                field(&st, "Groups")
                    .and_then(numbers)
                    .map(|g| Json::Arr(g.into_iter().map(Json::Num).collect())),
            );
            r.put_or("caps", caps(&st));
            r.put_or(
                "no_new_privs",
                field(&st, "NoNewPrivs").map(|v| Json::Bool(v == "1")),
            );
            r.put_or(
                "seccomp",
                field(&st, "Seccomp").and_then(|v| {
                    v.parse()
                        .map(Json::Num)
                        .map_err(|e| format!("Seccomp {v:?}: {e}"))
                }),
            );
            r.put_or(
                "ppid",
                field(&st, "PPid").and_then(|v| {
                    v.parse()
                        .map(Json::Num)
                        .map_err(|e| format!("PPid {v:?}: {e}"))
                }),
            );
        }
        Err(why) => r.put_or("status", Err(why)),
    }
    r.put("pid", Json::Num(u64::from(std::process::id())));
    r.put_or("uid_map", id_map("/proc/self/uid_map"));
    r.put_or("gid_map", id_map("/proc/self/gid_map"));
    r.put_or("fds", fds("/proc/self/fd"));
    r.put_or("init_cmdline", init_cmdline());
    r.put_or("init_fds", fds("/proc/1/fd"));
    r.put_or(
        "hostname",
        read("/proc/sys/kernel/hostname").map(|h| Json::str(h.trim_end())),
    );
    r.put_or(
        "cwd",
        std::env::current_dir()
            .map(|d| Json::Str(d.to_string_lossy().into_owned()))
            .map_err(|e| format!("getcwd: {e}")),
    );
    r.put_or("mounts", mounts());
    let stats = stat_paths.iter().map(|p| (p.clone(), stat(p))).collect();
    r.put("stat", Json::Obj(stats));
    let errors = std::mem::take(&mut r.errors);
    r.put("errors", Json::Obj(errors));
    let mut out = String::new();
    Json::Obj(r.fields).write(&mut out);
    println!("{out}");
}
