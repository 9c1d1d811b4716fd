//! den's default seccomp filter: an allow-list modelled on the default profiles of podman and
//! docker. Everything not listed fails with EPERM; `clone3` fails with ENOSYS so that glibc
//! falls back to `clone`, whose namespace flags the filter can inspect. Without CAP_SYS_ADMIN,
//! the namespace and mount calls stay blocked, as in those profiles. The program searches
//! ranges of syscall numbers (`runtime::bpf`); the compiled BPF is cached in den's cache dir,
//! so a container start does not compile it again.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use seccompiler::{BpfProgram, sock_filter};

use super::bpf::{self, Verdict};

/// Bumped whenever the lists below or the program's form change, so that stale cached
/// programs are not used (2: one searched program, `runtime::bpf`).
const PROFILE_VERSION: u32 = 2;

/// Syscalls every container may make.
const ALLOWED: &[i64] = &[
    libc::SYS_accept,
    libc::SYS_accept4,
    libc::SYS_bind,
    libc::SYS_brk,
    libc::SYS_capget,
    libc::SYS_capset,
    libc::SYS_chdir,
    libc::SYS_clock_adjtime,
    libc::SYS_clock_getres,
    libc::SYS_clock_gettime,
    libc::SYS_clock_nanosleep,
    libc::SYS_close,
    libc::SYS_close_range,
    libc::SYS_connect,
    libc::SYS_copy_file_range,
    libc::SYS_dup,
    libc::SYS_dup3,
    libc::SYS_epoll_create1,
    libc::SYS_epoll_ctl,
    libc::SYS_epoll_pwait,
    libc::SYS_epoll_pwait2,
    libc::SYS_eventfd2,
    libc::SYS_execve,
    libc::SYS_execveat,
    libc::SYS_exit,
    libc::SYS_exit_group,
    libc::SYS_faccessat,
    libc::SYS_faccessat2,
    libc::SYS_fadvise64,
    libc::SYS_fallocate,
    libc::SYS_fanotify_mark,
    libc::SYS_fchdir,
    libc::SYS_fchmod,
    libc::SYS_fchmodat,
    libc::SYS_fchown,
    libc::SYS_fchownat,
    libc::SYS_fcntl,
    libc::SYS_fdatasync,
    libc::SYS_fgetxattr,
    libc::SYS_flistxattr,
    libc::SYS_flock,
    libc::SYS_fremovexattr,
    libc::SYS_fsetxattr,
    libc::SYS_fstatfs,
    libc::SYS_fsync,
    libc::SYS_ftruncate,
    libc::SYS_futex,
    libc::SYS_get_robust_list,
    libc::SYS_getcpu,
    libc::SYS_getcwd,
    libc::SYS_getdents64,
    libc::SYS_getegid,
    libc::SYS_geteuid,
    libc::SYS_getgid,
    libc::SYS_getgroups,
    libc::SYS_getitimer,
    libc::SYS_getpeername,
    libc::SYS_getpgid,
    libc::SYS_getpid,
    libc::SYS_getppid,
    libc::SYS_getpriority,
    libc::SYS_getrandom,
    libc::SYS_getresgid,
    libc::SYS_getresuid,
    libc::SYS_getrlimit,
    libc::SYS_getrusage,
    libc::SYS_getsid,
    libc::SYS_getsockname,
    libc::SYS_getsockopt,
    libc::SYS_gettid,
    libc::SYS_gettimeofday,
    libc::SYS_getuid,
    libc::SYS_getxattr,
    libc::SYS_inotify_add_watch,
    libc::SYS_inotify_init1,
    libc::SYS_inotify_rm_watch,
    libc::SYS_io_cancel,
    libc::SYS_io_destroy,
    libc::SYS_io_getevents,
    libc::SYS_io_setup,
    libc::SYS_io_submit,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    libc::SYS_io_uring_setup,
    libc::SYS_ioctl,
    libc::SYS_ioprio_get,
    libc::SYS_ioprio_set,
    libc::SYS_kill,
    libc::SYS_landlock_add_rule,
    libc::SYS_landlock_create_ruleset,
    libc::SYS_landlock_restrict_self,
    libc::SYS_lgetxattr,
    libc::SYS_linkat,
    libc::SYS_listen,
    libc::SYS_listxattr,
    libc::SYS_llistxattr,
    libc::SYS_lremovexattr,
    libc::SYS_lseek,
    libc::SYS_lsetxattr,
    libc::SYS_madvise,
    libc::SYS_membarrier,
    libc::SYS_memfd_create,
    libc::SYS_mincore,
    libc::SYS_mkdirat,
    libc::SYS_mknodat,
    libc::SYS_mlock,
    libc::SYS_mlock2,
    libc::SYS_mlockall,
    libc::SYS_mmap,
    libc::SYS_mprotect,
    libc::SYS_mq_getsetattr,
    libc::SYS_mq_notify,
    libc::SYS_mq_open,
    libc::SYS_mq_timedreceive,
    libc::SYS_mq_timedsend,
    libc::SYS_mq_unlink,
    libc::SYS_mremap,
    libc::SYS_msgctl,
    libc::SYS_msgget,
    libc::SYS_msgrcv,
    libc::SYS_msgsnd,
    libc::SYS_msync,
    libc::SYS_munlock,
    libc::SYS_munlockall,
    libc::SYS_munmap,
    libc::SYS_name_to_handle_at,
    libc::SYS_nanosleep,
    libc::SYS_newfstatat,
    libc::SYS_openat,
    libc::SYS_openat2,
    libc::SYS_personality,
    libc::SYS_pidfd_getfd,
    libc::SYS_pidfd_open,
    libc::SYS_pidfd_send_signal,
    libc::SYS_pipe2,
    libc::SYS_ppoll,
    libc::SYS_prctl,
    libc::SYS_pread64,
    libc::SYS_preadv,
    libc::SYS_preadv2,
    libc::SYS_prlimit64,
    libc::SYS_process_mrelease,
    libc::SYS_pselect6,
    libc::SYS_pwrite64,
    libc::SYS_pwritev,
    libc::SYS_pwritev2,
    libc::SYS_read,
    libc::SYS_readahead,
    libc::SYS_readlinkat,
    libc::SYS_readv,
    libc::SYS_recvfrom,
    libc::SYS_recvmmsg,
    libc::SYS_recvmsg,
    libc::SYS_remap_file_pages,
    libc::SYS_removexattr,
    libc::SYS_renameat,
    libc::SYS_renameat2,
    libc::SYS_restart_syscall,
    libc::SYS_rseq,
    libc::SYS_rt_sigaction,
    libc::SYS_rt_sigpending,
    libc::SYS_rt_sigprocmask,
    libc::SYS_rt_sigqueueinfo,
    libc::SYS_rt_sigreturn,
    libc::SYS_rt_sigsuspend,
    libc::SYS_rt_sigtimedwait,
    libc::SYS_rt_tgsigqueueinfo,
    libc::SYS_sched_get_priority_max,
    libc::SYS_sched_get_priority_min,
    libc::SYS_sched_getaffinity,
    libc::SYS_sched_getattr,
    libc::SYS_sched_getparam,
    libc::SYS_sched_getscheduler,
    libc::SYS_sched_rr_get_interval,
    libc::SYS_sched_setaffinity,
    libc::SYS_sched_setattr,
    libc::SYS_sched_setparam,
    libc::SYS_sched_setscheduler,
    libc::SYS_sched_yield,
    libc::SYS_seccomp,
    libc::SYS_semctl,
    libc::SYS_semget,
    libc::SYS_semop,
    libc::SYS_semtimedop,
    libc::SYS_sendfile,
    libc::SYS_sendmmsg,
    libc::SYS_sendmsg,
    libc::SYS_sendto,
    libc::SYS_set_robust_list,
    libc::SYS_set_tid_address,
    libc::SYS_setfsgid,
    libc::SYS_setfsuid,
    libc::SYS_setgid,
    libc::SYS_setgroups,
    libc::SYS_setitimer,
    libc::SYS_setpgid,
    libc::SYS_setpriority,
    libc::SYS_setregid,
    libc::SYS_setresgid,
    libc::SYS_setresuid,
    libc::SYS_setreuid,
    libc::SYS_setrlimit,
    libc::SYS_setsid,
    libc::SYS_setsockopt,
    libc::SYS_setuid,
    libc::SYS_setxattr,
    libc::SYS_shmat,
    libc::SYS_shmctl,
    libc::SYS_shmdt,
    libc::SYS_shmget,
    libc::SYS_shutdown,
    libc::SYS_sigaltstack,
    libc::SYS_signalfd4,
    libc::SYS_socket,
    libc::SYS_socketpair,
    libc::SYS_splice,
    libc::SYS_statfs,
    libc::SYS_statx,
    libc::SYS_symlinkat,
    libc::SYS_sync,
    libc::SYS_sync_file_range,
    libc::SYS_syncfs,
    libc::SYS_sysinfo,
    libc::SYS_tee,
    libc::SYS_tgkill,
    libc::SYS_timer_create,
    libc::SYS_timer_delete,
    libc::SYS_timer_getoverrun,
    libc::SYS_timer_gettime,
    libc::SYS_timer_settime,
    libc::SYS_timerfd_create,
    libc::SYS_timerfd_gettime,
    libc::SYS_timerfd_settime,
    libc::SYS_times,
    libc::SYS_tkill,
    libc::SYS_truncate,
    libc::SYS_umask,
    libc::SYS_uname,
    libc::SYS_unlinkat,
    libc::SYS_utimensat,
    libc::SYS_vmsplice,
    libc::SYS_wait4,
    libc::SYS_waitid,
    libc::SYS_write,
    libc::SYS_writev,
    libc::SYS_clone3,
    libc::SYS_fstat,
    libc::SYS_faccessat,
    libc::SYS_mount_setattr,
];

