//! Container lifecycle verbs: `start`, `stop`, `kill`, `restart`, `rm`, `ps`, `logs`, `wait`,
//! `rename`, `top`, `container prune`. Each reads the container's record through
//! `runtime::state` (which corrects stale state first) and acts on the container's init by
//! its host pid, checked against the start time recorded at spawn.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, Read, Seek, SeekFrom, Write};
use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

use crate::cli::{
    AttachArgs, Format, KillArgs, LogsArgs, PruneArgs, PsArgs, RenameArgs, RmArgs, StartArgs,
    StopArgs, TopArgs, WaitArgs,
};
use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::runtime::init;
use crate::runtime::monitor::{self, LOG_FILE, parse_log_line};
use crate::runtime::state::{self, ContainerRecord};
use crate::store::Store;
use crate::store::time::{now_unix, parse_rfc3339};

/// Prints a line on stdout; a closed pipe (`den ps | head -1`) is not an error, and never a
/// panic as `println!` would make it.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}
pub(crate) use say;

/// How long `stop`, `rm -f` and `restart` wait for a monitor to record the exit.
const RECORD_TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// Runs `each` for every name; errors are printed and the worst exit code returned, so one
/// missing container does not stop the others (as podman).
fn for_each(names: &[String], mut each: impl FnMut(&str) -> Result<()>) -> i32 {
    let mut code = 0;
    for name in names {
        if let Err(e) = each(name) {
            let c = crate::error::report(&e);
            code = code.max(c);
        }
    }
    code
}

/// `den start`.
pub fn start(ctx: &Ctx, args: &StartArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    if args.attach || args.interactive {
        if args.containers.len() != 1 {
            bail!("start --attach takes exactly one container");
        }
        return start_attached(ctx, &store, &args.containers[0], args.interactive);
    }
    Ok(for_each(&args.containers, |name| {
        let id = state::resolve(&store, name)?;
        start_one(ctx, &store, &id)?;
        say!("{name}");
        Ok(())
    }))
}

/// `start -a`: the container runs in the foreground with this den as its parent, as
/// `den run` (so `create -it` then `start -ai` gives a terminal).
fn start_attached(ctx: &Ctx, store: &Store, name: &str, interactive: bool) -> Result<i32> {
    let id = state::resolve(store, name)?;
    let plan = {
        let _lock = state::lock(store, &id)?;
        let mut record = state::read(store, &id)?;
        if (record.is_running() && state::alive(&record)) || state::monitor_alive(&record) {
            return Err(hinted(
                format!("container \"{name}\" is already running"),
                format!("follow its output with: den attach {name}"),
            ));
        }
        let mut plan = record
            .plan
            .clone()
            .context("the container's record has no run plan (made by an older den)")?;
        plan.process.interactive = interactive;
        monitor::set_monitor(&mut record);
        state::write(&state::container_dir(store, &id), &record)?;
        plan
    };
    crate::commands::run::run_foreground(ctx, store, &plan)
}

fn start_one(ctx: &Ctx, store: &Store, id: &str) -> Result<()> {
    let record = state::load(store, id)?;
    if record.is_running() {
        return Ok(());
    }
    monitor::start_detached(ctx, id)?;
    Ok(())
}

/// `den stop`.
pub fn stop(ctx: &Ctx, args: &StopArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let names = names_or_all(&store, &args.containers, args.all, true);
    Ok(for_each(&names, |name| {
        let id = state::resolve(&store, name)?;
        stop_one(&store, &id, Duration::from_secs(args.time))?;
        say!("{name}");
        Ok(())
    }))
}

fn names_or_all(store: &Store, names: &[String], all: bool, running: bool) -> Vec<String> {
    if !all {
        return names.to_vec();
    }
    state::list(store)
        .into_iter()
        .filter(|r| !running || r.is_running())
        .map(|r| r.id)
        .collect()
}

