//! `den doctor` (being written).

use anyhow::{Result, bail};

use crate::cli::DoctorArgs;
use crate::config::Ctx;

pub fn run(_ctx: &Ctx, _args: &DoctorArgs) -> Result<i32> {
    bail!("den doctor is not built yet")
}
