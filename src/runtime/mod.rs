//! Running containers: `plan` turns flags, image config and settings into a validated
//! `RunPlan` before anything forks; `idmap` and `userns` build the user namespace; `spawn`
//! forks the container as den's direct child; `setup` is the child's ordered setup; `init` is
//! PID 1 inside; `probe` finds what this machine supports.

pub mod attach;
pub mod channel;
pub mod exec;
pub mod idmap;
pub mod init;
pub mod logfile;
pub mod monitor;
pub mod mounts;
pub mod plan;
pub mod rootfs;
pub mod seccomp;
pub mod setup;
pub mod spawn;
pub mod state;
pub mod user;
pub mod userns;
