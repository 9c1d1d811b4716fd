//! `den stats`: each running container's CPU, memory, network and block I/O and process
//! count, podman's columns and JSON. From the container's cgroup v2 group when it has one,
//! otherwise from /proc of its processes (`runtime::procs`), so it works on cgroup v1 too.

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::StatsArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::output::format::{Listing, Shape, parse_format, render_rows};
use crate::output::units::{SizeStyle, go_duration, human_size};
use crate::runtime::{procs, state};
use crate::store::Store;
use crate::store::records::{self, ContainerRecord, State};

const LISTING: Listing = Listing {
    name: "stats",
    default: "{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDS}}\t{{.CPU}}\t{{.AVGCPU}}",
    headers: &[
        ("ID", "ID"),
        ("Name", "NAME"),
        ("CPUPerc", "CPU %"),
        ("MemUsage", "MEM USAGE / LIMIT"),
        ("MemUsageBytes", "MEM USAGE / LIMIT"),
        ("MemPerc", "MEM %"),
        ("NetIO", "NET IO"),
        ("BlockIO", "BLOCK IO"),
        ("PIDS", "PIDS"),
        ("CPU", "CPU TIME"),
        ("UpTime", "CPU TIME"),
        ("AVGCPU", "AVG CPU %"),
    ],
};

/// One container's counters at one moment.
#[derive(Debug, Clone, Default)]
pub struct Sample {
    pub cpu_nanos: u64,
    pub memory: u64,
    pub memory_limit: u64,
    pub pids: u64,
    pub net: (u64, u64),
    pub block: (u64, u64),
    /// Seconds the container has run.
    pub up_secs: f64,
}

fn host_memory() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| procs::parse_kb(&t, "MemTotal:"))
        .unwrap_or(0)
}

/// Reads one container's counters: its cgroup's, else its processes'.
pub fn sample(record: &ContainerRecord) -> Result<Sample> {
    let init = record.pid.unwrap_or(0);
    let started = records::unix_time(record.started.as_deref()).unwrap_or(0);
    #[allow(clippy::cast_precision_loss)]
    let up_secs = (crate::store::time::now_unix() - started).max(1) as f64;
    let mut s = Sample {
        net: procs::net_io(init),
        up_secs,
        ..Sample::default()
    };
    if let Some(dir) = crate::cgroup::group_of(init) {
        let u = crate::cgroup::v2::usage(&dir);
        s.cpu_nanos = u.cpu_nanos;
        s.memory = u.memory;
        s.memory_limit = u.memory_limit.unwrap_or_else(host_memory);
        s.pids = u.pids;
        s.block = (u.read_bytes, u.write_bytes);
    } else {
        let u = procs::usage(init)?;
        s.cpu_nanos = u.cpu_nanos;
        s.memory = u.memory;
        s.memory_limit = host_memory();
        s.pids = u.pids;
        s.block = (u.read_bytes, u.write_bytes);
    }
    Ok(s)
}

fn percent(part: f64, whole: f64) -> String {
    if whole <= 0.0 {
        return "0.00%".into();
    }
    format!("{:.2}%", part / whole * 100.0)
}

fn pair(a: u64, b: u64) -> String {
    format!(
        "{} / {}",
        human_size(a, SizeStyle::Df),
        human_size(b, SizeStyle::Df)
    )
}

/// The row of one container: `cpu_window` is the CPU time and wall time since the previous
/// sample (None: the first, measured over the container's whole run, as podman's first).
#[allow(clippy::cast_precision_loss)]
pub fn row(record: &ContainerRecord, s: &Sample, cpu_window: Option<(u64, f64)>) -> Value {
    let (cpu, wall) = cpu_window.unwrap_or((s.cpu_nanos, s.up_secs));
    let cpu_perc = percent(cpu as f64 / 1e9, wall);
    let avg = percent(s.cpu_nanos as f64 / 1e9, s.up_secs);
    json!({
        "ID": record.id.chars().take(12).collect::<String>(),
        "ContainerID": record.id,
        "Name": record.name,
        "CPUPerc": cpu_perc,
        "AVGCPU": avg,
        "CPU": go_duration(s.cpu_nanos),
        "UpTime": go_duration(s.cpu_nanos),
        "CPUNano": s.cpu_nanos,
        "MemUsage": pair(s.memory, s.memory_limit),
        "MemUsageBytes": pair(s.memory, s.memory_limit),
        "MemPerc": percent(s.memory as f64, s.memory_limit as f64),
        "MemUsageRaw": s.memory,
        "MemLimit": s.memory_limit,
        "NetIO": pair(s.net.0, s.net.1),
        "BlockIO": pair(s.block.0, s.block.1),
        "PIDS": s.pids.to_string(),
        "PIDs": s.pids,
    })
}

/// podman's `stats --format json` object of a row.
fn json_of(row: &Value) -> Value {
    json!({
        "id": row["ID"],
        "name": row["Name"],
        "cpu_time": row["CPU"],
        "cpu_percent": row["CPUPerc"],
        "avg_cpu": row["AVGCPU"],
        "mem_usage": row["MemUsage"],
        "mem_percent": row["MemPerc"],
        "net_io": row["NetIO"],
        "block_io": row["BlockIO"],
        "pids": row["PIDS"],
    })
}

fn targets(store: &Store, args: &StatsArgs) -> Result<Vec<ContainerRecord>> {
    if args.containers.is_empty() {
        let mut list: Vec<ContainerRecord> = state::list(store)
            .into_iter()
            .filter(|r| r.state == State::Running && state::init_alive(r))
            .collect();
        if args.latest {
            list.sort_by(|a, b| a.created.cmp(&b.created));
            list = list.pop().into_iter().collect();
        }
        return Ok(list);
    }
    let mut list = Vec::new();
    for name in &args.containers {
        let (r, init_alive) = state::find_for_init(store, name)?;
        if !init_alive {
            return Err(hinted(
                format!("container \"{name}\" is not running: stats need a running container"),
                format!("start it first: den start {name}"),
            ));
        }
        list.push(r);
    }
    Ok(list)
}

pub fn stats(ctx: &Ctx, args: &StatsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let shape = parse_format(args.format.as_deref(), &LISTING)?;
    let mut previous: HashMap<String, (u64, Instant)> = HashMap::new();
    loop {
        let mut rows = Vec::new();
        for r in targets(&store, args)? {
            let Ok(s) = sample(&r) else {
                continue; // it ended meanwhile
            };
            let now = Instant::now();
            let window = previous.get(&r.id).map(|(cpu, at)| {
                (
                    s.cpu_nanos.saturating_sub(*cpu),
                    now.duration_since(*at).as_secs_f64(),
                )
            });
            previous.insert(r.id.clone(), (s.cpu_nanos, now));
            rows.push(row(&r, &s, window));
        }
        let mut out = crate::output::stdout();
        if !args.no_stream && !args.no_reset {
            write!(out, "\x1b[2J\x1b[H")?;
        }
        if let Shape::Json = shape {
            let values: Vec<Value> = rows.iter().map(json_of).collect();
            crate::output::print_json(&values)?;
        } else {
            write!(out, "{}", render_rows(&shape, &rows, &LISTING, false)?)?;
        }
        out.flush()?;
        if args.no_stream {
            return Ok(0);
        }
        std::thread::sleep(Duration::from_secs(args.interval.max(1)));
    }
}