/// SIGTERM to the container's init (which passes it to the program), SIGKILL after
/// `timeout`, then waits until the exit is recorded.
fn stop_one(store: &Store, id: &str, timeout: Duration) -> Result<()> {
    let record = state::load(store, id)?;
    if !state::init_alive(&record) {
        wait_recorded(store, id)?;
        return Ok(());
    }
    // As podman, whose PID 1 is the program: no handler, no SIGTERM; killed after `timeout`.
    if record
        .pid
        .is_some_and(|p| init::program_takes_sigterm(Pid::from_raw(p)))
    {
        signal_init(&record, Signal::SIGTERM)?;
    }
    let deadline = Instant::now() + timeout;
    while state::init_alive(&record) && Instant::now() < deadline {
        std::thread::sleep(POLL);
    }
    if state::init_alive(&record) {
        signal_init(&record, Signal::SIGKILL)?;
    }
    wait_recorded(store, id)?;
    Ok(())
}

/// Sends `sig` to the container's init, if it still is the process den started.
fn signal_init(record: &ContainerRecord, sig: Signal) -> Result<()> {
    if !state::init_alive(record) {
        return Ok(());
    }
    let pid = record.pid.context("the container has no pid")?;
    match kill(Pid::from_raw(pid), sig) {
        Ok(()) | Err(nix::errno::Errno::ESRCH) => Ok(()),
        Err(e) => Err(e).with_context(|| format!("sending {sig} to container \"{}\"", record.name)),
    }
}

/// Waits until the record no longer says running (the monitor wrote the exit status, or it
/// is found dead), up to `RECORD_TIMEOUT`.
fn wait_recorded(store: &Store, id: &str) -> Result<Option<ContainerRecord>> {
    let deadline = Instant::now() + RECORD_TIMEOUT;
    loop {
        if !exists(store, id) {
            return Ok(None); // a `--rm` container: its monitor removed it
        }
        let record = state::load(store, id)?;
        if !record.is_running() || Instant::now() >= deadline {
            return Ok(Some(record));
        }
        std::thread::sleep(POLL);
    }
}

/// Whether the container's record still exists.
fn exists(store: &Store, id: &str) -> bool {
    state::container_dir(store, id)
        .join("container.json")
        .exists()
}

/// `den kill`.
pub fn kill_command(ctx: &Ctx, args: &KillArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let sig = parse_signal(&args.signal)?;
    Ok(for_each(&args.containers, |name| {
        let id = state::resolve(&store, name)?;
        let record = state::load(&store, &id)?;
        if !state::init_alive(&record) {
            return Err(hinted(
                format!(
                    "can only kill running containers: \"{name}\" is in state {}",
                    record.state
                ),
                format!("start it first: den start {name}"),
            ));
        }
        signal_init(&record, sig)?;
        say!("{name}");
        Ok(())
    }))
}

/// `KILL`, `SIGKILL`, `kill` or `9`.
pub fn parse_signal(text: &str) -> Result<Signal> {
    if let Ok(n) = text.parse::<i32>() {
        return Signal::try_from(n).with_context(|| format!("invalid signal number {n}"));
    }
    let upper = text.to_ascii_uppercase();
    let name = if upper.starts_with("SIG") {
        upper
    } else {
        format!("SIG{upper}")
    };
    Signal::from_str(&name).map_err(|_| {
        hinted(
            format!("invalid signal \"{text}\""),
            "use a name such as TERM, KILL, HUP, or a number",
        )
    })
}

/// `den restart`.
pub fn restart(ctx: &Ctx, args: &StopArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let names = names_or_all(&store, &args.containers, args.all, true);
    Ok(for_each(&names, |name| {
        let id = state::resolve(&store, name)?;
        stop_one(&store, &id, Duration::from_secs(args.time))?;
        start_one(ctx, &store, &id)?;
        say!("{name}");
        Ok(())
    }))
}

