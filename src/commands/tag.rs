//! `den tag` and `den untag`: add and remove names of an image (podman prints nothing).

use anyhow::Result;

use crate::cli::{TagArgs, UntagArgs};
use crate::config::Ctx;
use crate::store::Store;
use crate::store::tag::{tag_image, untag_image};

pub fn tag(ctx: &Ctx, args: &TagArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    tag_image(&store, &args.image, &args.targets)?;
    Ok(0)
}

pub fn untag(ctx: &Ctx, args: &UntagArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    untag_image(&store, &args.image, &args.names)?;
    Ok(0)
}
