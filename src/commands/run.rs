//! `den run` (being written).

use anyhow::{Result, bail};

use crate::cli::RunArgs;
use crate::config::Ctx;

pub fn run(_ctx: &Ctx, _args: &RunArgs) -> Result<i32> {
    bail!("den run is not built yet")
}