/// Older calls that only x86_64 has (aarch64 has only the *at forms).
#[cfg(target_arch = "x86_64")]
const ALLOWED_X86_64: &[i64] = &[
    libc::SYS_access,
    libc::SYS_alarm,
    libc::SYS_arch_prctl,
    libc::SYS_chmod,
    libc::SYS_chown,
    libc::SYS_creat,
    libc::SYS_dup2,
    libc::SYS_epoll_create,
    libc::SYS_epoll_wait,
    libc::SYS_eventfd,
    libc::SYS_fork,
    libc::SYS_futimesat,
    libc::SYS_getdents,
    libc::SYS_getpgrp,
    libc::SYS_inotify_init,
    libc::SYS_lchown,
    libc::SYS_link,
    libc::SYS_lstat,
    libc::SYS_mkdir,
    libc::SYS_mknod,
    libc::SYS_open,
    libc::SYS_pause,
    libc::SYS_pipe,
    libc::SYS_poll,
    libc::SYS_readlink,
    libc::SYS_rename,
    libc::SYS_rmdir,
    libc::SYS_select,
    libc::SYS_signalfd,
    libc::SYS_stat,
    libc::SYS_symlink,
    libc::SYS_time,
    libc::SYS_unlink,
    libc::SYS_utime,
    libc::SYS_utimes,
    libc::SYS_vfork,
];
#[cfg(not(target_arch = "x86_64"))]
const ALLOWED_X86_64: &[i64] = &[];

