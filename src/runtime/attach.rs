//! `den attach` to a detached container started with `-t` or `-i`: the monitor keeps the
//! container's pty master (or the write end of its stdin pipe) and listens on a unix socket,
//! `<runtime>/attach/<id>.sock` (mode 0600 in the user's private runtime dir). One attached
//! den at a time; a second one is refused with an error. Both sides speak frames of one kind
//! byte, a big-endian u32 length and the payload:
//!
//! - den attach to the monitor: `DATA` (input for the container), `RESIZE` (rows, cols as
//!   two u16), `EOF` (end of the user's input).
//! - the monitor to den attach: `READY` once, or `ERROR` (a message) and the end; then
//!   `STDOUT` / `STDERR` output until the container exits, then `EXIT` (its code as an i32)
//!   and the connection closes.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};

use crate::error::hinted;
use crate::sys::{WinSize, set_window_size, window_size};

const DATA: u8 = 0;
const RESIZE: u8 = 1;
const EOF: u8 = 2;
const STDOUT: u8 = 0;
const STDERR: u8 = 1;
const ERROR: u8 = 2;
const READY: u8 = 3;
const EXIT: u8 = 4;

/// The largest frame either side accepts.
const MAX_FRAME: usize = 1 << 20;

/// The directory of the attach sockets in den's runtime dir.
pub fn socket_dir(runtime: &Path) -> PathBuf {
    runtime.join("attach")
}

/// A socket path short enough for `sun_path` whatever the runtime dir: through an open
/// descriptor of the directory (`/proc/self/fd/N/ID.sock`).
fn short_path(dir: &File, id: &str) -> PathBuf {
    PathBuf::from(format!("/proc/self/fd/{}/{id}.sock", dir.as_raw_fd()))
}

fn frame(kind: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 5);
    out.push(kind);
    out.extend_from_slice(
        &u32::try_from(payload.len())
            .unwrap_or(u32::MAX)
            .to_be_bytes(),
    );
    out.extend_from_slice(payload);
    out
}

/// Takes the complete frames off the front of `buf`; `None` for a malformed stream.
fn take_frames(buf: &mut Vec<u8>) -> Option<Vec<(u8, Vec<u8>)>> {
    let mut frames = Vec::new();
    let mut pos = 0;
    while buf.len() - pos >= 5 {
        let len = u32::from_be_bytes(buf[pos + 1..pos + 5].try_into().ok()?) as usize;
        if len > MAX_FRAME {
            return None;
        }
        if buf.len() - pos - 5 < len {
            break;
        }
        frames.push((buf[pos], buf[pos + 5..pos + 5 + len].to_vec()));
        pos += 5 + len;
    }
    buf.drain(..pos);
    Some(frames)
}

fn resize_payload(size: WinSize) -> Vec<u8> {
    let mut p = size.rows.to_be_bytes().to_vec();
    p.extend_from_slice(&size.cols.to_be_bytes());
    p
}

/// The monitor's side: the listening socket and what the attached den talks to.
pub struct Relay {
    listener: UnixListener,
    _dir: File,
    path: PathBuf,
    name: String,
    /// The write end of the container's stdin pipe (`-i` without `-t`).
    stdin: Option<OwnedFd>,
    /// The container's pty master (`-t`), once its setup sent it.
    master: Option<File>,
    client: Option<(UnixStream, Vec<u8>)>,
    /// Input the container has not taken yet (both descriptors are non-blocking, so a
    /// container that does not read cannot stall the monitor); the client is not read
    /// meanwhile.
    queued: Vec<u8>,
    /// Close the stdin pipe once `queued` is written.
    eof_queued: bool,
}

