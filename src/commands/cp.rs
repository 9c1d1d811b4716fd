//! `den cp`: copies files and directories between the host and a container, as `podman cp`
//! (`CONTAINER:PATH` on one side). Works on the container's files in the store, inside den's
//! user namespace; see `store::container_cp` for how paths resolve and where files go.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::cli::CpArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::runtime::state;
use crate::store::Store;
use crate::store::container_cp::{CopyOptions, copy_in, copy_in_tar, copy_out, copy_out_tar};
use crate::store::container_fs::Owners;
use crate::store::containers::FsContainer;

/// `CONTAINER:PATH` split in two; a host path with a `:` can be written `./a:b`.
fn container_part(arg: &str) -> Option<(&str, &str)> {
    let (ctr, path) = arg.split_once(':')?;
    (!ctr.is_empty() && !ctr.contains('/')).then_some((ctr, path))
}

pub fn run(ctx: &Ctx, args: &CpArgs) -> Result<i32> {
    let (src_ctr, dest_ctr) = (container_part(&args.src), container_part(&args.dest));
    let (name, host, ctr_path, into) = match (src_ctr, dest_ctr) {
        (Some((c, p)), None) => (c, &args.dest, p, false),
        (None, Some((c, p))) => (c, &args.src, p, true),
        (Some(_), Some(_)) => {
            return Err(hinted(
                "copying between two containers is not supported",
                "copy to the host first, then into the other container",
            ));
        }
        (None, None) => {
            return Err(hinted(
                "neither SRC nor DEST names a container",
                "write the container side as CONTAINER:PATH",
            ));
        }
    };
    if host == "-" && !into && std::io::stdout().is_terminal() {
        return Err(hinted(
            "refusing to write a tarball to a terminal",
            "redirect standard output, or give a host path",
        ));
    }
    let store = Store::open(&ctx.paths)?;
    let container = FsContainer::from_record(&store, state::find(&store, name)?);
    if into && container.running {
        return Err(hinted(
            format!(
                "container {} is running: den copies into stopped containers only",
                container.shown()
            ),
            "stop it first (files written to a mounted overlay's upper layer may stay invisible to it)",
        ));
    }
    let layers = container.layers(&store)?;
    let mapping = IdMapping::for_current_user()?;
    let opts = CopyOptions {
        archive: args.archive,
        one_id: mapping.one_id,
    };
    let ctr_path = if ctr_path.is_empty() { "/" } else { ctr_path }.to_string();
    // Host paths are taken relative to den's working directory, which the helper shares.
    let host = PathBuf::from(host);
    let shown = container.shown();
    let owners = if mapping.one_id {
        Owners::Recorded
    } else {
        Owners::Stat
    };
    let stream = host.as_os_str() == "-";
    let staging = store.tmp_dir();
    run_in_store_ns(&mapping, move || {
        if stream && into {
            copy_in_tar(&layers, std::io::stdin().lock(), &ctr_path, opts, &staging)
        } else if stream {
            copy_out_tar(&layers, &ctr_path, crate::output::stdout(), owners)
        } else if into {
            copy_in(&layers, &host, &ctr_path, opts)
        } else {
            copy_out(&layers, &ctr_path, &host, opts)
        }
    })
    .with_context(|| {
        if into {
            format!("copying \"{}\" into container {shown}", args.src)
        } else {
            format!("copying \"{}\" out of container {shown}", args.src)
        }
    })?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_side_is_name_colon_path() {
        assert_eq!(container_part("c1:/etc"), Some(("c1", "/etc")));
        assert_eq!(container_part("./a:b"), None);
        assert_eq!(container_part("/tmp/x"), None);
        assert_eq!(container_part(":x"), None);
    }
}
