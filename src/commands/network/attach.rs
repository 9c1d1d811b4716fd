//! `den network connect`, `disconnect` and `reload`: a container's networks changed in its
//! record (an address chosen under the networks' address lock) and, when it runs, at once
//! (`network::holder`).

use std::fmt::Write as _;

use anyhow::{Context, Result, bail};

use crate::cli::{NetworkConnectArgs, NetworkDisconnectArgs, NetworkReloadArgs};
use crate::config::Ctx;
use crate::error::hinted;
use crate::network::Network;
use crate::network::bridge::{self, Bridge, FirstNetworkFlags, NetworkFacts};
use crate::output::say;
use crate::runtime::state;
use crate::store::networks::{self, IpamLock};
use crate::store::{Store, records};

/// The addresses in use on each network.
fn used_addresses(store: &Store) -> std::collections::HashMap<String, Vec<std::net::Ipv4Addr>> {
    networks::users(store)
        .into_iter()
        .map(|(net, users)| {
            let ips = users
                .iter()
                .filter_map(|u| u.plan.as_ref())
                .flat_map(|p| p.network.attachments().iter())
                .filter(|a| a.network_id == net)
                .map(|a| a.ip)
                .collect();
            (net, ips)
        })
        .collect()
}

/// The running init's pid of a record, if it runs.
fn running_pid(store: &Store, id: &str) -> Option<i32> {
    let r = state::load(store, id).ok()?;
    r.pid.filter(|_| state::init_alive(&r))
}

