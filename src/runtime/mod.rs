//! Running containers: `plan` turns flags, image config and settings into a validated
//! `RunPlan` before anything forks; `idmap` and `userns` build the user namespace; `spawn`
//! forks the container as den's direct child; `setup` is the child's ordered setup; `init` is
//! PID 1 inside; `pty` relays the terminal.

pub mod channel;
pub mod idmap;
pub mod probe;
pub mod userns;
