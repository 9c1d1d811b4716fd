//! (Interface placeholder; the docs branch replaces this file.)
use anyhow::Result;
pub enum Driver {
    Overlay,
    FuseOverlayfs(std::path::PathBuf),
    Vfs,
}
pub struct DriverChoice {
    pub driver: Driver,
    pub reason: String,
}
impl Driver {
    pub fn name(&self) -> &'static str {
        match self {
            Driver::Overlay => "overlay",
            Driver::FuseOverlayfs(_) => "fuse-overlayfs",
            Driver::Vfs => "vfs",
        }
    }
}
pub fn choose_driver(
    ctx: &crate::config::Ctx,
    _mapping: &crate::runtime::idmap::IdMapping,
) -> Result<DriverChoice> {
    let driver = match ctx.config.storage.driver.as_deref() {
        Some("vfs") => Driver::Vfs,
        Some("fuse-overlayfs") => Driver::FuseOverlayfs("/usr/bin/fuse-overlayfs".into()),
        _ => Driver::Overlay,
    };
    Ok(DriverChoice {
        driver,
        reason: String::new(),
    })
}
