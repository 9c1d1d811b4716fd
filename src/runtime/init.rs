//! PID 1 inside the container: den's own small init. The kernel gives PID 1 no default
//! signal actions, so a program running as PID 1 that installed no handler would ignore
//! Ctrl-C and SIGTERM; den's init passes every signal to the program (PID 2) instead, reaps
//! orphaned zombies, and exits with the program's status (128+N when it died of signal N).

use nix::sys::signal::{SigSet, SigmaskHow, Signal, kill, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

/// The signals den's processes block and handle through a signalfd. Blocked in den before the
/// clone, so none can be lost between the fork and the signalfd.
pub fn handled_signals() -> SigSet {
    let mut set = SigSet::all();
    set.remove(Signal::SIGKILL);
    set.remove(Signal::SIGSTOP);
    // Faults must stay deliverable to den itself.
    for s in [
        Signal::SIGSEGV,
        Signal::SIGBUS,
        Signal::SIGILL,
        Signal::SIGFPE,
        Signal::SIGABRT,
        Signal::SIGTRAP,
        Signal::SIGSYS,
    ] {
        set.remove(s);
    }
    set
}

/// Runs the init loop until `program` exits; returns the exit code for it.
pub fn reap_and_forward(program: Pid) -> i32 {
    let set = handled_signals();
    let _ = sigprocmask(SigmaskHow::SIG_BLOCK, Some(&set), None);
    let Ok(sfd) = SignalFd::with_flags(&set, SfdFlags::SFD_CLOEXEC) else {
        return wait_only(program);
    };
    loop {
        // Reap first: the program may have exited before the signalfd existed.
        if let Some(code) = reap(program) {
            return code;
        }
        let Ok(Some(info)) = sfd.read_signal() else {
            continue;
        };
        let Ok(sig) = Signal::try_from(info.ssi_signo as i32) else {
            continue;
        };
        if sig != Signal::SIGCHLD {
            let _ = kill(program, sig);
        }
    }
}

/// Reaps every exited child; returns the program's exit code once it is among them.
fn reap(program: Pid) -> Option<i32> {
    loop {
        match waitpid(None::<Pid>, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(pid, code)) if pid == program => return Some(code),
            Ok(WaitStatus::Signaled(pid, sig, _)) if pid == program => {
                return Some(128 + sig as i32);
            }
            Ok(WaitStatus::StillAlive) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

fn wait_only(program: Pid) -> i32 {
    loop {
        match waitpid(None::<Pid>, None) {
            Ok(WaitStatus::Exited(pid, code)) if pid == program => return code,
            Ok(WaitStatus::Signaled(pid, sig, _)) if pid == program => return 128 + sig as i32,
            Err(nix::errno::Errno::ECHILD) => return crate::error::EXIT_DEN,
            _ => {}
        }
    }
}
