//! PID 1 inside the container: den's own small init. The kernel gives PID 1 no default
//! signal actions, so a program running as PID 1 that installed no handler would ignore
//! Ctrl-C and SIGTERM; den's init passes every signal to the program (PID 2) instead, reaps orphaned zombies,
//! and exits with the program's status (128+N when it died of signal N). Before it starts,
//! it closes what it inherited from den and hides den's host command line (see "PID 1" in
//! docs/ARCHITECTURE.md).

use std::io::{Seek, SeekFrom, Write};
use std::os::fd::AsFd;

use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, kill, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

use crate::runtime::settle::Settle;

/// The name the init shows in /proc/1/comm, as podman's `--init` (`podman-init`).
pub const INIT_NAME: &std::ffi::CStr = c"podman-init";

/// The path podman mounts its init at; /proc/1/cmdline reads `INIT_PATH -- ARGV...`, as
/// `ps` shows podman's init (the file itself does not exist in a den container).
pub const INIT_PATH: &str = "/run/podman-init";

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

/// Becomes the container's init once `program` is forked: drops what den left behind, then
/// runs the init loop until `program` exits; returns the exit code for it. Never fails: the
/// init has nobody to report to, so each step is best effort.
pub fn become_init(program: Pid, argv: &[String]) -> i32 {
    close_inherited_fds();
    hide_host_command_line(INIT_NAME, &command_line(argv));
    reap_and_forward(program)
}

/// The name and command line a pod's pause shows, as podman's infra (catatonit).
pub const PAUSE_NAME: &std::ffi::CStr = c"catatonit";
pub const PAUSE_COMMAND: &str = "/catatonit -P";

/// The program of a pod's infra container (PID 2 there): den itself, never exec'd, holding
/// the pod's namespaces until a signal asks it to end (SIGTERM, SIGINT, SIGHUP, SIGQUIT:
/// exit 0, as catatonit's pause). It drops what den left behind as the init does. Every
/// signal stays blocked (den blocked them before the clone) and is read from a signalfd, so
/// nothing reaches it unasked; `stop` sends an infra its stop signal whatever /proc says.
pub fn pause() -> ! {
    close_inherited_fds();
    hide_host_command_line(PAUSE_NAME, PAUSE_COMMAND);
    let set = handled_signals();
    let _ = sigprocmask(SigmaskHow::SIG_BLOCK, Some(&set), None);
    // An infra waits for the pod's end and runs nothing meanwhile: its set-up's pages go now.
    crate::sys::release_startup_pages();
    let ends = [
        Signal::SIGTERM,
        Signal::SIGINT,
        Signal::SIGHUP,
        Signal::SIGQUIT,
    ];
    if let Ok(sfd) = SignalFd::with_flags(&set, SfdFlags::SFD_CLOEXEC) {
        loop {
            if let Ok(Some(info)) = sfd.read_signal()
                && Signal::try_from(info.ssi_signo as i32).is_ok_and(|s| ends.contains(&s))
            {
                std::process::exit(0);
            }
        }
    }
    // No signalfd: sleep until killed.
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}

/// Closes every descriptor from 3 up. The init does not exec, so CLOEXEC would not help it:
/// a host file or directory den inherited (a caller's `3</etc/...`, den's own channel or
/// status pipe) would stay open in PID 1 for the container's lifetime, and a process of the
/// container that may read /proc/1/fd could reach the host through it (CVE-2024-21626: runc
/// leaked a host directory descriptor to the container's process). 0, 1 and 2 stay: they are
/// the container's stdio, the same the program has; the signalfd is created after this.
fn close_inherited_fds() {
    let _ = crate::sys::close_from(3);
}

/// Makes `ps` inside the container show podman's init for PID 1, not den's host command line
/// (with the path to den's binary): sets the thread name (/proc/1/comm) and overwrites the
/// argv and environment memory the kernel reports as /proc/1/cmdline and /proc/1/environ.
/// Needs no privilege: a process may write its own memory through /proc/self/mem, while
/// prctl(PR_SET_MM_ARG_*) would need CAP_SYS_RESOURCE in the host's user namespace.
fn hide_host_command_line(name: &std::ffi::CStr, text: &str) {
    let _ = nix::sys::prctl::set_name(name);
    let Some(areas) = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| memory_areas(&stat))
    else {
        return;
    };
    let Ok(mut mem) = std::fs::OpenOptions::new()
        .write(true)
        .open("/proc/self/mem")
    else {
        return;
    };
    let [arg_start, arg_end, env_start, env_end] = areas;
    let _ = overwrite(&mut mem, arg_start, arg_end, text.as_bytes());
    let _ = overwrite(&mut mem, env_start, env_end, b"");
}