/// Calls that need CAP_SYS_ADMIN in the podman and docker profiles; allowed with it.
const SYS_ADMIN_ONLY: &[i64] = &[
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_unshare,
    libc::SYS_setns,
    libc::SYS_pivot_root,
    libc::SYS_sethostname,
    libc::SYS_setdomainname,
    libc::SYS_fsopen,
    libc::SYS_fsconfig,
    libc::SYS_fsmount,
    libc::SYS_fspick,
    libc::SYS_move_mount,
    libc::SYS_open_tree,
    libc::SYS_quotactl,
    libc::SYS_syslog,
];

/// Namespace flags that `clone` may not use without CAP_SYS_ADMIN.
const CLONE_NS_FLAGS: u64 = (libc::CLONE_NEWNS
    | libc::CLONE_NEWUTS
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWUSER
    | libc::CLONE_NEWPID
    | libc::CLONE_NEWNET
    | libc::CLONE_NEWCGROUP) as u64;

/// The audit architecture of the syscall table above (linux/audit.h).
fn audit_arch() -> Result<u32> {
    if cfg!(target_arch = "x86_64") {
        Ok(0xC000_003E)
    } else if cfg!(target_arch = "aarch64") {
        Ok(0xC000_00B7)
    } else {
        anyhow::bail!("den's seccomp filter has no syscall table for this architecture")
    }
}

