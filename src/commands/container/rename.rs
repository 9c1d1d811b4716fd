//! `den rename`.

use anyhow::Result;

use crate::cli::RenameArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::store::Store;
use crate::store::records;

/// `den rename`.
pub fn rename(ctx: &Ctx, args: &RenameArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    crate::plan::validate_name(&args.name)?;
    let _store_lock = store.lock()?;
    let id = records::resolve(&store, &args.container)?;
    if let Some(other) = records::find_by_name(&store, &args.name) {
        if other == id {
            return Ok(0);
        }
        return Err(hinted(
            format!(
                "the container name \"{}\" is already in use by container {}",
                args.name,
                &other[..12.min(other.len())]
            ),
            "choose another name, or remove that container",
        ));
    }
    let _lock = records::lock(&store, &id)?;
    let mut record = records::read(&store, &id)?;
    let old = std::mem::replace(&mut record.name, args.name.clone());
    if let Some(plan) = record.plan.as_mut() {
        plan.name.clone_from(&args.name);
    }
    records::write(&store, &record)?;
    records::forget(&store, &old, &id);
    crate::events::container(&record, crate::events::Status::Rename);
    Ok(0)
}