/// `den rm`: exit code 1 when a container does not exist, 2 when one runs (without -f).
pub fn rm(ctx: &Ctx, args: &RmArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let names = names_or_all(&store, &args.containers, args.all, false);
    let mut code = 0;
    for name in &names {
        let id = match state::resolve(&store, name) {
            Ok(id) => id,
            Err(e) => {
                crate::error::report(&e);
                code = code.max(1);
                continue;
            }
        };
        match remove_one(&store, &id, args.force) {
            Ok(()) => say!("{name}"),
            Err(e) => {
                let c = crate::error::report(&e);
                code = code.max(if c == 2 { 2 } else { EXIT_DEN });
            }
        }
    }
    Ok(code)
}

fn remove_one(store: &Store, id: &str, force: bool) -> Result<()> {
    let record = state::load(store, id)?;
    if record.is_running() {
        if !force {
            return Err(hinted(
                format!("cannot remove container \"{}\": it is running", record.name),
                "stop it first, or use den rm -f",
            ))
            .exit_code(2);
        }
        signal_init(&record, Signal::SIGKILL)?;
        if wait_recorded(store, id)?.is_none() {
            return Ok(());
        }
    }
    let dir = state::container_dir(store, id);
    let mapping = match &record.plan {
        Some(p) => p.mapping.clone(),
        None => crate::runtime::idmap::IdMapping::for_current_user()?,
    };
    {
        let _store_lock = store.lock()?;
        if !exists(store, id) {
            return Ok(());
        }
        let _lock = state::lock(store, id)?;
        let again = state::read(store, id)?;
        if again.is_running() && state::alive(&again) {
            bail!(
                "container \"{}\" started again while being removed",
                record.name
            );
        }
        monitor::remove_dir(&dir, &mapping)?;
    }
    Ok(())
}

/// `den container prune`.
pub fn prune(ctx: &Ctx, args: &PruneArgs) -> Result<i32> {
    if !args.force {
        eprint!(
            "WARNING! This will remove all non running containers.\nAre you sure you want to continue? [y/N] "
        );
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer).ok();
        if !answer.trim().eq_ignore_ascii_case("y") && !answer.trim().eq_ignore_ascii_case("yes") {
            return Ok(0);
        }
    }
    let store = Store::open(&ctx.paths)?;
    let (removed, code) = prune_stopped(&store);
    for id in removed {
        say!("{id}");
    }
    Ok(code)
}

/// Removes every container that is not running; returns their ids and the exit code of the
/// worst failure (each failure is reported as it happens).
pub fn prune_stopped(store: &Store) -> (Vec<String>, i32) {
    let mut code = 0;
    let mut removed = Vec::new();
    for record in state::list(store) {
        if record.is_running() {
            continue;
        }
        match remove_one(store, &record.id, false) {
            Ok(()) => removed.push(record.id),
            // Removed meanwhile by another den: nothing left to prune.
            Err(_) if !state::container_dir(store, &record.id).exists() => {}
            Err(e) => code = crate::error::report(&e).max(code),
        }
    }
    (removed, code)
}

