//! The event log file: appending a line, keeping the file bounded, reading it back, and
//! following it as it grows (and is rotated).

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::fcntl::{Flock, FlockArg};

use super::Event;

/// podman's `events_logfile_max_size` default ("1m" in containers.conf: 1 MiB).
pub const DEFAULT_MAX_SIZE: u64 = 1 << 20;

/// Overrides [`DEFAULT_MAX_SIZE`] (bytes), for tests and small machines.
pub const MAX_SIZE_ENV: &str = "DEN_EVENTS_MAX_SIZE";

/// `<store>/events/events.log`.
pub fn path(store_root: &Path) -> PathBuf {
    store_root.join("events").join("events.log")
}

/// The size above which the log is rotated; 0 is no limit (as podman's setting).
pub fn max_size() -> u64 {
    std::env::var(MAX_SIZE_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_MAX_SIZE)
}

/// Appends `event` as one line, then rotates the file when it passed `max` bytes.
///
/// The line goes out in a single write(2) on a descriptor opened with O_APPEND: the kernel
/// moves to the end and writes under the inode's lock in one step, so lines from dens
/// running at the same time never interleave or overwrite each other (a line is far below
/// PIPE_BUF, the size up to which POSIX promises such writes whole even on pipes, and a
/// regular file never cuts a small write short). No fsync: an event lost in a crash is
/// acceptable, as with podman's file backend, and commands must stay cheap.
pub fn append(path: &Path, event: &Event, max: u64) -> Result<()> {
    let file = open(path)?;
    write_line(&file, event)?;
    if max > 0 && file.metadata()?.len() > max {
        rotate(path, max)?;
    }
    Ok(())
}

/// Opens the log for appending (O_APPEND, mode 0600), creating it and its directory.
pub fn open(path: &Path) -> Result<fs::File> {
    let dir = path.parent().context("the event log has no directory")?;
    let open = || {
        fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .custom_flags(libc::O_CLOEXEC)
            .open(path)
    };
    match open() {
        Ok(f) => Ok(f),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            open().with_context(|| format!("opening {}", path.display()))
        }
        Err(e) => Err(e).with_context(|| format!("opening {}", path.display())),
    }
}

/// Writes `event` as one line in one write(2) (see [`append`]).
pub fn write_line(mut file: &fs::File, event: &Event) -> Result<()> {
    let mut line = serde_json::to_vec(event)?;
    line.push(b'\n');
    let written = file.write(&line)?;
    if written != line.len() {
        bail!("short write ({written} of {} bytes)", line.len());
    }
    Ok(())
}

/// Keeps the newest half of the log: the lines after the middle of the file go to a new
/// file that replaces the log (rename), under a lock so that two dens do not rotate at once.
/// An event appended by another den between the read and the rename may be lost.
fn rotate(path: &Path, max: u64) -> Result<()> {
    let lock_path = path.with_extension("lock");
    let lock_file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&lock_path)?;
    let Ok(_lock) = Flock::lock(lock_file, FlockArg::LockExclusiveNonblock) else {
        return Ok(()); // another den rotates it now
    };
    let bytes = fs::read(path)?;
    if (bytes.len() as u64) <= max {
        return Ok(());
    }
    let kept = newest_half(&bytes);
    let tmp = path.with_extension("log.tmp");
    fs::write(&tmp, kept)?;
    fs::rename(&tmp, path)?;
    Ok(())
}

/// The lines that start in the second half of `bytes`.
pub fn newest_half(bytes: &[u8]) -> &[u8] {
    let from = (bytes.len() / 2).saturating_sub(1);
    match bytes[from..].iter().position(|&b| b == b'\n') {
        Some(i) => &bytes[from + i + 1..],
        None => &[],
    }
}

/// Parses one line; `None` for an empty line.
pub fn parse_line(line: &[u8]) -> Option<Result<Event, serde_json::Error>> {
    let line = line.trim_ascii();
    if line.is_empty() {
        return None;
    }
    Some(serde_json::from_slice(line))
}

/// Reads a log that grows and may be rotated: each [`Follower::poll`] returns the whole
/// lines added since the last one. After a rotation (the path names a new file), reading
/// resumes after the last line already returned when the new file still holds it, else
/// from its start.
pub struct Follower {
    path: PathBuf,
    file: Option<fs::File>,
    inode: u64,
    offset: u64,
    partial: Vec<u8>,
    last_line: Vec<u8>,
}

