//! A layer's uncompressed stream, made on two threads beside the one that unpacks it: the
//! first decompresses the blob into chunks, the second hashes each chunk (the diff id) and
//! hands it on, and `Tap` gives the unpacker the chunks as one `Read`. Inflate, sha256 and the
//! file writes so run at once instead of one after the other (issue 15: inflate and hashing
//! were most of a pull's CPU, on one thread).
//!
//! `Tap` keeps the last chunks it read (at least `TAP_WINDOW` bytes) for the GNU sparse
//! extension blocks, which the tar crate parses but does not expose (`sparse.rs` reads them
//! back); chunks older than that go back to the decompressing thread, so a stream of any
//! length reuses a few buffers. Every hand-over is a bounded channel, and a stage that stops
//! (a read error, a refused entry) ends the others' sends and receives: nothing waits forever.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread::{Scope, ScopedJoinHandle};

use sha2::{Digest, Sha256};

use crate::image::compress::decompress;

/// Bytes of one chunk.
const CHUNK: usize = 256 * 1024;
/// Chunks waiting between two stages.
const DEPTH: usize = 8;
/// How many of the last bytes read `Tap` keeps: 2048 extension blocks of 21 regions each.
const TAP_WINDOW: usize = 1 << 20;
const BLOCK: usize = 512;

type Sent = io::Result<Vec<u8>>;

/// What the hashing thread returns at the end of the stream: `sha256:<hex>` of every byte
/// and their number.
pub(super) type Hashed<'scope> = ScopedJoinHandle<'scope, (String, u64)>;

/// Starts decompressing `blob` (gzip, zstd or a plain tar, told by its magic bytes) and
/// hashing it on threads of `scope`. Returns the reader of the uncompressed bytes, the
/// window of the last ones it read and the hashing thread.
pub(super) fn spawn<'scope, R: Read + Send + 'scope>(
    scope: &'scope Scope<'scope, '_>,
    blob: R,
) -> (Tap, Rc<RefCell<Window>>, Hashed<'scope>) {
    let (free_tx, free_rx) = mpsc::channel();
    let (raw_tx, raw_rx) = mpsc::sync_channel(DEPTH);
    let (out_tx, out_rx) = mpsc::sync_channel(DEPTH);
    scope.spawn(move || inflate(blob, &raw_tx, &free_rx));
    let hashed = scope.spawn(move || hash(&raw_rx, &out_tx));
    let window = Rc::new(RefCell::new(Window::default()));
    let tap = Tap {
        chunks: out_rx,
        free: free_tx,
        window: Rc::clone(&window),
        failed: None,
    };
    (tap, window, hashed)
}

/// The first stage: full chunks of the uncompressed stream, then its end (the sender
/// dropped) or its error.
fn inflate(blob: impl Read, out: &SyncSender<Sent>, free: &Receiver<Vec<u8>>) {
    let mut stream = match decompress(blob) {
        Ok((_, stream)) => stream,
        Err(e) => {
            let _ = out.send(Err(e));
            return;
        }
    };
    loop {
        let mut buf = free.try_recv().unwrap_or_default();
        buf.resize(CHUNK, 0);
        let mut filled = 0;
        let mut error = None;
        while filled < CHUNK {
            match stream.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        buf.truncate(filled);
        let ended = filled < CHUNK;
        if (filled > 0 && out.send(Ok(buf)).is_err()) || ended {
            if let Some(e) = error {
                let _ = out.send(Err(e));
            }
            return;
        }
    }
}

/// The second stage: hashes and counts what passes through.
fn hash(input: &Receiver<Sent>, out: &SyncSender<Sent>) -> (String, u64) {
    let mut hasher = Sha256::new();
    let mut count = 0u64;
    for item in input {
        if let Ok(chunk) = &item {
            hasher.update(chunk);
            count += chunk.len() as u64;
        }
        if out.send(item).is_err() {
            break;
        }
    }
    (format!("sha256:{}", hex::encode(hasher.finalize())), count)
}

/// The unpacker's end: the chunks in order, as one stream.
pub(super) struct Tap {
    chunks: Receiver<Sent>,
    free: Sender<Vec<u8>>,
    window: Rc<RefCell<Window>>,
    /// Set once the stream failed: later reads fail the same way.
    failed: Option<io::ErrorKind>,
}

impl Tap {
    /// Reads the rest of the stream without copying it (tar's trailing blocks count in the
    /// diff id), so the hashing thread sees every byte.
    pub(super) fn drain(self) -> io::Result<()> {
        if let Some(kind) = self.failed {
            return Err(failed_again(kind));
        }
        for item in &self.chunks {
            let _ = self.free.send(item?);
        }
        Ok(())
    }
}

fn failed_again(kind: io::ErrorKind) -> io::Error {
    io::Error::new(kind, "the layer's stream failed")
}

impl Read for Tap {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if let Some(kind) = self.failed {
            return Err(failed_again(kind));
        }
        let mut w = self.window.borrow_mut();
        loop {
            if let Some(n) = w.copy_out(buf) {
                return Ok(n);
            }
            match self.chunks.recv() {
                Ok(Ok(chunk)) => w.push(chunk, &self.free),
                Ok(Err(e)) => {
                    self.failed = Some(e.kind());
                    return Err(e);
                }
                // The hashing thread ended: so did the stream.
                Err(_) => return Ok(0),
            }
        }
    }
}

