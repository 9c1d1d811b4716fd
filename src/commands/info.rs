//! `den info` (being written).

use anyhow::{Result, bail};

use crate::cli::InfoArgs;
use crate::config::Ctx;

pub fn run(_ctx: &Ctx, _args: &InfoArgs) -> Result<i32> {
    bail!("den info is not built yet")
}