/// Each listed syscall's verdict; any other fails with EPERM.
fn rules(sys_admin: bool) -> BTreeMap<u32, Verdict> {
    let mut rules = BTreeMap::new();
    let mut set = |nr: i64, verdict| {
        rules.insert(
            u32::try_from(nr).expect("syscall numbers are small"),
            verdict,
        );
    };
    for &nr in ALLOWED.iter().chain(ALLOWED_X86_64) {
        set(nr, Verdict::Allow);
    }
    if sys_admin {
        for &nr in SYS_ADMIN_ONLY {
            set(nr, Verdict::Allow);
        }
        set(libc::SYS_clone, Verdict::Allow);
    } else {
        set(libc::SYS_clone, Verdict::AllowIfArg0Clear(CLONE_NS_FLAGS));
        // ENOSYS, so that glibc falls back to `clone`, whose flags the filter can see.
        set(libc::SYS_clone3, Verdict::Errno(libc::ENOSYS as u32));
    }
    rules
}

/// The filters to install, in order: one searched program (`runtime::bpf`).
fn compile(sys_admin: bool) -> Result<Vec<BpfProgram>> {
    let program = bpf::program(
        audit_arch()?,
        &rules(sys_admin),
        Verdict::Errno(libc::EPERM as u32),
    );
    Ok(vec![program])
}

fn encode(programs: &[BpfProgram]) -> Vec<u8> {
    let mut out = Vec::new();
    for p in programs {
        out.extend_from_slice(&(p.len() as u32).to_le_bytes());
        for ins in p {
            out.extend_from_slice(&ins.code.to_le_bytes());
            out.push(ins.jt);
            out.push(ins.jf);
            out.extend_from_slice(&ins.k.to_le_bytes());
        }
    }
    out
}

fn decode(mut bytes: &[u8]) -> Option<Vec<BpfProgram>> {
    let mut programs = Vec::new();
    while !bytes.is_empty() {
        let n = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        bytes = &bytes[4..];
        let body = bytes.get(..n * 8)?;
        let program = body
            .chunks_exact(8)
            .map(|c| sock_filter {
                code: u16::from_le_bytes([c[0], c[1]]),
                jt: c[2],
                jf: c[3],
                k: u32::from_le_bytes([c[4], c[5], c[6], c[7]]),
            })
            .collect();
        programs.push(program);
        bytes = &bytes[n * 8..];
    }
    (!programs.is_empty()).then_some(programs)
}

/// The compiled filter for a container, from the cache or freshly compiled (and cached).
pub fn load_or_compile(cache_dir: &Path, sys_admin: bool) -> Result<Vec<BpfProgram>> {
    let variant = if sys_admin { "sysadmin" } else { "default" };
    let file = cache_dir.join(format!(
        "seccomp-v{PROFILE_VERSION}-{}-{variant}.bpf",
        std::env::consts::ARCH
    ));
    if let Ok(bytes) = fs::read(&file)
        && let Some(programs) = decode(&bytes)
    {
        return Ok(programs);
    }
    let programs = compile(sys_admin).context("compiling the seccomp filter")?;
    // The cache is an optimisation: failing to write it is not an error.
    let _ = write_atomically(&file, &encode(&programs));
    Ok(programs)
}

