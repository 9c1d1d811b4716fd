//! `den top`: the processes in the container's PID namespace, read from /proc.

use std::fs;

use std::io::Write as _;

use anyhow::{Context, Result};

use crate::cli::TopArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::{self, format_table};
use crate::runtime::state;
use crate::store::Store;

/// `den top`: the processes in the container's PID namespace.
pub fn top(ctx: &Ctx, args: &TopArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let (record, init_alive) = state::find_for_init(&store, &args.container)?;
    if !init_alive {
        return Err(hinted(
            format!("container \"{}\" is not running", args.container),
            format!("start it first: den start {}", args.container),
        ));
    }
    let init = record.pid.unwrap_or(0);
    let ns = fs::read_link(format!("/proc/{init}/ns/pid"))
        .context("reading the container's pid namespace")?;
    let mapping = record.plan.as_ref().map(|p| p.mapping.clone());
    let ticks = 100i64;
    let boot = uptime_secs();
    let mut rows = vec![vec![
        "USER".to_string(),
        "PID".into(),
        "PPID".into(),
        "ELAPSED".into(),
        "TIME".into(),
        "COMMAND".into(),
    ]];
    let mut procs = Vec::new();
    for entry in fs::read_dir("/proc").context("reading /proc")?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        if fs::read_link(format!("/proc/{pid}/ns/pid")).ok().as_ref() != Some(&ns) {
            continue;
        }
        let Some(info) = proc_info(pid) else {
            continue;
        };
        procs.push(info);
    }
    procs.sort_by_key(|p| p.ns_pid);
    for p in procs {
        let user = mapping
            .as_ref()
            .and_then(|m| {
                m.uids
                    .iter()
                    .find(|r| p.uid >= r.host && p.uid < r.host + r.count)
                    .map(|r| p.uid - r.host + r.container)
            })
            .map_or_else(|| p.uid.to_string(), |u| container_user_name(init, u));
        let elapsed = boot - p.start_ticks / ticks;
        let cpu = p.cpu_ticks / ticks;
        rows.push(vec![
            user,
            p.ns_pid.to_string(),
            p.ns_ppid.to_string(),
            clock(elapsed),
            clock(cpu),
            p.args,
        ]);
    }
    write!(output::stdout(), "{}", format_table(&rows))?;
    Ok(0)
}

struct ProcInfo {
    ns_pid: i64,
    ns_ppid: i64,
    uid: u32,
    start_ticks: i64,
    cpu_ticks: i64,
    args: String,
}

fn proc_info(pid: i32) -> Option<ProcInfo> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .map(str::to_string)
    };
    let ns_pid: i64 = field("NSpid:")?.split_whitespace().last()?.parse().ok()?;
    let uid: u32 = field("Uid:")?.split_whitespace().next()?.parse().ok()?;
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let host_ppid: i32 = f.get(1)?.parse().ok()?;
    let ns_ppid = fs::read_to_string(format!("/proc/{host_ppid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("NSpid:"))
                .and_then(|v| {
                    let parts: Vec<&str> = v.split_whitespace().collect();
                    // Only a parent inside the same namespace has a pid there.
                    (parts.len() > 1).then(|| parts.last().and_then(|p| p.parse().ok()))?
                })
        })
        .unwrap_or(0);
    let cpu_ticks = f.get(11)?.parse::<i64>().ok()? + f.get(12)?.parse::<i64>().ok()?;
    let start_ticks = f.get(19)?.parse().ok()?;
    let cmdline = fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    let args = cmdline
        .split(|&b| b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Some(ProcInfo {
        ns_pid,
        ns_ppid,
        uid,
        start_ticks,
        cpu_ticks,
        args,
    })
}

fn container_user_name(init: i32, uid: u32) -> String {
    fs::read_to_string(format!("/proc/{init}/root/etc/passwd"))
        .ok()
        .and_then(|p| {
            p.lines().find_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                (f.len() > 2 && f[2] == uid.to_string()).then(|| f[0].to_string())
            })
        })
        .unwrap_or_else(|| uid.to_string())
}

fn uptime_secs() -> i64 {
    fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split('.').next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn clock(secs: i64) -> String {
    let secs = secs.max(0);
    format!(
        "{:02}:{:02}:{:02}",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}