/// `den ps`.
pub fn ps(ctx: &Ctx, args: &PsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let filters = args
        .filter
        .iter()
        .map(|f| parse_filter(f))
        .collect::<Result<Vec<_>>>()?;
    let mut records: Vec<ContainerRecord> = state::list(&store)
        .into_iter()
        .filter(|r| {
            args.all
                || args.latest
                || args.last.is_some()
                || r.is_running()
                || filters.iter().any(|(k, _)| k == "status")
        })
        .filter(|r| passes_filters(r, &filters))
        .collect();
    records.sort_by(|a, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
    if let Some(n) = args.last.or(args.latest.then_some(1)) {
        records.truncate(n);
    }
    let now = now_unix();
    if args.quiet {
        for r in &records {
            say!("{}", if args.no_trunc { &r.id } else { r.short_id() });
        }
        return Ok(0);
    }
    if args.format == Format::Json {
        let list: Vec<serde_json::Value> = records.iter().map(|r| ps_json(r, now)).collect();
        say!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(0);
    }
    let mut rows = vec![[
        "CONTAINER ID".to_string(),
        "IMAGE".into(),
        "COMMAND".into(),
        "CREATED".into(),
        "STATUS".into(),
        "PORTS".into(),
        "NAMES".into(),
    ]];
    for r in &records {
        let command = r.command.join(" ");
        let command = if args.no_trunc || command.chars().count() <= 20 {
            command
        } else {
            format!("{}...", command.chars().take(17).collect::<String>())
        };
        let created = state::unix_time(Some(&r.created)).unwrap_or(now);
        rows.push([
            if args.no_trunc {
                r.id.clone()
            } else {
                r.short_id().to_string()
            },
            r.image.clone(),
            command,
            format!("{} ago", state::human_duration(now - created)),
            state::status_text(r, now),
            String::new(),
            r.name.clone(),
        ]);
    }
    print_table(&rows);
    Ok(0)
}

fn print_table(rows: &[[String; 7]]) {
    let mut widths = [0usize; 7];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = std::io::stdout().lock();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<width$}  ", width = widths[i]);
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

fn parse_filter(text: &str) -> Result<(String, String)> {
    let Some((key, value)) = text.split_once('=') else {
        return Err(hinted(
            format!("invalid filter \"{text}\""),
            "filters are KEY=VALUE: name=, id=, status=",
        ));
    };
    match key {
        "name" | "id" => {}
        "status" => {
            if !["created", "running", "exited"].contains(&value) {
                return Err(hinted(
                    format!("invalid status filter \"{value}\""),
                    "status is one of created, running, exited",
                ));
            }
        }
        _ => {
            return Err(hinted(
                format!("unknown filter \"{key}\""),
                "den ps filters by name=, id=, status=",
            ));
        }
    }
    Ok((key.to_string(), value.to_string()))
}

/// podman's rule: filters on one key match if any of their values does; all keys must match.
fn passes_filters(r: &ContainerRecord, filters: &[(String, String)]) -> bool {
    filters.iter().all(|(key, _)| {
        filters
            .iter()
            .filter(|(k, _)| k == key)
            .any(|(k, v)| matches_filter(r, k, v))
    })
}

fn matches_filter(r: &ContainerRecord, key: &str, value: &str) -> bool {
    match key {
        "name" => r.name.contains(value),
        "id" => r.id.starts_with(value),
        "status" => r.state == value,
        _ => false,
    }
}

fn ps_json(r: &ContainerRecord, now: i64) -> serde_json::Value {
    serde_json::json!({
        "Id": r.id,
        "Names": [r.name],
        "Image": r.image,
        "ImageID": r.image_id.as_deref().unwrap_or_default().trim_start_matches("sha256:"),
        "Command": r.command,
        "Created": state::unix_time(Some(&r.created)).unwrap_or(0),
        "CreatedAt": r.created,
        "State": r.state,
        "Status": state::status_text(r, now),
        "Exited": r.state == state::EXITED,
        "ExitCode": r.exit_code.unwrap_or(0),
        "Pid": r.pid.unwrap_or(0),
        "StartedAt": state::unix_time(r.started.as_deref()).unwrap_or(0),
        "ExitedAt": state::unix_time(r.finished.as_deref()).unwrap_or(0),
    })
}

/// Which log lines `logs` prints.
#[derive(Default)]
struct LogFilter {
    since: Option<i64>,
    timestamps: bool,
}

/// `den logs`.
pub fn logs(ctx: &Ctx, args: &LogsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = state::resolve(&store, &args.container)?;
    let filter = LogFilter {
        since: args.since.as_deref().map(parse_since).transpose()?,
        timestamps: args.timestamps,
    };
    let path = state::container_dir(&store, &id).join(LOG_FILE);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e).with_context(|| format!("reading \"{}\"", path.display())),
    };
    // Only whole lines: the monitor may be writing the next one.
    let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let lines: Vec<&[u8]> = bytes[..end]
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let skip = args.tail.map_or(0, |n| lines.len().saturating_sub(n));
    for line in &lines[skip..] {
        print_log_line(line, &filter)?;
    }
    if args.follow {
        follow_log(&store, &id, end as u64, &filter)?;
    }
    Ok(0)
}

