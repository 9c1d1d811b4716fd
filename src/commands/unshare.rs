//! `den unshare`: a command (default: the user's shell) inside den's user namespace, with
//! the store's mapping, as `podman unshare`. Files of the store show their container owners
//! there and can be removed.

use std::os::unix::process::CommandExt;

use anyhow::{Context, Result};

use crate::cli::UnshareArgs;
use crate::config::Ctx;
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns_status;

pub fn run(ctx: &Ctx, args: &UnshareArgs) -> Result<i32> {
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let mut argv = args.command.clone();
    if argv.is_empty() {
        argv.push(std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into()));
    }
    let store = ctx.paths.store.clone();
    run_in_store_ns_status(&mapping, move || {
        let err = std::process::Command::new(&argv[0])
            .args(&argv[1..])
            .env("DEN_STORE", &store)
            .exec();
        Err(err).with_context(|| format!("running \"{}\"", argv[0]))
    })
}
