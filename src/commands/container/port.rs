//! `den port`: the ports a container publishes, from its plan (so stopped and detached
//! containers answer too), printed as podman prints them.

use anyhow::{Result, bail};

use crate::cli::PortArgs;
use crate::config::Ctx;
use crate::network::ports::port_lines;
use crate::store::Store;
use crate::store::records;

/// `den port CTR [PORT[/PROTO]]`, or `--all`.
pub fn port(ctx: &Ctx, args: &PortArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    if args.all {
        if args.container.is_some() {
            bail!("--all and a container cannot be given together");
        }
        for id in records::all_ids(&store) {
            let Ok(record) = records::read(&store, &id) else {
                continue;
            };
            let ports = record.plan.map(|p| p.ports).unwrap_or_default();
            for line in port_lines(&ports, None)? {
                crate::output::say!("{}\t{line}", &id[..12.min(id.len())]);
            }
        }
        return Ok(0);
    }
    let Some(name) = &args.container else {
        bail!("you must provide a running container name or id");
    };
    let id = records::resolve(&store, name)?;
    let record = records::read(&store, &id)?;
    let ports = record.plan.map(|p| p.ports).unwrap_or_default();
    for line in port_lines(&ports, args.port.as_deref())? {
        crate::output::say!("{line}");
    }
    Ok(0)
}
