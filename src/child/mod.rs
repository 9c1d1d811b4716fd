//! den's own children, whoever starts them (`runtime::spawn` a container, `identity::userns` a
//! helper in the store's namespace): the typed channel they talk over (`channel`) and the one
//! wait loop that reaps them. It sits below both `runtime` and `identity`, so that identity
//! can fork a helper without importing runtime.

pub mod channel;

use anyhow::{Context, Result};
use nix::sys::signal::{Signal, kill};
use nix::sys::wait::{WaitStatus, waitpid};
use nix::unistd::Pid;

/// den's one mapping from a wait status to an exit code, as podman and the shell: the
/// process's code, or 128+N when it died of signal N; `None` while it has not ended.
pub(crate) fn exit_code(status: WaitStatus) -> Option<i32> {
    match status {
        WaitStatus::Exited(_, code) => Some(code),
        WaitStatus::Signaled(_, sig, _) => Some(128 + sig as i32),
        _ => None,
    }
}

/// Ends a child den gave up on (its setup failed on den's side) and reaps it.
pub(crate) fn kill_and_reap(pid: Pid) {
    let _ = kill(pid, Signal::SIGKILL);
    let _ = wait_for(pid);
}

/// den's one wait loop for a child it started (a container, a namespace helper): waits until
/// `pid` has ended, retrying on EINTR, and returns its exit code (`exit_code`).
pub(crate) fn wait_for(pid: Pid) -> Result<i32> {
    loop {
        match waitpid(pid, None) {
            Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(e).with_context(|| format!("waiting for process {pid}")),
            Ok(status) => {
                if let Some(code) = exit_code(status) {
                    return Ok(code);
                }
            }
        }
    }
}
