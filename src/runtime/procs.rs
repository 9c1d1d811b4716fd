//! The processes of a running container, read from /proc (for `stats` and `pause` where the
//! container has no cgroup of its own): the members of its PID namespace, their CPU time,
//! memory, block I/O, and the network namespace's counters; stopping and continuing them.

use std::fs;

use anyhow::{Context, Result};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

/// The host pids of every process in the PID namespace of `init` (the container's init).
pub fn namespace_pids(init: i32) -> Result<Vec<i32>> {
    let ns = fs::read_link(format!("/proc/{init}/ns/pid"))
        .context("reading the container's pid namespace")?;
    let mut pids = Vec::new();
    for entry in fs::read_dir("/proc").context("reading /proc")?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        if fs::read_link(format!("/proc/{pid}/ns/pid")).ok().as_ref() == Some(&ns) {
            pids.push(pid);
        }
    }
    pids.sort_unstable();
    Ok(pids)
}

/// What `den stats` reads from /proc for one container.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProcUsage {
    pub cpu_nanos: u64,
    /// Sum of the processes' proportional set sizes (their RSS where Pss is unreadable).
    pub memory: u64,
    pub pids: u64,
    pub read_bytes: u64,
    pub write_bytes: u64,
}

/// Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux).
const TICKS: u64 = 100;

/// utime + stime (fields 14 and 15) of a /proc/PID/stat line, in clock ticks.
pub fn parse_cpu_ticks(stat: &str) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// The state letter (field 3) of a /proc/PID/stat line.
pub fn parse_state(stat: &str) -> Option<char> {
    stat[stat.rfind(')')? + 1..].trim_start().chars().next()
}

/// A `Name: N kB` line of /proc/PID/status or smaps_rollup, in bytes.
pub fn parse_kb(text: &str, name: &str) -> Option<u64> {
    text.lines()
        .find_map(|l| l.strip_prefix(name))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map(|kb| kb * 1024)
}

/// `read_bytes` and `write_bytes` of /proc/PID/io.
pub fn parse_io(text: &str) -> (u64, u64) {
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    };
    (field("read_bytes:"), field("write_bytes:"))
}

/// Received and sent bytes of every interface but loopback in a /proc/PID/net/dev text.
pub fn parse_net_dev(text: &str) -> (u64, u64) {
    let (mut rx, mut tx) = (0, 0);
    for line in text.lines().skip(2) {
        let Some((name, counters)) = line.split_once(':') else {
            continue;
        };
        if name.trim() == "lo" {
            continue;
        }
        let f: Vec<u64> = counters
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        rx += f.first().copied().unwrap_or(0);
        tx += f.get(8).copied().unwrap_or(0);
    }
    (rx, tx)
}

/// Sums the usage of the container's processes.
pub fn usage(init: i32) -> Result<ProcUsage> {
    let mut u = ProcUsage::default();
    for pid in namespace_pids(init)? {
        let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue; // gone meanwhile
        };
        u.pids += 1;
        u.cpu_nanos += parse_cpu_ticks(&stat).unwrap_or(0) * (1_000_000_000 / TICKS);
        let pss = fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
            .ok()
            .and_then(|t| parse_kb(&t, "Pss:"));
        let rss = || {
            fs::read_to_string(format!("/proc/{pid}/status"))
                .ok()
                .and_then(|t| parse_kb(&t, "VmRSS:"))
        };
        u.memory += pss.or_else(rss).unwrap_or(0);
        if let Ok(io) = fs::read_to_string(format!("/proc/{pid}/io")) {
            let (r, w) = parse_io(&io);
            u.read_bytes += r;
            u.write_bytes += w;
        }
    }
    Ok(u)
}

/// The network counters (received, sent) of the container's network namespace.
pub fn net_io(init: i32) -> (u64, u64) {
    fs::read_to_string(format!("/proc/{init}/net/dev")).map_or((0, 0), |t| parse_net_dev(&t))
}

/// Whether the container's init is stopped (SIGSTOP: `den pause` without a cgroup).
pub fn is_stopped(init: i32) -> bool {
    fs::read_to_string(format!("/proc/{init}/stat"))
        .ok()
        .and_then(|s| parse_state(&s))
        .is_some_and(|c| c == 'T')
}

/// Sends `signal` to every process of the container, twice over the list so a process
/// forked meanwhile is caught too.
pub fn signal_all(init: i32, signal: Signal) -> Result<()> {
    for _ in 0..2 {
        for pid in namespace_pids(init)? {
            let _ = kill(Pid::from_raw(pid), signal);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_fields_are_read_after_the_command_name() {
        let stat = "42 (a b) c) S 1 42 42 0 -1 4194560 100 0 0 0 7 5 0 0 20 0 1 0 999 0 0";
        assert_eq!(parse_cpu_ticks(stat), Some(12));
        assert_eq!(parse_state(stat), Some('S'));
        assert_eq!(parse_state("1 (sleep) T 0"), Some('T'));
    }

    #[test]
    fn memory_io_and_network_counters_parse() {
        assert_eq!(parse_kb("Rss: 10 kB\nPss:   3 kB\n", "Pss:"), Some(3072));
        assert_eq!(parse_kb("Rss: 10 kB\n", "Pss:"), None);
        assert_eq!(
            parse_io("rchar: 5\nread_bytes: 4096\nwrite_bytes: 8192\n"),
            (4096, 8192)
        );
        let dev = "Inter-|   Receive  |  Transmit\n face |bytes packets|bytes\n    lo: 100 1 0 0 0 0 0 0 100 1 0 0 0 0 0 0\n  eth0: 2000 3 0 0 0 0 0 0 500 2 0 0 0 0 0 0\n";
        assert_eq!(parse_net_dev(dev), (2000, 500));
    }
}