/// RFC 3339, or a duration before now (`10s`, `5m`, `2h`, `1h30m`).
fn parse_since(text: &str) -> Result<i64> {
    if let Some(t) = parse_rfc3339(text) {
        return Ok(t);
    }
    parse_duration(text).map(|d| now_unix() - d).ok_or_else(|| {
        hinted(
            format!("invalid time \"{text}\""),
            "give an RFC 3339 time (2025-01-01T10:00:00Z) or a duration (10s, 5m, 2h)",
        )
    })
}

fn parse_duration(text: &str) -> Option<i64> {
    let mut total = 0i64;
    let mut num = String::new();
    if text.is_empty() {
        return None;
    }
    for c in text.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: i64 = num.parse().ok()?;
        num.clear();
        total += n * match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            _ => return None,
        };
    }
    if !num.is_empty() {
        total += num.parse::<i64>().ok()?;
    }
    Some(total)
}

fn print_log_line(line: &[u8], filter: &LogFilter) -> Result<()> {
    let Some(parsed) = parse_log_line(line) else {
        return Ok(());
    };
    if let Some(since) = filter.since
        && parse_rfc3339(parsed.time).is_some_and(|t| t < since)
    {
        return Ok(());
    }
    let mut out = Vec::new();
    if filter.timestamps {
        out.extend_from_slice(parsed.time.as_bytes());
        out.push(b' ');
    }
    out.extend_from_slice(parsed.text);
    if !parsed.partial {
        out.push(b'\n');
    }
    let result = if parsed.stderr {
        std::io::stderr().lock().write_all(&out)
    } else {
        let mut o = std::io::stdout().lock();
        o.write_all(&out).and_then(|()| o.flush())
    };
    // A closed pipe (`den logs -f | head`) ends the command quietly.
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other.context("writing the log"),
    }
}

