//! Running containers: it executes the `RunPlan` that `crate::plan` built, in the user
//! namespace `crate::identity` maps; `spawn` forks the container as den's direct child;
//! `setup` is the child's ordered setup; `init` is PID 1 inside; `state` checks a container record (`store::records`) against the machine; `join`
//! enters other containers' namespaces; `limits` and `devices` carry out `plan::namespaces`.

pub mod attach;
mod bpf;
pub mod devices;
pub mod exec;
pub mod files;
pub mod health;
pub mod init;
pub mod join;
pub mod limits;
pub mod logfile;
pub mod monitor;
pub mod mounts;
pub mod passwd;
pub mod procs;
pub mod restart;
pub mod rootfs;
pub mod seccomp;
pub mod secrets;
pub(crate) mod settle;
pub mod setup;
pub mod spawn;
pub mod state;
pub mod tee;
pub mod user;