/// Fills `start..end` of this process's memory with `text` and NULs. The last byte is set
/// non-NUL when `text` is shorter than the area: the kernel then reports the area up to the
/// first NUL (its setproctitle(3) rule in get_mm_cmdline), so /proc/1/cmdline reads exactly
/// `text`, without trailing NULs that `ps` would show as spaces.
fn overwrite(mem: &mut std::fs::File, start: u64, end: u64, text: &[u8]) -> std::io::Result<()> {
    let len = usize::try_from(end.saturating_sub(start)).unwrap_or(0);
    if len == 0 {
        return Ok(());
    }
    let mut bytes = vec![0u8; len];
    let keep = text.len().min(len - 1);
    bytes[..keep].copy_from_slice(&text[..keep]);
    if !text.is_empty() && keep + 1 < len {
        bytes[len - 1] = b' ';
    }
    mem.seek(SeekFrom::Start(start))?;
    mem.write_all(&bytes)
}

/// What /proc/1/cmdline reads: podman's `/run/podman-init -- ARGV...`, the words joined by
/// spaces (the kernel reports a rewritten argv area only up to its first NUL), cut to fit the
/// area den's own argv left.
fn command_line(argv: &[String]) -> String {
    let mut words = vec![INIT_PATH.to_string(), "--".to_string()];
    words.extend(argv.iter().cloned());
    words.join(" ")
}

/// arg_start, arg_end, env_start and env_end from the text of /proc/self/stat (fields 48 to
/// 51, proc(5)); counted after the command name, which may contain spaces and parentheses.
fn memory_areas(stat: &str) -> Option<[u64; 4]> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // Field 3 (state) is the first after the name: field N is fields[N - 3].
    let field = |n: usize| fields.get(n - 3)?.parse::<u64>().ok();
    Some([field(48)?, field(49)?, field(50)?, field(51)?])
}

/// Runs the init loop until `program` exits; returns the exit code for it.
fn reap_and_forward(program: Pid) -> i32 {
    let set = handled_signals();
    let _ = sigprocmask(SigmaskHow::SIG_BLOCK, Some(&set), None);
    let Ok(sfd) = SignalFd::with_flags(&set, SfdFlags::SFD_CLOEXEC) else {
        return reap(program, true).unwrap_or(crate::error::EXIT_DEN);
    };
    let mut settle = Settle::new();
    loop {
        // Reap first: the program may have exited before the signalfd existed.
        if let Some(code) = reap(program, false) {
            return code;
        }
        let mut fds = [PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
        let polled = poll(&mut fds, settle.timeout(PollTimeout::NONE));
        settle.check();
        if polled != Ok(1) {
            continue;
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

/// Whether the container's program (PID 2 inside, a child of the init at host pid `init`)
/// would receive `sig` if it were PID 1, as under podman: the kernel drops a signal for a
/// PID 1 that has no handler for it. `den stop` sends its stop signal only then, so a program
/// without a handler is killed after the timeout with status 137, as podman's, not 143. A
/// signal from anywhere else (to a foreground `den run`, `den kill`) is passed on as ever:
/// den's init exists so that it works. When the program cannot be found or read, the answer
/// is yes.
pub fn program_takes(init: Pid, sig: Signal) -> bool {
    let children =
        std::fs::read_to_string(format!("/proc/{init}/task/{init}/children")).unwrap_or_default();
    let program = children
        .split_whitespace()
        .filter_map(|c| c.parse::<i32>().ok())
        .map(Pid::from_raw)
        .find(|&c| pid_in_container(c) == Some(2));
    program.is_none_or(|p| handles_signal(p, sig).unwrap_or(true))
}

/// The pid of host process `pid` in its own PID namespace (the last field of NSpid).
fn pid_in_container(pid: Pid) -> Option<i32> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("NSpid:"))?;
    line.split_whitespace().last()?.parse().ok()
}

/// Whether `pid` catches or ignores `sig` (SigCgt and SigIgn of /proc/PID/status).
fn handles_signal(pid: Pid, sig: Signal) -> Option<bool> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let bit = 1u64 << (sig as u32 - 1);
    let mask = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| u64::from_str_radix(v.trim(), 16).ok())
    };
    Some((mask("SigCgt:")? | mask("SigIgn:")?) & bit != 0)
}

/// Reaps exited children (waiting for one when `block`); returns the program's exit code once
/// it is among them, `None` when it still runs (or, blocking, when no child is left).
fn reap(program: Pid, block: bool) -> Option<i32> {
    let flags = (!block).then_some(WaitPidFlag::WNOHANG);
    loop {
        match waitpid(None::<Pid>, flags) {
            Ok(WaitStatus::StillAlive) => return None,
            Ok(status) if status.pid() == Some(program) => {
                if let Some(code) = crate::child::exit_code(status) {
                    return Some(code);
                }
            }
            Err(nix::errno::Errno::EINTR) if block => {}
            Err(_) => return None,
            Ok(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_areas_are_read_after_the_command_name() {
        let fields: Vec<String> = (4..=52).map(|n| n.to_string()).collect();
        let stat = format!("7 (a) b (c) S {}", fields.join(" "));
        assert_eq!(memory_areas(&stat), Some([48, 49, 50, 51]));
        assert_eq!(memory_areas("7 (den) S 1 2"), None);
    }

    #[test]
    fn this_process_stat_has_its_argv_area() {
        let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
        let [arg_start, arg_end, env_start, env_end] = memory_areas(&stat).unwrap();
        assert!(arg_start < arg_end && env_start <= env_end, "{stat}");
    }
}