impl Follower {
    pub fn new(path: &Path) -> Follower {
        Follower {
            path: path.to_path_buf(),
            file: None,
            inode: 0,
            offset: 0,
            partial: Vec::new(),
            last_line: Vec::new(),
        }
    }

    /// The complete lines that are new since the last call.
    pub fn poll(&mut self) -> Result<Vec<Vec<u8>>> {
        let meta = match fs::metadata(&self.path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.path.display())),
        };
        let rotated = self.file.is_some() && meta.ino() != self.inode;
        if self.file.is_none() || rotated {
            let file = fs::File::open(&self.path)
                .with_context(|| format!("opening {}", self.path.display()))?;
            self.inode = file.metadata()?.ino();
            self.file = Some(file);
            self.offset = 0;
            self.partial.clear();
            if rotated {
                return self.resume_after_rotation();
            }
        }
        let mut lines = self.read_new()?;
        if let Some(last) = lines.last() {
            self.last_line.clone_from(last);
        }
        lines.retain(|l| !l.trim_ascii().is_empty());
        Ok(lines)
    }

    fn read_new(&mut self) -> Result<Vec<Vec<u8>>> {
        let Some(file) = self.file.as_mut() else {
            return Ok(Vec::new());
        };
        if file.metadata()?.len() < self.offset {
            // Truncated in place: start again.
            self.offset = 0;
            self.partial.clear();
        }
        file.seek(SeekFrom::Start(self.offset))?;
        let mut buf = Vec::new();
        file.read_to_end(&mut buf)?;
        self.offset += buf.len() as u64;
        self.partial.extend_from_slice(&buf);
        let Some(end) = self.partial.iter().rposition(|&b| b == b'\n') else {
            return Ok(Vec::new());
        };
        let rest = self.partial.split_off(end + 1);
        let whole = std::mem::replace(&mut self.partial, rest);
        Ok(whole
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(<[u8]>::to_vec)
            .collect())
    }

    fn resume_after_rotation(&mut self) -> Result<Vec<Vec<u8>>> {
        let mut lines = self.read_new()?;
        if !self.last_line.is_empty()
            && let Some(i) = lines.iter().position(|l| *l == self.last_line)
        {
            lines.drain(..=i);
        }
        if let Some(last) = lines.last() {
            self.last_line.clone_from(last);
        }
        Ok(lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(n: usize) -> Event {
        Event {
            id: format!("{n:064}"),
            status: "start".into(),
            time: "2025-01-01T00:00:00Z".into(),
            kind: "container".into(),
            ..Event::default()
        }
    }

    #[test]
    fn newest_half_keeps_whole_lines() {
        assert_eq!(newest_half(b"aaaa\nbbbb\ncccc\n"), b"cccc\n");
        assert_eq!(newest_half(b"a\nb\nc\nd\n"), b"c\nd\n");
        assert_eq!(newest_half(b"abc"), b"");
    }

    #[test]
    fn appends_rotate_and_the_follower_sees_each_line_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = path(dir.path());
        let mut follower = Follower::new(&path);
        assert!(follower.poll().unwrap().is_empty());
        let mut seen = Vec::new();
        for n in 0..200 {
            append(&path, &event(n), 4096).unwrap();
            for line in follower.poll().unwrap() {
                seen.push(parse_line(&line).unwrap().unwrap().id);
            }
        }
        let size = fs::metadata(&path).unwrap().len();
        assert!(size <= 4096, "rotated log is {size} bytes");
        let want: Vec<String> = (0..200).map(|n| format!("{n:064}")).collect();
        assert_eq!(seen, want);
        // The newest event is kept.
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.lines().last().unwrap().contains(&want[199]));
    }

    #[test]
    fn corrupt_lines_are_errors_and_blank_lines_nothing() {
        assert!(parse_line(b"  \n").is_none());
        assert!(parse_line(b"{not json").unwrap().is_err());
        assert!(
            parse_line(br#"{"Status":"x","Time":"t","Type":"image"}"#)
                .unwrap()
                .is_ok()
        );
    }
}
