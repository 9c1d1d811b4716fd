//! Who den is on this machine and in its user namespace: `idmap` reads the user's
//! subordinate ranges and builds the store's id mapping; `userns` writes a new namespace's id
//! maps and runs a piece of den inside the store's namespace. Both `store` and `runtime` use
//! it and it uses neither: it forks its helpers with `sys` and talks to them over
//! `child::channel`, the same typed channel and wait loop `runtime::spawn` uses.

pub mod idmap;
pub mod keepid;
pub mod usermode;
pub mod userns;
