//! `den rmi` (being written).

use anyhow::{Result, bail};

use crate::cli::RmiArgs;
use crate::config::Ctx;

pub fn run(_ctx: &Ctx, _args: &RmiArgs) -> Result<i32> {
    bail!("den rmi is not built yet")
}
