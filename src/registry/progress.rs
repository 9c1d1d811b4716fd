//! What a blob download shows and how it streams: per-layer progress (bars on a terminal,
//! plain lines otherwise), a reader that feeds the unpacking child's pipe while the store
//! keeps the verified copy, and a stalled read named in words.

use std::fs::File;
use std::io::{IsTerminal, Read, Write};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A read that timed out in the middle of a blob says so in words.
pub(crate) fn name_stall(e: anyhow::Error) -> anyhow::Error {
    let timed_out = e
        .root_cause()
        .downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
        || e.root_cause().to_string().contains("timeout");
    if timed_out {
        let secs = crate::registry::client::stall().as_secs();
        e.context(format!(
            "the registry stalled: nothing received for {secs} s (config.toml [registry] stall_timeout)"
        ))
    } else {
        e
    }
}

/// A reader that also writes what it reads into a pipe, as long as the pipe takes it (the
/// store's copy, verified against the digest, is what counts).
pub(crate) struct Tee<R> {
    pub(crate) inner: R,
    pub(crate) pipe: Option<File>,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(pipe) = &mut self.pipe
            && pipe.write_all(&buf[..n]).is_err()
        {
            self.pipe = None;
        }
        Ok(n)
    }
}

/// Per-layer progress: bars on a terminal, plain lines otherwise, nothing with -q.
pub(crate) struct Progress {
    multi: Option<MultiProgress>,
    plain: bool,
}

impl Progress {
    pub(crate) fn new(quiet: bool) -> Progress {
        let tty = std::io::stderr().is_terminal();
        Progress {
            multi: (!quiet && tty)
                .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr())),
            plain: !quiet && !tty,
        }
    }

    pub(crate) fn start(&self, digest: &str, size: Option<u64>) -> ProgressBar {
        let Some(multi) = &self.multi else {
            if self.plain {
                eprintln!("Copying blob {digest}");
            }
            return ProgressBar::hidden();
        };
        let bar = multi.add(ProgressBar::new(size.unwrap_or(0)));
        bar.set_style(
            ProgressStyle::with_template(
                "Copying blob {prefix} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar.set_prefix(short(digest));
        bar
    }

    pub(crate) fn done(&self, bar: &ProgressBar, digest: &str) {
        if self.multi.is_some() {
            bar.finish_with_message("done");
            bar.set_style(
                ProgressStyle::with_template("Copying blob {prefix} done")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar.set_prefix(short(digest));
            bar.finish();
        }
    }

    pub(crate) fn skipped(&self, digest: &str) {
        if let Some(multi) = &self.multi {
            let _ = multi.println(format!(
                "Copying blob {} skipped: already exists",
                short(digest)
            ));
        } else if self.plain {
            eprintln!("Copying blob {digest} skipped: already exists");
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(m) = &self.multi {
            let _ = m.clear();
        }
    }
}

pub(crate) fn short(digest: &str) -> String {
    let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
    hex[..hex.len().min(12)].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::pull::pipe;

    #[test]
    fn tee_copies_into_the_pipe_and_goes_on_when_it_breaks() {
        let (read, write) = pipe().unwrap();
        let mut tee = Tee {
            inner: &b"layer bytes"[..],
            pipe: Some(write),
        };
        let mut got = Vec::new();
        tee.read_to_end(&mut got).unwrap();
        drop(tee);
        let mut piped = Vec::new();
        (&read).read_to_end(&mut piped).unwrap();
        assert_eq!(
            (got.as_slice(), piped.as_slice()),
            (&b"layer bytes"[..], &b"layer bytes"[..])
        );

        // The reader went away: the bytes still come, the pipe is let go.
        let (read, write) = pipe().unwrap();
        drop(read);
        let mut tee = Tee {
            inner: &b"more"[..],
            pipe: Some(write),
        };
        let mut got = Vec::new();
        tee.read_to_end(&mut got).unwrap();
        assert_eq!(got, b"more");
        assert!(tee.pipe.is_none());
    }
}