/// The chunks `Tap` read from, the last one the one it reads now.
#[derive(Default)]
pub(super) struct Window {
    /// The stream position of the first byte of `chunks[0]`.
    start: u64,
    /// The stream position of the next byte to be read.
    end: u64,
    chunks: VecDeque<Vec<u8>>,
    /// Bytes of the last chunk read so far.
    offset: usize,
}

impl Window {
    /// The stream position of the next byte to be read.
    pub(super) fn end(&self) -> u64 {
        self.end
    }

    /// The 512-byte block at stream position `pos`, if it was read and is still kept.
    pub(super) fn block_at(&self, pos: u64) -> Option<[u8; BLOCK]> {
        if pos < self.start || pos.checked_add(BLOCK as u64)? > self.end {
            return None;
        }
        let mut skip = usize::try_from(pos - self.start).ok()?;
        let mut block = [0u8; BLOCK];
        let mut got = 0;
        for chunk in &self.chunks {
            if skip >= chunk.len() {
                skip -= chunk.len();
                continue;
            }
            let n = (chunk.len() - skip).min(BLOCK - got);
            block[got..got + n].copy_from_slice(&chunk[skip..skip + n]);
            got += n;
            skip = 0;
            if got == BLOCK {
                return Some(block);
            }
        }
        None
    }

    /// Copies what is left of the current chunk into `buf`; `None` when nothing is.
    fn copy_out(&mut self, buf: &mut [u8]) -> Option<usize> {
        let last = self.chunks.back()?;
        let left = &last[self.offset..];
        if left.is_empty() {
            return None;
        }
        let n = left.len().min(buf.len());
        buf[..n].copy_from_slice(&left[..n]);
        self.offset += n;
        self.end += n as u64;
        Some(n)
    }

    /// Makes `chunk` the current one; gives back the oldest ones not needed to keep
    /// `TAP_WINDOW` bytes.
    fn push(&mut self, chunk: Vec<u8>, free: &Sender<Vec<u8>>) {
        self.chunks.push_back(chunk);
        self.offset = 0;
        while self.chunks.len() > 1 {
            let oldest = self.chunks.front().map_or(0, Vec::len);
            if self.end - self.start - (oldest as u64) < TAP_WINDOW as u64 {
                break;
            }
            if let Some(old) = self.chunks.pop_front() {
                self.start += old.len() as u64;
                let _ = free.send(old);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(blob: &[u8]) -> (io::Result<Vec<u8>>, (String, u64)) {
        std::thread::scope(|s| {
            let (mut tap, _, hashed) = spawn(s, blob);
            let mut out = Vec::new();
            let result = tap.read_to_end(&mut out).map(|_| out);
            drop(tap);
            (result, hashed.join().unwrap())
        })
    }

    #[test]
    fn chunks_come_in_order_hashed_and_counted() {
        let data: Vec<u8> = (0..3 * CHUNK + 1234).map(|i| (i * 7 % 251) as u8).collect();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&data).unwrap();
        let gz = gz.finish().unwrap();
        for blob in [&data, &gz] {
            let (got, (digest, count)) = read_all(blob);
            assert!(got.unwrap() == data);
            assert_eq!(count, data.len() as u64);
            assert_eq!(digest, crate::image::compress::sha256_digest(&data));
        }
    }

    #[test]
    fn a_broken_stream_is_an_error_every_time_after() {
        let data = vec![5u8; 2 * CHUNK];
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&data).unwrap();
        let gz = gz.finish().unwrap();
        let cut = &gz[..gz.len() - 10];
        std::thread::scope(|s| {
            let (mut tap, _, _) = spawn(s, cut);
            assert!(tap.read_to_end(&mut Vec::new()).is_err());
            assert!(tap.read(&mut [0u8; 10]).is_err());
            assert!(tap.drain().is_err());
        });
    }

    #[test]
    fn the_window_keeps_the_blocks_last_read_across_chunks() {
        let data: Vec<u8> = (0..8 * CHUNK).map(|i| (i / BLOCK) as u8).collect();
        std::thread::scope(|s| {
            let (mut tap, window, _) = spawn(s, &data[..]);
            let mut buf = vec![0u8; CHUNK + 300];
            tap.read_exact(&mut buf).unwrap();
            let w = window.borrow();
            assert_eq!(w.end(), (CHUNK + 300) as u64);
            // A block that spans the first two chunks.
            let pos = (CHUNK - 256) as u64;
            assert_eq!(
                w.block_at(pos).unwrap()[..],
                data[pos as usize..pos as usize + BLOCK]
            );
            // Not read yet.
            assert!(w.block_at(CHUNK as u64).is_none());
            drop(w);
            // Far ahead: the oldest chunks went back to the decompressing thread.
            let mut rest = vec![0u8; 6 * CHUNK];
            tap.read_exact(&mut rest).unwrap();
            let w = window.borrow();
            assert!(w.block_at(0).is_none());
            let recent = w.end() - TAP_WINDOW as u64;
            assert_eq!(
                w.block_at(recent).unwrap()[..],
                data[recent as usize..recent as usize + BLOCK]
            );
        });
    }

    #[test]
    fn a_consumer_that_stops_early_ends_the_threads() {
        let data = vec![1u8; 40 * CHUNK];
        std::thread::scope(|s| {
            let (mut tap, _, hashed) = spawn(s, &data[..]);
            tap.read_exact(&mut [0u8; 100]).unwrap();
            drop(tap);
            // Joining returns: both stages saw the consumer go.
            let (_, count) = hashed.join().unwrap();
            assert!(count < data.len() as u64);
        });
    }
}
