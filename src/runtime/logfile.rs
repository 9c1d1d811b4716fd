//! The container log: the monitor writes the container's output here as k8s-file lines
//! (`TIME STREAM F|P TEXT`, podman's `--log-driver k8s-file` format), `den logs` and
//! `den attach` read them back. Writer and parser of the format live together.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::store::time::format_rfc3339;

/// The log's file name in the container's directory.
pub const LOG_FILE: &str = "ctr.log";

/// Where a container's log is: `--log-opt path=`, or `ctr.log` in its directory.
pub fn path(plan: &crate::plan::RunPlan) -> PathBuf {
    plan.log
        .path
        .clone()
        .unwrap_or_else(|| plan.store_dir.join(LOG_FILE))
}

/// The log path of a container record (`dir`: the container's directory, for a record
/// without a plan).
pub fn path_of(record: &crate::store::records::ContainerRecord, dir: &Path) -> PathBuf {
    record
        .plan
        .as_ref()
        .map_or_else(|| dir.join(LOG_FILE), path)
}

/// Writes container output as k8s-file lines: `TIME STREAM F|P TEXT`, one per line of
/// output (`P` marks a line the program had not finished when den wrote it out). With
/// `max_size`, a write that would make the file larger empties it first (conmon's
/// `log-size-max`: the older lines are dropped, no rotated copy is kept).
pub struct LogWriter {
    file: fs::File,
    partial: [Vec<u8>; 2],
    max_size: Option<u64>,
    size: u64,
}

impl LogWriter {
    pub fn open(path: &Path, max_size: Option<u64>) -> Result<LogWriter> {
        let file = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("opening the container log \"{}\"", path.display()))?;
        let size = file.metadata().map_or(0, |m| m.len());
        Ok(LogWriter {
            file,
            partial: [Vec::new(), Vec::new()],
            max_size,
            size,
        })
    }

    fn append(&mut self, out: &[u8]) {
        if out.is_empty() {
            return;
        }
        match self.max_size {
            // Line by line, as conmon: the lines that pass the limit start a new file.
            Some(max) if self.size + out.len() as u64 > max => {
                for line in out.split_inclusive(|&b| b == b'\n') {
                    if self.size + line.len() as u64 > max && self.file.set_len(0).is_ok() {
                        self.size = 0;
                    }
                    self.put(line);
                }
            }
            _ => self.put(out),
        }
    }

    fn put(&mut self, bytes: &[u8]) {
        if self.file.write_all(bytes).is_ok() {
            self.size += bytes.len() as u64;
        }
    }

    pub fn write(&mut self, is_err: bool, bytes: &[u8]) {
        let stream = if is_err { "stderr" } else { "stdout" };
        let buf = &mut self.partial[usize::from(is_err)];
        buf.extend_from_slice(bytes);
        let mut out = Vec::with_capacity(buf.len() * 2);
        // One time for the lines of one read: they arrived together.
        let prefix = format!("{} {stream} F ", log_time());
        let mut start = 0;
        while let Some(pos) = buf[start..].iter().position(|&b| b == b'\n') {
            out.extend_from_slice(prefix.as_bytes());
            out.extend_from_slice(&buf[start..=start + pos]);
            start += pos + 1;
        }
        buf.drain(..start);
        // A long line without an end yet goes out as a partial one.
        if buf.len() >= 8192 {
            out.extend_from_slice(format!("{} {stream} P ", log_time()).as_bytes());
            out.append(buf);
            out.push(b'\n');
        }
        self.append(&out);
    }
}

impl Drop for LogWriter {
    fn drop(&mut self) {
        for is_err in [false, true] {
            let buf = std::mem::take(&mut self.partial[usize::from(is_err)]);
            if !buf.is_empty() {
                let stream = if is_err { "stderr" } else { "stdout" };
                let mut out = format!("{} {stream} P ", log_time()).into_bytes();
                out.extend_from_slice(&buf);
                out.push(b'\n');
                self.append(&out);
            }
        }
    }
}

/// The current time with nanoseconds, RFC 3339 in UTC.
pub fn log_time() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = format_rfc3339(i64::try_from(now.as_secs()).unwrap_or(i64::MAX));
    format!("{}.{:09}Z", secs.trim_end_matches('Z'), now.subsec_nanos())
}

/// One line of a container log.
#[derive(Debug, PartialEq, Eq)]
pub struct LogLine<'a> {
    pub time: &'a str,
    pub stderr: bool,
    pub partial: bool,
    pub text: &'a [u8],
}

/// Parses one k8s-file log line (without its newline).
pub fn parse_log_line(line: &[u8]) -> Option<LogLine<'_>> {
    let mut parts = line.splitn(4, |&b| b == b' ');
    let time = std::str::from_utf8(parts.next()?).ok()?;
    let stream = parts.next()?;
    let tag = parts.next()?;
    let text = parts.next().unwrap_or_default();
    Some(LogLine {
        time,
        stderr: stream == b"stderr",
        partial: tag == b"P",
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ctr.log");
        {
            let mut w = LogWriter::open(&path, None).unwrap();
            w.write(false, b"hello\nwor");
            w.write(true, b"oops\n");
            w.write(false, b"ld\n");
            w.write(false, b"tail");
        }
        let text = fs::read(&path).unwrap();
        let lines: Vec<LogLine<'_>> = text
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| parse_log_line(l).unwrap())
            .collect();
        let texts: Vec<&[u8]> = lines.iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [&b"hello"[..], &b"oops"[..], &b"world"[..], &b"tail"[..]]
        );
        assert!(lines[1].stderr && !lines[0].stderr);
        assert!(lines[3].partial && !lines[2].partial);
        assert!(crate::store::time::parse_rfc3339(lines[0].time).is_some());
    }

    #[test]
    fn max_size_starts_the_log_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ctr.log");
        let mut w = LogWriter::open(&path, Some(200)).unwrap();
        for i in 0..10 {
            w.write(false, format!("line-{i}\n").as_bytes());
            assert!(fs::metadata(&path).unwrap().len() <= 200);
        }
        // Many lines in one piece: still cut line by line.
        let many = (10..20).fold(String::new(), |all, i| all + &format!("line-{i}\n"));
        w.write(false, many.as_bytes());
        assert!(fs::metadata(&path).unwrap().len() <= 200);
        let text = String::from_utf8(fs::read(&path).unwrap()).unwrap();
        assert!(text.ends_with("line-19\n"), "{text}");
        assert!(!text.contains("line-0\n"));
    }
}
