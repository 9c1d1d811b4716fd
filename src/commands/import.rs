//! `den import` (being written).

use anyhow::{Result, bail};

use crate::cli::ImportArgs;
use crate::config::Ctx;

pub fn run(_ctx: &Ctx, _args: &ImportArgs) -> Result<i32> {
    bail!("den import is not built yet")
}
