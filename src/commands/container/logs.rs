//! `den logs`: the container's k8s-file log (`runtime::logfile`), whole lines only, and with `-f` the lines as they come.

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::time::Duration;

use anyhow::{Context, Result};

use crate::cli::LogsArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::output;
use crate::runtime::logfile::{self, parse_log_line};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records;
use crate::store::time::{now_unix, parse_rfc3339};

/// Which log lines `logs` prints, and how.
#[derive(Default, Clone)]
pub(super) struct LogFilter {
    since: Option<i64>,
    until: Option<i64>,
    timestamps: bool,
    /// With several containers: the name or short id each line starts with.
    prefix: Option<String>,
}

/// `den logs`: each container's output in the order given (podman's), whole lines only;
/// with several containers each line starts with the container's short id, or its name with
/// `--names`. With `--follow` every container is followed at once.
pub fn logs(ctx: &Ctx, args: &LogsArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut ids = Vec::new();
    if args.latest {
        let newest = state::list(&store)
            .into_iter()
            .max_by(|a, b| a.created.cmp(&b.created))
            .context("there are no containers")?;
        ids.push(newest.id);
    }
    for name in &args.containers {
        ids.push(records::resolve(&store, name)?);
    }
    for id in &ids {
        check_driver(&store, id)?;
    }
    let base = LogFilter {
        since: args
            .options
            .since
            .as_deref()
            .map(|t| parse_time(t, "--since"))
            .transpose()?,
        until: args
            .options
            .until
            .as_deref()
            .map(|t| parse_time(t, "--until"))
            .transpose()?,
        timestamps: args.options.timestamps,
        prefix: None,
    };
    let several = ids.len() > 1;
    let mut followed = Vec::new();
    for id in &ids {
        let mut filter = base.clone();
        if several {
            filter.prefix = Some(if args.options.names {
                records::read(&store, id).map_or_else(|_| id.clone(), |r| r.name)
            } else {
                id.chars().take(12).collect()
            });
        }
        let end = print_log(&store, id, args.options.tail, &filter)?;
        followed.push((id.clone(), end, filter));
    }
    if args.options.follow {
        std::thread::scope(|scope| {
            let handles: Vec<_> = followed
                .iter()
                .map(|(id, end, filter)| scope.spawn(|| follow_log(&store, id, *end, filter)))
                .collect();
            handles
                .into_iter()
                .try_for_each(|h| h.join().unwrap_or_else(|_| Ok(())))
        })?;
    }
    Ok(0)
}

/// A container's log file (`--log-opt path=` or its ctr.log).
pub(super) fn log_path(store: &Store, id: &str) -> std::path::PathBuf {
    let dir = records::container_dir(store, id);
    records::read(store, id).map_or_else(
        |_| dir.join(logfile::LOG_FILE),
        |r| logfile::path_of(&r, &dir),
    )
}

/// podman's error for a container whose driver keeps no log.
fn check_driver(store: &Store, id: &str) -> Result<()> {
    let driver = records::read(store, id)
        .ok()
        .and_then(|r| r.plan)
        .map(|p| p.log.driver)
        .unwrap_or_default();
    if driver.writes_file() {
        return Ok(());
    }
    Err(hinted(
        format!(
            "this container is using the '{}' log driver, cannot read logs: this container is \
             not logging output",
            driver.as_str()
        ),
        "create it with --log-driver k8s-file (the default) to keep its output",
    ))
}

/// Prints the whole lines of one container's log (the last `tail` of them when `tail` is not
/// negative); returns the offset after the last whole line.
fn print_log(store: &Store, id: &str, tail: i64, filter: &LogFilter) -> Result<u64> {
    let path = log_path(store, id);
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
    let skip = usize::try_from(tail).map_or(0, |n| lines.len().saturating_sub(n));
    for line in &lines[skip..] {
        print_log_line(line, filter)?;
    }
    Ok(end as u64)
}

/// RFC 3339, or a duration before now (`10s`, `5m`, `2h`, `1h30m`).
fn parse_time(text: &str, flag: &str) -> Result<i64> {
    if let Some(t) = parse_rfc3339(text) {
        return Ok(t);
    }
    parse_duration(text).map(|d| now_unix() - d).ok_or_else(|| {
        hinted(
            format!("parsing {flag} \"{text}\": invalid time"),
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
    let time = parse_rfc3339(parsed.time);
    if let Some(since) = filter.since
        && time.is_some_and(|t| t < since)
    {
        return Ok(());
    }
    if let Some(until) = filter.until
        && time.is_some_and(|t| t > until)
    {
        return Ok(());
    }
    let mut out = Vec::new();
    if let Some(prefix) = &filter.prefix {
        out.extend_from_slice(prefix.as_bytes());
        out.push(b' ');
    }
    if filter.timestamps {
        out.extend_from_slice(parsed.time.as_bytes());
        out.push(b' ');
    }
    out.extend_from_slice(parsed.text);
    if !parsed.partial {
        out.push(b'\n');
    }
    // A closed stdout (`den logs -f | head`) ends the command quietly, in `output::stdout`.
    let result = if parsed.stderr {
        std::io::stderr().lock().write_all(&out)
    } else {
        let mut o = output::stdout();
        o.write_all(&out).and_then(|()| o.flush())
    };
    result.context("writing the log")
}

/// Prints log lines from `offset` as they come, until the container is not running and the
/// log has no more.
pub(super) fn follow_log(store: &Store, id: &str, offset: u64, filter: &LogFilter) -> Result<()> {
    let path = log_path(store, id);
    let mut pending = Vec::new();
    let mut pos = offset;
    loop {
        // Decide before reading: what was written before the exit is read below.
        let running = state::load(store, id).is_ok_and(|r| r.is_running());
        if let Ok(mut f) = fs::File::open(&path) {
            // The monitor started the log afresh (max-size): read it from its start.
            if f.metadata().is_ok_and(|m| m.len() < pos) {
                pos = 0;
                pending.clear();
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10s"), Some(10));
        assert_eq!(parse_duration("1h30m"), Some(5400));
        assert_eq!(parse_duration("5"), Some(5));
        assert_eq!(parse_duration("5x"), None);
    }
}