/// Prints log lines from `offset` as they come, until the container is not running and the
/// log has no more.
fn follow_log(store: &Store, id: &str, offset: u64, filter: &LogFilter) -> Result<()> {
    let path = state::container_dir(store, id).join(LOG_FILE);
    let mut pending = Vec::new();
    let mut pos = offset;
    loop {
        // Decide before reading: what was written before the exit is read below.
        let running = state::load(store, id).is_ok_and(|r| r.is_running());
        if let Ok(mut f) = fs::File::open(&path) {
            f.seek(SeekFrom::Start(pos)).context("reading the log")?;
            let n = f.read_to_end(&mut pending).context("reading the log")?;
            pos += n as u64;
        }
        while let Some(p) = pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = pending.drain(..=p).collect();
            print_log_line(&line[..line.len() - 1], filter)?;
        }
        if !running {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits until the container has exited; its exit code (`None` when it was removed).
fn wait_exit(store: &Store, id: &str) -> Result<Option<i32>> {
    loop {
        if !state::container_dir(store, id)
            .join("container.json")
            .exists()
        {
            return Ok(None);
        }
        let r = state::load(store, id)?;
        if r.state == state::EXITED {
            return Ok(r.exit_code);
        }
        // As podman 4.3: a container that was created and is not starting has stopped.
        if r.state == state::CREATED && !state::monitor_alive(&r) {
            return Ok(Some(r.exit_code.unwrap_or(0)));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `den attach`: the container's terminal or stdin through its monitor (`runtime::attach`),
/// else the output from now on; then the exit status (0 after detaching).
pub fn attach(ctx: &Ctx, args: &AttachArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = state::resolve(&store, &args.container)?;
    let record = state::load(&store, &id)?;
    if !record.is_running() {
        return Err(hinted(
            format!(
                "you can only attach to running containers: \"{}\" is in state {}",
                args.container, record.state
            ),
            format!("start it and attach: den start -a {}", args.container),
        ));
    }
    let keys = crate::runtime::attach::parse_detach_keys(&args.detach_keys)?;
    let (tty, interactive) = record
        .plan
        .as_ref()
        .map_or((false, false), |p| (p.process.tty, p.process.interactive));
    if (tty || interactive) && crate::runtime::attach::available(&ctx.paths.runtime, &id) {
        let forward = interactive && !args.no_stdin;
        return match crate::runtime::attach::attach(&ctx.paths.runtime, &id, tty, forward, keys)? {
            crate::runtime::attach::Ended::Detached => Ok(0),
            // The recorded status once the monitor wrote it; the code the monitor sent when
            // there is no record (--rm).
            crate::runtime::attach::Ended::Exited(sent) => {
                Ok(wait_exit(&store, &id)?.or(sent).unwrap_or(EXIT_DEN))
            }
        };
    }
    // No terminal or stdin to attach (no -t/-i, or run in the foreground of another den):
    // the output from now on.
    let log = state::container_dir(&store, &id).join(LOG_FILE);
    let offset = fs::metadata(&log).map_or(0, |m| m.len());
    follow_log(&store, &id, offset, &LogFilter::default())?;
    Ok(wait_exit(&store, &id)?.unwrap_or(EXIT_DEN))
}

/// `den wait`.
pub fn wait(ctx: &Ctx, args: &WaitArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    Ok(for_each(&args.containers, |name| {
        let id = state::resolve(&store, name)?;
        let code = wait_exit(&store, &id)?;
        say!("{}", code.unwrap_or(-1));
        Ok(())
    }))
}

/// `den rename`.
pub fn rename(ctx: &Ctx, args: &RenameArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    crate::runtime::plan::validate_name(&args.name)?;
    let _store_lock = store.lock()?;
    let id = state::resolve(&store, &args.container)?;
    if let Some(other) = state::find_by_name(&store, &args.name) {
        if other == id {
            return Ok(0);
        }
        return Err(hinted(
            format!(
                "the container name \"{}\" is already in use by container {}",
                args.name,
                &other[..12.min(other.len())]
            ),
            "choose another name, or remove that container",
        ));
    }
    let _lock = state::lock(&store, &id)?;
    let mut record = state::read(&store, &id)?;
    record.name.clone_from(&args.name);
    if let Some(plan) = record.plan.as_mut() {
        plan.name.clone_from(&args.name);
    }
    state::write(&state::container_dir(&store, &id), &record)?;
    Ok(0)
}

/// `den top`: the processes in the container's PID namespace.
pub fn top(ctx: &Ctx, args: &TopArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = state::resolve(&store, &args.container)?;
    let record = state::load(&store, &id)?;
    if !state::init_alive(&record) {
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
    let widths: Vec<usize> = (0..6)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i == 5 {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<width$}  ", width = widths[i]);
            }
        }
        say!("{}", line.trim_end());
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_and_durations() {
        assert_eq!(parse_signal("KILL").unwrap(), Signal::SIGKILL);
        assert_eq!(parse_signal("sigterm").unwrap(), Signal::SIGTERM);
        assert_eq!(parse_signal("1").unwrap(), Signal::SIGHUP);
        assert!(parse_signal("NOPE").is_err());
        assert_eq!(parse_duration("10s"), Some(10));
        assert_eq!(parse_duration("1h30m"), Some(5400));
        assert_eq!(parse_duration("5"), Some(5));
        assert_eq!(parse_duration("5x"), None);
        assert!(parse_filter("status=running").is_ok());
        assert!(parse_filter("status=up").is_err());
        assert!(parse_filter("color=red").is_err());
        let mut r = state::tests_record();
        r.name = "web".into();
        r.state = state::EXITED.into();
        let f = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect()
        };
        assert!(passes_filters(
            &r,
            &f(&[("status", "running"), ("status", "exited")])
        ));
        assert!(!passes_filters(
            &r,
            &f(&[("status", "exited"), ("name", "db")])
        ));
        assert!(passes_filters(&r, &f(&[("name", "db"), ("name", "we")])));
    }
}