fn write_atomically(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

/// Installs the filters on the calling thread; the last step before exec.
pub fn apply(programs: &[BpfProgram]) -> Result<()> {
    for p in programs {
        seccompiler::apply_filter(p).context("installing the seccomp filter")?;
    }
    Ok(())
}

/// `apply` without setting no_new_privs (seccompiler's `apply_filter` sets it): for a process
/// that must keep setuid working; needs CAP_SYS_ADMIN in the user namespace.
pub fn apply_keeping_privileges(programs: &[BpfProgram]) -> Result<()> {
    for p in programs {
        crate::sys::seccomp_set_filter(p).context("installing the seccomp filter")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    use seccompiler::{
        SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
        SeccompRule, TargetArch,
    };

    /// The profile as seccompiler compiles it (den's filter before `runtime::bpf`): the
    /// allow-list, `clone` without namespace flags, and a second filter that fails `clone3`
    /// with ENOSYS.
    fn reference(sys_admin: bool) -> Vec<BpfProgram> {
        let arch = if cfg!(target_arch = "x86_64") {
            TargetArch::x86_64
        } else {
            TargetArch::aarch64
        };
        let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
        for &nr in ALLOWED.iter().chain(ALLOWED_X86_64) {
            rules.insert(nr, vec![]);
        }
        if sys_admin {
            for &nr in SYS_ADMIN_ONLY {
                rules.insert(nr, vec![]);
            }
            rules.insert(libc::SYS_clone, vec![]);
        } else {
            let no_namespaces = SeccompCondition::new(
                0,
                SeccompCmpArgLen::Qword,
                SeccompCmpOp::MaskedEq(CLONE_NS_FLAGS),
                0,
            )
            .unwrap();
            let rule = SeccompRule::new(vec![no_namespaces]).unwrap();
            rules.insert(libc::SYS_clone, vec![rule]);
        }
        let eperm = SeccompAction::Errno(libc::EPERM as u32);
        let allow_list = SeccompFilter::new(rules, eperm, SeccompAction::Allow, arch).unwrap();
        let mut programs = vec![BpfProgram::try_from(allow_list).unwrap()];
        if !sys_admin {
            let clone3 = BTreeMap::from([(libc::SYS_clone3, vec![])]);
            let enosys = SeccompAction::Errno(libc::ENOSYS as u32);
            let no_clone3 = SeccompFilter::new(clone3, SeccompAction::Allow, enosys, arch).unwrap();
            programs.push(BpfProgram::try_from(no_clone3).unwrap());
        }
        programs
    }

    /// The kernel's verdict over several filters: the one of highest precedence (lowest
    /// action value, as signed), the latest filter's among equals.
    fn verdict(programs: &[BpfProgram], arch: u32, nr: u32, arg0: u64) -> u32 {
        let action = |v: u32| (v & libc::SECCOMP_RET_ACTION_FULL) as i32;
        programs
            .iter()
            .map(|p| bpf::run(p, arch, nr, arg0))
            .rev()
            .min_by_key(|&v| action(v))
            .unwrap()
    }

    #[test]
    fn the_searched_filter_decides_as_seccompilers() {
        let arch = audit_arch().unwrap();
        for sys_admin in [false, true] {
            let ours = compile(sys_admin).unwrap();
            let theirs = reference(sys_admin);
            assert!(ours[0].len() * 4 < theirs[0].len(), "{}", ours[0].len());
            let numbers = (0..1024).chain((0..1024).map(|n| n | 0x4000_0000));
            for nr in numbers.chain([u32::MAX, 0x7fff_ffff]) {
                for arg0 in [0, 0x11, u64::from(libc::CLONE_NEWUSER as u32), 1 << 40] {
                    assert_eq!(
                        verdict(&ours, arch, nr, arg0),
                        verdict(&theirs, arch, nr, arg0),
                        "syscall {nr} with {arg0:#x}, sys_admin {sys_admin}"
                    );
                }
            }
            assert_eq!(
                verdict(&ours, arch ^ 1, 0, 0),
                verdict(&theirs, arch ^ 1, 0, 0)
            );
        }
    }

    #[test]
    fn encoding_round_trips() {
        let programs = compile(false).unwrap();
        assert_eq!(programs.len(), 1);
        assert_eq!(decode(&encode(&programs)).unwrap(), programs);
        assert!(decode(&[1, 0, 0, 0]).is_none());
    }

    #[test]
    fn cache_is_written_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_compile(dir.path(), false).unwrap();
        let cached: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(cached.len(), 1);
        assert_eq!(load_or_compile(dir.path(), false).unwrap(), first);
        assert_ne!(load_or_compile(dir.path(), true).unwrap(), first);
    }
}
