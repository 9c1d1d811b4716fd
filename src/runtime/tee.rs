//! The log of a foreground `den run` without `-t` (k8s-file or json-file driver): as podman's
//! conmon, den relays the container's stdout and stderr through two pipes, writing each piece
//! to its own stdout or stderr and to the container's log. The container sees pipes, as under
//! podman. With `-t` den relays the terminal anyway, and what it shows goes to the log too
//! (`terminal_sink`).

use std::fs;
use std::io::Write;
use std::os::fd::{AsFd, OwnedFd};

use anyhow::{Context, Result};

use crate::plan::RunPlan;
use crate::runtime::logfile::{self, LogWriter};
use crate::runtime::monitor::output_pipe;
use crate::runtime::spawn::{Output, Sink};

/// The pipes, den's own stdout and stderr, and the log.
pub struct Tee {
    out_r: OwnedFd,
    err_r: OwnedFd,
    saved: [OwnedFd; 2],
    log: LogWriter,
}

impl Tee {
    /// Whether a foreground run of `plan` relays its output through den to log it. Not for
    /// `--rm`: its log goes with the container the moment it exits, so the relay would only
    /// cost (the common `den run --rm ... | consumer` pays a copy per chunk, 1.7x for a
    /// 200 MB stream) and hide den's stdio from the program.
    pub fn wanted(plan: &RunPlan) -> bool {
        plan.log.driver.writes_file() && !plan.process.tty && !plan.remove
    }

    /// With `-t`: the sink the terminal relay copies the output into.
    pub fn terminal_sink<'a>(plan: &RunPlan) -> Result<Option<Box<Sink<'a>>>> {
        if !plan.log.driver.writes_file() || !plan.process.tty || plan.remove {
            return Ok(None);
        }
        let mut log = LogWriter::open(&logfile::path(plan), plan.log.max_size)?;
        Ok(Some(Box::new(move |is_err, bytes| {
            log.write(is_err, bytes);
        })))
    }

    /// Opens the log and points den's stdout and stderr at the pipes, so the container
    /// inherits their write ends; `after_clone` points them back.
    pub fn set_up(plan: &RunPlan) -> Result<Tee> {
        let log = LogWriter::open(&logfile::path(plan), plan.log.max_size)?;
        let saved = [
            std::io::stdout().as_fd().try_clone_to_owned(),
            std::io::stderr().as_fd().try_clone_to_owned(),
        ];
        let [Ok(out), Ok(err)] = saved else {
            anyhow::bail!("copying den's stdout and stderr");
        };
        let (out_r, out_w) = output_pipe()?;
        let (err_r, err_w) = output_pipe()?;
        crate::sys::dup_onto(out_w.as_fd(), 1).context("redirecting stdout")?;
        crate::sys::dup_onto(err_w.as_fd(), 2).context("redirecting stderr")?;
        Ok(Tee {
            out_r,
            err_r,
            saved: [out, err],
            log,
        })
    }

    /// The hooks of `spawn::run_with`: den's own stdio back right after the clone, and the
    /// sink that copies each piece to den's stdout or stderr and to the log.
    pub fn into_hooks<'a>(self) -> (Box<dyn FnMut() + 'a>, Output<'a>) {
        let Tee {
            out_r,
            err_r,
            saved,
            mut log,
        } = self;
        let [out, err] = saved;
        let restore_out = out.try_clone().ok();
        let restore_err = err.try_clone().ok();
        let after_clone = Box::new(move || {
            if let Some(fd) = &restore_out {
                let _ = crate::sys::dup_onto(fd.as_fd(), 1);
            }
            if let Some(fd) = &restore_err {
                let _ = crate::sys::dup_onto(fd.as_fd(), 2);
            }
        });
        let mut files = [fs::File::from(out), fs::File::from(err)];
        let output = Output {
            stdout: out_r,
            stderr: err_r,
            sink: Box::new(move |is_err, bytes| {
                // A closed stdout of den's does not stop the log (podman's conmon goes on).
                let _ = files[usize::from(is_err)].write_all(bytes);
                log.write(is_err, bytes);
            }),
        };
        (after_clone, output)
    }
}