impl Relay {
    /// Listens for `den attach` to container `id` (named `name`).
    pub fn listen(runtime: &Path, id: &str, name: &str, stdin: Option<OwnedFd>) -> Result<Relay> {
        let dir_path = socket_dir(runtime);
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir_path)
            .with_context(|| format!("creating \"{}\"", dir_path.display()))?;
        let dir =
            File::open(&dir_path).with_context(|| format!("opening \"{}\"", dir_path.display()))?;
        let path = dir_path.join(format!("{id}.sock"));
        // A socket left by a monitor that did not end cleanly (the container is not running).
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(short_path(&dir, id))
            .with_context(|| format!("creating the attach socket \"{}\"", path.display()))?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("making \"{}\" private", path.display()))?;
        listener
            .set_nonblocking(true)
            .context("making the attach socket non-blocking")?;
        if let Some(fd) = &stdin {
            set_nonblocking(fd.as_fd()).context("making the stdin pipe non-blocking")?;
        }
        Ok(Relay {
            listener,
            _dir: dir,
            path,
            name: name.to_string(),
            stdin,
            master: None,
            client: None,
            queued: Vec::new(),
            eof_queued: false,
        })
    }

    /// Closes the relay's descriptors in the container's process, keeping the socket file.
    pub fn close_in_child(mut self) {
        self.path = PathBuf::new();
    }

    /// The container's pty master: its output is read here, input written to it.
    pub fn set_master(&mut self, master: OwnedFd) {
        let _ = set_nonblocking(master.as_fd());
        self.master = Some(File::from(master));
    }

    /// Whether the pty master still has output to read.
    pub fn master_open(&self) -> bool {
        self.master.is_some()
    }

    /// Stops reading the pty (the container is gone and its output drained).
    pub fn close_master(&mut self) {
        self.master = None;
    }

    /// The descriptors to poll for reading.
    pub fn poll_fds(&self) -> Vec<PollFd<'_>> {
        let mut fds = vec![PollFd::new(self.listener.as_fd(), PollFlags::POLLIN)];
        let waiting = !self.queued.is_empty();
        let out = if waiting {
            PollFlags::POLLOUT
        } else {
            PollFlags::empty()
        };
        if let Some(m) = &self.master {
            fds.push(PollFd::new(m.as_fd(), PollFlags::POLLIN | out));
        } else if let Some(fd) = self.stdin.as_ref().filter(|_| waiting) {
            fds.push(PollFd::new(fd.as_fd(), PollFlags::POLLOUT));
        }
        if let Some((c, _)) = self.client.as_ref().filter(|_| !waiting) {
            fds.push(PollFd::new(c.as_fd(), PollFlags::POLLIN));
        }
        fds
    }

    /// Sends container output to the attached den, if any (a den that went away is dropped).
    pub fn output(&mut self, is_err: bool, bytes: &[u8]) {
        if let Some((c, _)) = self.client.as_mut()
            && c.write_all(&frame(if is_err { STDERR } else { STDOUT }, bytes))
                .is_err()
        {
            self.client = None;
        }
    }

    /// Tells the attached den the container's exit code (the connection closes after it).
    pub fn exited(&mut self, code: i32) {
        if let Some((c, _)) = self.client.as_mut() {
            let _ = c.write_all(&frame(EXIT, &code.to_be_bytes()));
        }
    }

    /// Handles the descriptors `ready` reported readable; the pty output also goes to `sink`.
    pub fn handle(
        &mut self,
        ready: &[(RawFd, PollFlags)],
        buf: &mut [u8],
        sink: &mut dyn FnMut(bool, &[u8]),
    ) {
        let is_ready = |fd: RawFd| ready.iter().any(|(f, r)| *f == fd && !r.is_empty());
        if let Some(m) = self.master.as_mut()
            && is_ready(m.as_raw_fd())
        {
            match m.read(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Ok(0) | Err(_) => self.master = None,
                Ok(n) => {
                    sink(false, &buf[..n]);
                    self.output(false, &buf[..n]);
                }
            }
        }
        self.flush();
        if let Some((c, _)) = &self.client
            && is_ready(c.as_raw_fd())
        {
            self.read_client(buf);
        }
        if is_ready(self.listener.as_raw_fd()) {
            self.accept();
        }
    }

    fn accept(&mut self) {
        while let Ok((mut stream, _)) = self.listener.accept() {
            let _ = stream.set_nonblocking(false);
            // A den attach that stops reading is dropped rather than stalling the container.
            let _ = stream.set_write_timeout(Some(std::time::Duration::from_secs(10)));
            if self.client.is_some() {
                let msg = format!(
                    "container \"{}\" already has a den attach connected",
                    self.name
                );
                let _ = stream.write_all(&frame(ERROR, msg.as_bytes()));
                continue;
            }
            if stream.write_all(&frame(READY, &[])).is_ok() {
                self.client = Some((stream, Vec::new()));
            }
        }
    }

    fn read_client(&mut self, buf: &mut [u8]) {
        let Some((stream, pending)) = self.client.as_mut() else {
            return;
        };
        let frames = match stream.read(buf) {
            Ok(0) | Err(_) => None,
            Ok(n) => {
                pending.extend_from_slice(&buf[..n]);
                take_frames(pending)
            }
        };
        let Some(frames) = frames else {
            self.client = None;
            return;
        };
        for (kind, payload) in frames {
            match kind {
                DATA => self.input(&payload),
                RESIZE if payload.len() == 4 => {
                    let size = WinSize {
                        rows: u16::from_be_bytes([payload[0], payload[1]]),
                        cols: u16::from_be_bytes([payload[2], payload[3]]),
                    };
                    if let Some(m) = &self.master {
                        let _ = set_window_size(m.as_fd(), size);
                    }
                }
                EOF => {
                    if self.master.is_some() {
                        // The terminal's end-of-file character.
                        self.input(&[4]);
                    } else {
                        self.eof_queued = true;
                        self.flush();
                    }
                }
                _ => {}
            }
        }
    }

    fn input(&mut self, bytes: &[u8]) {
        if self.master.is_some() || self.stdin.is_some() {
            self.queued.extend_from_slice(bytes);
        }
        self.flush();
    }

    /// Writes what the container takes of the queued input without blocking.
    fn flush(&mut self) {
        let target = match (&self.master, &self.stdin) {
            (Some(m), _) => Some(m.as_fd()),
            (None, Some(fd)) => Some(fd.as_fd()),
            (None, None) => None,
        };
        let Some(fd) = target else {
            self.queued.clear();
            return;
        };
        let mut broken = false;
        while !self.queued.is_empty() {
            match nix::unistd::write(fd, &self.queued) {
                Ok(n) => {
                    self.queued.drain(..n);
                }
                Err(nix::errno::Errno::EINTR) => {}
                Err(nix::errno::Errno::EAGAIN) => return,
                Err(_) => {
                    self.queued.clear();
                    broken = true;
                }
            }
        }
        if (broken || self.eof_queued) && self.master.is_none() {
            self.stdin = None;
        }
    }
}

