//! Running containers: it executes the `RunPlan` that `crate::plan` built, in the user
//! namespace `crate::identity` maps; `spawn` forks the container as den's direct child;
//! `setup` is the child's ordered setup; `init` is PID 1 inside; `state` checks a container record (`store::records`) against the machine.

pub mod attach;
pub mod exec;
pub mod init;
pub mod logfile;
pub mod monitor;
pub mod mounts;
pub mod passwd;
pub mod rootfs;
pub mod seccomp;
pub mod setup;
pub mod spawn;
pub mod state;
pub mod user;
