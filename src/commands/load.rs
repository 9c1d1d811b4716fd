//! `den load` (being written).

use anyhow::{Result, bail};

use crate::cli::LoadArgs;
use crate::config::Ctx;

pub fn run(_ctx: &Ctx, _args: &LoadArgs) -> Result<i32> {
    bail!("den load is not built yet")
}