fn set_nonblocking(fd: std::os::fd::BorrowedFd<'_>) -> nix::Result<()> {
    use nix::fcntl::{FcntlArg, OFlag, fcntl};
    let flags = fcntl(fd, FcntlArg::F_GETFL)?;
    fcntl(
        fd,
        FcntlArg::F_SETFL(OFlag::from_bits_retain(flags) | OFlag::O_NONBLOCK),
    )?;
    Ok(())
}

impl Drop for Relay {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Parses podman's `--detach-keys`: comma-separated `ctrl-X` (X one of a-z @ [ \ ] ^ _) or
/// single characters; empty disables detaching.
pub fn parse_detach_keys(spec: &str) -> Result<Vec<u8>> {
    if spec.is_empty() {
        return Ok(Vec::new());
    }
    let mut keys = Vec::new();
    for key in spec.split(',') {
        let byte = if let Some(c) = key.strip_prefix("ctrl-") {
            match c.as_bytes() {
                [b @ (b'a'..=b'z' | b'A'..=b'Z' | b'@' | b'[' | b'\\' | b']' | b'^' | b'_')] => {
                    b.to_ascii_uppercase() & 0x1f
                }
                _ => None.ok_or_else(|| bad_key(spec, key))?,
            }
        } else {
            match key.as_bytes() {
                [b] if b.is_ascii() && !b.is_ascii_control() => *b,
                _ => None.ok_or_else(|| bad_key(spec, key))?,
            }
        };
        keys.push(byte);
    }
    Ok(keys)
}

fn bad_key(spec: &str, key: &str) -> anyhow::Error {
    hinted(
        format!("invalid detach key \"{key}\" in \"{spec}\""),
        "use ctrl-<letter> or single characters separated by commas, e.g. ctrl-p,ctrl-q",
    )
}

/// Finds the detach sequence in the user's input. A started sequence is held back until it
/// either completes (detach) or breaks (the held bytes go to the container after all).
pub struct DetachMatcher {
    keys: Vec<u8>,
    matched: usize,
}

impl DetachMatcher {
    pub fn new(keys: Vec<u8>) -> DetachMatcher {
        DetachMatcher { keys, matched: 0 }
    }

