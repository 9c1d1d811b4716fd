//! `den images` (being written).

use anyhow::{Result, bail};

use crate::cli::ImagesArgs;
use crate::config::Ctx;

pub fn run(_ctx: &Ctx, _args: &ImagesArgs) -> Result<i32> {
    bail!("den images is not built yet")
}