/// Adds the network's DNS server and domain to a resolv.conf (a connected network's).
fn with_network_dns(resolv: &str, gateway: std::net::Ipv4Addr) -> String {
    let server = format!("nameserver {gateway}");
    if resolv.lines().any(|l| l.trim() == server) {
        return resolv.to_string();
    }
    let mut out = String::new();
    let domain = crate::network::dns::DOMAIN;
    let mut searched = false;
    for line in resolv.lines() {
        if let Some(rest) = line.strip_prefix("search ") {
            searched = true;
            if rest.split_whitespace().any(|d| d == domain) {
                out.push_str(line);
            } else {
                let _ = write!(out, "search {domain} {rest}");
            }
            out.push('\n');
        }
    }
    if !searched {
        let _ = writeln!(out, "search {domain}");
    }
    out.push_str(&server);
    out.push('\n');
    for line in resolv.lines().filter(|l| !l.starts_with("search ")) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

pub fn connect(ctx: &Ctx, args: &NetworkConnectArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = records::resolve(&store, &args.container)?;
    let network = networks::resolve(&store, &args.network)?;
    let _ipam = IpamLock::acquire(&store)?;
    let lock = records::lock(&store, &id)?;
    let mut record = records::read(&store, &id)?;
    let Some(plan) = record.plan.as_mut() else {
        bail!("container {} has no plan to change", record.name);
    };
    if plan
        .network
        .attachments()
        .iter()
        .any(|a| a.network_id == network.id)
    {
        return Err(anyhow::anyhow!(
            "container {id} is already connected to network \"{}\": network is already connected",
            network.name
        ));
    }
    let outbound = match &plan.network {
        Network::Bridge(b) => b.outbound,
        Network::Pasta(_) => Some(crate::network::HelperKind::Pasta),
        Network::Slirp4netns(_) => Some(crate::network::HelperKind::Slirp4netns),
        other => {
            return Err(hinted(
                format!(
                    "container {} uses the network mode {}: it cannot be connected to a network",
                    record.name,
                    other.name()
                ),
                "create it with --network NAME, or on the default network",
            ));
        }
    };
    let facts = NetworkFacts {
        records: std::iter::once((network.name.clone(), network.clone())).collect(),
        used: used_addresses(&store),
    };
    let flags = FirstNetworkFlags {
        ip: args.ip.as_deref(),
        mac: args.mac_address.as_deref(),
        aliases: &args.alias,
    };
    let planned = bridge::plan(&network.name, &flags, &facts, outbound, &id)?;
    let mut attachment = planned.attachments[0].clone();
    let index = plan.network.attachments().len();
    attachment.interface = format!("eth{index}");
    let pid = running_pid(&store, &id);
    if pid.is_some() && !matches!(plan.network, Network::Bridge(_)) {
        return Err(hinted(
            format!(
                "container {} runs in a user namespace of its own, so it cannot join a network while it runs",
                record.name
            ),
            "stop it, connect it, and start it again: it then joins the networks' user namespace",
        ));
    }
    if let Some(pid) = pid {
        crate::network::holder::connect_running(
            &store,
            &ctx.paths.runtime,
            pid,
            &id,
            &record.name,
            &attachment,
        )?;
    }
    if attachment.dns {
        plan.etc_resolv = with_network_dns(&plan.etc_resolv, attachment.gateway);
    }
    match &mut plan.network {
        Network::Bridge(b) => b.attachments.push(attachment),
        n => {
            *n = Network::Bridge(Bridge {
                attachments: vec![attachment],
                outbound,
            });
        }
    }
    records::write(&store, &record)?;
    drop(lock);
    Ok(0)
}

pub fn disconnect(ctx: &Ctx, args: &NetworkDisconnectArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = records::resolve(&store, &args.container)?;
    let network = networks::resolve(&store, &args.network)?;
    let lock = records::lock(&store, &id)?;
    let mut record = records::read(&store, &id)?;
    let Some(plan) = record.plan.as_mut() else {
        bail!("container {} has no plan to change", record.name);
    };
    let Network::Bridge(b) = &mut plan.network else {
        bail!(
            "container {id} is not connected to network {}",
            network.name
        );
    };
    let Some(pos) = b
        .attachments
        .iter()
        .position(|a| a.network_id == network.id)
    else {
        bail!(
            "container {id} is not connected to network {}",
            network.name
        );
    };
    if b.attachments.len() == 1 && running_pid(&store, &id).is_some() {
        return Err(hinted(
            format!(
                "container {} would be left without a network while it runs",
                record.name
            ),
            "stop it first, or connect it to another network before",
        ));
    }
    let attachment = b.attachments.remove(pos);
    if let Some(pid) = running_pid(&store, &id) {
        crate::network::holder::unplumb(pid, &attachment)
            .context("removing the container's interface")?;
        crate::network::holder::deregister(&ctx.paths.runtime, &attachment.network, &id);
    }
    if b.attachments.is_empty() {
        // Off its last user-defined network: back on the default one.
        plan.network = match b.outbound {
            Some(crate::network::HelperKind::Slirp4netns) => {
                Network::Slirp4netns(crate::network::SlirpOptions::default())
            }
            Some(crate::network::HelperKind::Pasta) => Network::Pasta(Vec::new()),
            None => Network::None,
        };
    }
    let server = format!("nameserver {}", attachment.gateway);
    plan.etc_resolv =
        plan.etc_resolv
            .lines()
            .filter(|l| l.trim() != server)
            .fold(String::new(), |mut out, l| {
                let _ = writeln!(out, "{l}");
                out
            });
    records::write(&store, &record)?;
    drop(lock);
    Ok(0)
}

pub fn reload(ctx: &Ctx, args: &NetworkReloadArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    if !args.all && args.containers.is_empty() {
        return Err(hinted(
            "provide one or more container names or use --all",
            "den network reload CONTAINER..., or --all",
        ));
    }
    let ids: Vec<String> = if args.all {
        records::all_ids(&store)
            .into_iter()
            .filter(|id| running_pid(&store, id).is_some())
            .collect()
    } else {
        args.containers
            .iter()
            .map(|c| records::resolve(&store, c))
            .collect::<Result<_>>()?
    };
    for id in ids {
        let record = records::read(&store, &id)?;
        let nets = record
            .plan
            .as_ref()
            .map(|p| p.network.network_names())
            .unwrap_or_default();
        for n in nets {
            crate::network::holder::reload(&store, &ctx.paths.runtime, &n)?;
        }
        say!("{id}");
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connected_network_answers_first() {
        let r = "search example.org\nnameserver 192.0.2.1\n";
        let got = with_network_dns(r, "10.89.0.1".parse().unwrap());
        assert_eq!(
            got,
            "search dns.podman example.org\nnameserver 10.89.0.1\nnameserver 192.0.2.1\n"
        );
        assert_eq!(with_network_dns(&got, "10.89.0.1".parse().unwrap()), got);
    }
}