    /// The bytes to forward, and whether the sequence completed (bytes after it are dropped).
    pub fn feed(&mut self, input: &[u8]) -> (Vec<u8>, bool) {
        let mut out = Vec::with_capacity(input.len());
        if self.keys.is_empty() {
            out.extend_from_slice(input);
            return (out, false);
        }
        for &b in input {
            if b == self.keys[self.matched] {
                self.matched += 1;
                if self.matched == self.keys.len() {
                    return (out, true);
                }
                continue;
            }
            out.extend_from_slice(&self.keys[..self.matched]);
            self.matched = 0;
            if b == self.keys[0] {
                self.matched = 1;
                if self.keys.len() == 1 {
                    return (out, true);
                }
            } else {
                out.push(b);
            }
        }
        (out, false)
    }
}

/// How an attach session ended.
pub enum Ended {
    /// The user typed the detach sequence; the container runs on.
    Detached,
    /// The monitor closed the connection: the container exited, with this code if the
    /// monitor sent it.
    Exited(Option<i32>),
}

/// Whether container `id` has an attach socket.
pub fn available(runtime: &Path, id: &str) -> bool {
    socket_dir(runtime).join(format!("{id}.sock")).exists()
}

/// `den attach` to a container whose monitor listens: relays this den's stdin, stdout and
/// window size until the container exits or the user detaches.
pub fn attach(
    runtime: &Path,
    id: &str,
    tty: bool,
    forward_stdin: bool,
    detach_keys: Vec<u8>,
) -> Result<Ended> {
    let dir_path = socket_dir(runtime);
    let dir =
        File::open(&dir_path).with_context(|| format!("opening \"{}\"", dir_path.display()))?;
    let mut stream = UnixStream::connect(short_path(&dir, id)).with_context(|| {
        format!(
            "connecting to the container's monitor at \"{}\"",
            dir_path.join(format!("{id}.sock")).display()
        )
    })?;
    let mut pending = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    // The monitor's greeting.
    loop {
        let n = stream.read(&mut buf).context("reading from the monitor")?;
        if n == 0 {
            bail!("the container's monitor closed the connection (the container exited)");
        }
        pending.extend_from_slice(&buf[..n]);
        let frames = take_frames(&mut pending).context("bad message from the monitor")?;
        match frames.first() {
            None => {}
            Some((READY, _)) => {
                if frames.len() > 1 {
                    pending.splice(0..0, frames[1..].iter().flat_map(|(k, p)| frame(*k, p)));
                }
                break;
            }
            Some((_, msg)) => {
                return Err(hinted(
                    String::from_utf8_lossy(msg).into_owned(),
                    "detach the other session (ctrl-p ctrl-q) or end it first",
                ));
            }
        }
    }

    let stdin = std::io::stdin();
    let _raw = if tty && forward_stdin {
        crate::runtime::spawn::RawMode::enter()
    } else {
        None
    };
    let mut winch = SigSet::empty();
    winch.add(Signal::SIGWINCH);
    sigprocmask(SigmaskHow::SIG_BLOCK, Some(&winch), None).context("blocking SIGWINCH")?;
    let sfd = SignalFd::with_flags(&winch, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
        .context("creating a signalfd")?;
    let send_size = |stream: &mut UnixStream| {
        if tty
            && let Ok(size) = window_size(std::io::stdin().as_fd())
                .or_else(|_| window_size(std::io::stdout().as_fd()))
        {
            let _ = stream.write_all(&frame(RESIZE, &resize_payload(size)));
        }
    };
    send_size(&mut stream);
    let mut matcher = DetachMatcher::new(detach_keys);
    let mut stdin_open = forward_stdin;
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    // Output that came with the greeting.
    let code = std::cell::Cell::new(None);
    let mut deliver = |pending: &mut Vec<u8>| -> Result<()> {
        for (kind, payload) in take_frames(pending).context("bad message from the monitor")? {
            if kind == EXIT {
                code.set(payload.try_into().ok().map(i32::from_be_bytes));
                continue;
            }
            let out: &mut dyn Write = if kind == STDERR {
                &mut stderr
            } else {
                &mut stdout
            };
            out.write_all(&payload)
                .context("writing the container's output")?;
            out.flush().ok();
        }
        Ok(())
    };
    deliver(&mut pending)?;
    loop {
        let mut fds = vec![
            PollFd::new(stream.as_fd(), PollFlags::POLLIN),
            PollFd::new(sfd.as_fd(), PollFlags::POLLIN),
        ];
        if stdin_open {
            fds.push(PollFd::new(stdin.as_fd(), PollFlags::POLLIN));
        }
        match poll(&mut fds, PollTimeout::NONE) {
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(e).context("waiting for input"),
        }
        let ready = |i: usize| {
            fds.get(i)
                .and_then(PollFd::revents)
                .is_some_and(|r| !r.is_empty())
        };
        let (sock_ready, sig_ready, in_ready) = (ready(0), ready(1), ready(2));
        drop(fds);
        if sig_ready {
            while let Ok(Some(_)) = sfd.read_signal() {}
            send_size(&mut stream);
        }
        if in_ready {
            match stdin.lock().read(&mut buf) {
                Ok(0) | Err(_) => {
                    stdin_open = false;
                    let _ = stream.write_all(&frame(EOF, &[]));
                }
                Ok(n) => {
                    let (bytes, detach) = matcher.feed(&buf[..n]);
                    if !bytes.is_empty() {
                        let _ = stream.write_all(&frame(DATA, &bytes));
                    }
                    if detach {
                        return Ok(Ended::Detached);
                    }
                }
            }
        }
        if sock_ready {
            match stream.read(&mut buf) {
                Ok(0) | Err(_) => return Ok(Ended::Exited(code.get())),
                Ok(n) => {
                    pending.extend_from_slice(&buf[..n]);
                    deliver(&mut pending)?;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys_parse_as_podman() {
        assert_eq!(parse_detach_keys("ctrl-p,ctrl-q").unwrap(), [16, 17]);
        assert_eq!(parse_detach_keys("ctrl-[,a").unwrap(), [27, b'a']);
        assert!(parse_detach_keys("").unwrap().is_empty());
        assert!(parse_detach_keys("ctrl-").is_err());
        assert!(parse_detach_keys("ctrl-1").is_err());
        assert!(parse_detach_keys("ab").is_err());
    }

    #[test]
    fn detach_sequence_is_held_back_until_it_breaks() {
        let mut m = DetachMatcher::new(vec![16, 17]);
        assert_eq!(m.feed(b"ls\x10"), (b"ls".to_vec(), false));
        assert_eq!(m.feed(b"x"), (b"\x10x".to_vec(), false));
        assert_eq!(m.feed(b"\x10\x10"), (b"\x10".to_vec(), false));
        assert_eq!(m.feed(b"\x11rest"), (Vec::new(), true));
        let mut none = DetachMatcher::new(Vec::new());
        assert_eq!(none.feed(b"\x10\x11"), (b"\x10\x11".to_vec(), false));
    }

    #[test]
    fn frames_split_across_reads() {
        let mut stream = frame(DATA, b"hello");
        stream.extend(frame(
            RESIZE,
            &resize_payload(WinSize {
                rows: 40,
                cols: 120,
            }),
        ));
        let mut buf = stream[..7].to_vec();
        assert!(take_frames(&mut buf).unwrap().is_empty());
        buf.extend_from_slice(&stream[7..]);
        let frames = take_frames(&mut buf).unwrap();
        assert_eq!(frames[0], (DATA, b"hello".to_vec()));
        assert_eq!(frames[1], (RESIZE, vec![0, 40, 0, 120]));
        assert!(buf.is_empty());
        let mut bad = vec![0, 0xff, 0xff, 0xff, 0xff];
        assert!(take_frames(&mut bad).is_none());
    }
}
